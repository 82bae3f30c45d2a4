/**
 * Request values of the search form (搜索筛选): id lists as /api/params gives them, the bought flag, the rate
 * range and optional organisation ids. Front ends send unset fields as "", null or [], which mean "no filter".
 */
import { Schema } from "effect"
import { intTextPattern, space, trimText, upToPattern } from "../../api/params.js"

const digits = /^[ \t\n\v\f\r]*[0-9]+[ \t\n\v\f\r]*$/
const SAFE = Number.MAX_SAFE_INTEGER
const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")

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

const rangeToken = /^([0-9]+(?:\.[0-9]+)?)[ \t\n\v\f\r]*-[ \t\n\v\f\r]*([0-9]+(?:\.[0-9]+)?)[ \t\n\v\f\r]*(\S*)$/
const rangePattern = (unit: string) =>
  `[0-9]+(?:\\.[0-9]+)?${space}*-${space}*[0-9]+(?:\\.[0-9]+)?${space}*(?:${escapeRegex(unit)})?`

/** The ids one token names, or undefined when it names none. */
const idsOfToken = (token: string, names: IdNames | undefined): ReadonlyArray<number> | undefined => {
  if (digits.test(token)) return [Number(token)]
  if (names === undefined) return undefined
  const label = names.labels.indexOf(token)
  if (label >= 0) return [label + 1]
  const range = rangeToken.exec(token)
  if (range === null || (range[3] !== "" && range[3] !== names.unit)) return undefined
  // "500-100" is the range 100–500; a range inside one bucket's edge ("0-0") selects the bucket it starts in.
  const [a, b] = [Number(range[1]), Number(range[2])].sort((x, y) => x - y) as [number, number]
  const upper = (i: number) => names.edges[i + 1] ?? Number.POSITIVE_INFINITY
  const ids = names.edges.flatMap((lo, i) => (a < upper(i) && b > lo ? [i + 1] : []))
  if (ids.length > 0) return ids
  const start = names.edges.findIndex((lo, i) => a >= lo && a < upper(i))
  return start >= 0 ? [start + 1] : undefined
}

/** The text form of an id list, exactly: comma-separated ids 1…max, labels or ranges, blanks ignored. */
const listPattern = (max: number, names: IdNames | undefined): string => {
  const forms = [`0*${upToPattern(max, false)}`]
  if (names !== undefined) forms.push(...names.labels.map(escapeRegex), rangePattern(names.unit))
  const token = `${space}*(?:(?:${forms.join("|")})${space}*)?`
  return `^${token}(?:,${token})*$`
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
                  .flatMap((t: string) => (trimText(t) === "" ? [] : (idsOfToken(trimText(t), names) ?? [Number.NaN])))
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
            { type: "string", pattern: listPattern(max, names) },
            {
              type: "array",
              items: {
                anyOf: [
                  { type: "integer", minimum: 1, maximum: max },
                  { type: "string", pattern: listPattern(max, names) }
                ]
              }
            }
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
      Schema.filter((n) => (Number.isSafeInteger(n) && n >= 0) || "must be an id of /api/params"),
      Schema.annotations({
        description,
        jsonSchema: {
          description,
          anyOf: [
            { type: "null" },
            { type: "string", enum: [""] },
            { type: "integer", minimum: 0, maximum: SAFE },
            { type: "string", pattern: intTextPattern(0, SAFE) }
          ]
        }
      })
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

const rangeText = /^[ \t\n\v\f\r]*([0-9]+(\.[0-9]+)?)[ \t\n\v\f\r]*(-[ \t\n\v\f\r]*([0-9]+(\.[0-9]+)?)[ \t\n\v\f\r]*)?$/
/** A rate from 0 to 100 as text. */
const rateNumber = "(?:0*100(?:\\.0+)?|0*[0-9]{1,2}(?:\\.[0-9]+)?)"
const ratePattern = `^${space}*${rateNumber}${space}*(?:-${space}*${rateNumber}${space}*)?$`

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
        // "4-3" is the range 3–4.
        const [a, b] = v.split("-").map(Number) as [number, number?]
        return { min: Math.min(a, b ?? a), max: Math.max(a, b ?? a) }
      },
      encode: (r) => (r === undefined ? "" : `${r.min}-${r.max}`)
    }),
    Schema.filter((r) => r === undefined || (r.min >= 0 && r.min <= r.max && r.max <= 100) || "must be from 0 to 100"),
    Schema.annotations({
      description: "投资利率偏好 (% a year): 3.5 or 3-4; matches overlapping rate preferences",
      jsonSchema: {
        description: "投资利率偏好 (% a year): 3.5 or 3-4, from 0 to 100; matches overlapping rate preferences",
        anyOf: [
          { type: "null" },
          { type: "string", enum: [""] },
          { type: "number", minimum: 0, maximum: 100 },
          { type: "string", pattern: ratePattern }
        ]
      }
    })
  )
)
