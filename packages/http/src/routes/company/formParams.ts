/**
 * Request values of the search form (搜索筛选): id lists as /api/params gives them, the bought flag, the rate
 * range and optional organisation ids. Front ends send unset fields as "", null or [], which mean "no filter".
 */
import { Schema } from "effect"

const digits = /^\s*\d+\s*$/

/**
 * Named values an id list also accepts: the labels of /api/params (范围 as the API document calls them) and a numeric
 * range "a-b" (with an optional unit), which selects every bucket overlapping it.
 */
export interface IdNames {
  readonly labels: ReadonlyArray<string>
  /** Bucket i (id i + 1) spans (edges[i], edges[i + 1]) in the range's unit; the last is open-ended. */
  readonly edges: ReadonlyArray<number>
  readonly unit: string
}

const rangeToken = /^(\d+(?:\.\d+)?)\s*-\s*(\d+(?:\.\d+)?)\s*(\S*)$/

/** The ids one token names, or undefined when it names none. */
const idsOfToken = (token: string, names: IdNames | undefined): ReadonlyArray<number> | undefined => {
  if (digits.test(token)) return [Number(token)]
  if (names === undefined) return undefined
  const label = names.labels.indexOf(token)
  if (label >= 0) return [label + 1]
  const range = rangeToken.exec(token)
  if (range === null || (range[3] !== "" && range[3] !== names.unit)) return undefined
  const [a, b] = [Number(range[1]), Number(range[2])]
  if (a > b) return undefined
  const ids = names.edges.flatMap((lo, i) =>
    a < (names.edges[i + 1] ?? Number.POSITIVE_INFINITY) && b > lo ? [i + 1] : []
  )
  return ids.length > 0 ? ids : undefined
}

/**
 * Ids 1…max given as an array (of numbers or digit text), one number, or comma-separated text ("1,3"); with
 * `names`, also labels and ranges. Form bodies carry a list as repeated keys or `key[]` (see formFields).
 */
export const IdList = (max: number, description: string, names?: IdNames) => {
  const accepted =
    names === undefined ? `ids from 1 to ${max}` : `ids from 1 to ${max}, labels or ranges "a-b${names.unit}"`
  return Schema.optional(
    Schema.Union(
      Schema.Null,
      Schema.Array(Schema.Union(Schema.Number, Schema.String)),
      Schema.Number,
      Schema.String
    ).pipe(
      Schema.annotations({
        message: () => ({ message: `must be ${accepted}: an array, a number or "1,2"`, override: true })
      }),
      Schema.transform(Schema.Array(Schema.Number), {
        strict: true,
        decode: (v) => {
          const items = v === null ? [] : Array.isArray(v) ? v : [v]
          return items.flatMap((item) =>
            typeof item === "number"
              ? [item]
              : item
                  .split(",")
                  .flatMap((t: string) => (t.trim() === "" ? [] : (idsOfToken(t.trim(), names) ?? [Number.NaN])))
          )
        },
        encode: (ids) => ids
      }),
      Schema.filter((ids) => ids.every((id) => Number.isInteger(id) && id >= 1 && id <= max), {
        message: () => `must be ${accepted}`
      }),
      Schema.annotations({
        description: `${description}: ids 1–${max} of /api/params${names === undefined ? "" : `, their labels (${names.labels.join(", ")}) or a range "a-b" in ${names.unit}`}; any of them matches`,
        jsonSchema: {
          description: `${description}: ids 1–${max} of /api/params${names === undefined ? "" : `, labels or a range in ${names.unit}`}`,
          anyOf: [
            { type: "null" },
            { type: "integer", minimum: 1, maximum: max },
            { type: "string" },
            { type: "array", items: { anyOf: [{ type: "integer", minimum: 1, maximum: max }, { type: "string" }] } }
          ]
        }
      })
    )
  )
}

const blank = Schema.Union(Schema.Null, Schema.Literal(""))

/** An organisation id of /api/params; 0, "", null or absence means none. */
export const OrgIdParam = (description: string) =>
  Schema.optional(
    Schema.Union(blank, Schema.Number, Schema.String.pipe(Schema.pattern(digits))).pipe(
      Schema.annotations({ message: () => ({ message: "must be an id of /api/params", override: true }) }),
      Schema.transform(Schema.Number, {
        strict: true,
        decode: (v) => (v === null || v === "" ? 0 : Number(v)),
        encode: (n) => n
      }),
      Schema.filter((n) => (Number.isInteger(n) && n >= 0) || "must be an id of /api/params"),
      Schema.annotations({ description })
    )
  )

/** 1 已购买, 0 未购买; "", null or absence: both. */
export const BoughtFlag = Schema.optional(
  Schema.Union(blank, Schema.Literal(0, 1, "0", "1", true, false, "true", "false")).pipe(
    Schema.annotations({ message: () => ({ message: "must be 0 or 1 (or true/false)", override: true }) }),
    Schema.transform(Schema.Union(Schema.Literal(0, 1), Schema.Undefined), {
      strict: true,
      decode: (v) => (v === null || v === "" ? undefined : v === 1 || v === "1" || v === true || v === "true" ? 1 : 0),
      encode: (v) => v ?? ""
    }),
    Schema.annotations({ description: "是否已购买: 1 已购买, 0 未购买; empty for both" })
  )
)

const rangeText = /^\s*(\d+(\.\d+)?)\s*(-\s*(\d+(\.\d+)?)\s*)?$/

/** % a year: one rate ("3.5" or 3.5) or a range "3-4"; customers whose own rate range overlaps it match. */
export const RateParam = Schema.optional(
  Schema.Union(blank, Schema.Number, Schema.String.pipe(Schema.pattern(rangeText))).pipe(
    Schema.annotations({
      message: () => ({ message: 'must be a rate in % ("3.5") or a range ("3-4")', override: true })
    }),
    Schema.transform(Schema.Union(Schema.Undefined, Schema.Struct({ min: Schema.Number, max: Schema.Number })), {
      strict: true,
      decode: (v) => {
        if (v === null || v === "") return undefined
        if (typeof v === "number") return { min: v, max: v }
        const [a = "", b] = v.split("-")
        return { min: Number(a), max: Number(b ?? a) }
      },
      encode: (r) => (r === undefined ? "" : `${r.min}-${r.max}`)
    }),
    Schema.filter(
      (r) => r === undefined || (r.min >= 0 && r.min <= r.max && r.max <= 100) || "must be 0 ≤ min ≤ max ≤ 100"
    ),
    Schema.annotations({ description: "投资利率偏好 (% a year): 3.5 or 3-4; matches overlapping rate preferences" })
  )
)
