/**
 * Request values of the search form (搜索筛选): id lists as /api/params gives them, the bought flag, the rate
 * range and optional organisation ids. Front ends send unset fields as "", null or [], which mean "no filter".
 */
import { Schema } from "effect"

const digits = /^\s*\d+\s*$/
const idListText = /^\s*(\d+\s*(,\s*\d+\s*)*)?$/

/** Ids 1…max given as an array (of numbers or digit text), one number, or comma-separated text ("1,3"). */
export const IdList = (max: number, description: string) =>
  Schema.optional(
    Schema.Union(
      Schema.Null,
      Schema.Array(Schema.Union(Schema.Number, Schema.String.pipe(Schema.pattern(digits)))),
      Schema.Number,
      Schema.String.pipe(Schema.pattern(idListText))
    ).pipe(
      Schema.annotations({
        message: () => ({ message: `must be ids from 1 to ${max}: an array, a number or "1,2"`, override: true })
      }),
      Schema.transform(Schema.Array(Schema.Number), {
        strict: true,
        decode: (v) =>
          v === null
            ? []
            : typeof v === "number"
              ? [v]
              : typeof v === "string"
                ? v.split(",").flatMap((s) => (s.trim() === "" ? [] : [Number(s)]))
                : v.map(Number),
        encode: (ids) => ids
      }),
      Schema.filter((ids) => ids.every((id) => Number.isInteger(id) && id >= 1 && id <= max), {
        message: () => `must be ids from 1 to ${max}`
      }),
      Schema.annotations({ description: `${description}: ids 1–${max} of /api/params; any of them matches` })
    )
  )

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
  Schema.Union(blank, Schema.Literal(0, 1, "0", "1")).pipe(
    Schema.annotations({ message: () => ({ message: "must be 0 or 1", override: true }) }),
    Schema.transform(Schema.Union(Schema.Literal(0, 1), Schema.Undefined), {
      strict: true,
      decode: (v) => (v === null || v === "" ? undefined : v === 1 || v === "1" ? 1 : 0),
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
