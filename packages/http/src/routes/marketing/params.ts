/**
 * Request values of the marketing-record routes: 营销情况 0–5, 详细 up to 500 characters, and 营销时间 as epoch
 * milliseconds or as the bank's wall-clock text (`YYYY-MM-DD HH:mm:ss` or `YYYY-MM-DD`, BANK_TIMEZONE).
 */
import { MAX_REMARK, MarketingType } from "@wm/core"
import { Schema } from "effect"
import { IntLike } from "../../api/params.js"
import { bankEpochMs } from "../wallClock.js"

const typeText = "营销情况: 0 电话营销, 1 上门拜访, 2 线上触达, 3 有购买意向, 4 已成交, 5 无意向"

export const MarketingTypeParam = IntLike(Schema.Int).pipe(
  Schema.compose(MarketingType, { strict: false }),
  Schema.annotations({
    description: typeText,
    jsonSchema: {
      description: typeText,
      anyOf: [
        { type: "integer", enum: [0, 1, 2, 3, 4, 5] },
        { type: "string", enum: ["0", "1", "2", "3", "4", "5"] }
      ]
    },
    message: () => ({ message: "must be 0, 1, 2, 3, 4 or 5", override: true })
  })
)

export const RemarkParam = Schema.String.pipe(
  Schema.maxLength(MAX_REMARK, { message: () => `must have at most ${MAX_REMARK} characters` }),
  Schema.annotations({ description: `详细, at most ${MAX_REMARK} characters` })
)

const wallText = /^\d{4}-\d{2}-\d{2}( \d{2}:\d{2}:\d{2})?$/
const validWall = (s: string) => {
  if (!wallText.test(s)) return false
  const [y, mo, d, h = 0, mi = 0, sec = 0] = s.split(/[- :]/).map(Number) as [number, number, number, number?]
  const t = new Date(Date.UTC(y, mo - 1, d, h, mi, sec))
  return t.getUTCMonth() === mo - 1 && t.getUTCDate() === d && h < 24 && mi < 60 && sec < 60
}

const createTimeText =
  "营销时间: epoch milliseconds, or the bank's wall-clock time YYYY-MM-DD HH:mm:ss (or YYYY-MM-DD); from 2000 " +
  "up to a day after now"

export const CreateTimeParam = Schema.Union(
  Schema.Number.pipe(Schema.int(), Schema.nonNegative()),
  Schema.String.pipe(Schema.filter((s) => validWall(s.trim()) || /^\d+$/.test(s.trim())))
).pipe(
  Schema.annotations({
    message: () => ({
      message: "must be epoch milliseconds or a time YYYY-MM-DD HH:mm:ss",
      override: true
    })
  }),
  Schema.transform(Schema.Number, {
    strict: true,
    decode: (v) => (typeof v === "number" ? v : /^\d+$/.test(v.trim()) ? Number(v.trim()) : bankEpochMs(v.trim())),
    encode: (n) => n
  }),
  Schema.annotations({
    description: createTimeText,
    jsonSchema: {
      description: createTimeText,
      anyOf: [
        { type: "integer", minimum: 0 },
        { type: "string", pattern: "^(\\d+|\\d{4}-\\d{2}-\\d{2}( \\d{2}:\\d{2}:\\d{2})?)$" }
      ]
    }
  })
)

export const RecordId = Schema.String.pipe(
  Schema.minLength(1, { message: () => "must not be empty" }),
  Schema.maxLength(64, { message: () => "must have at most 64 characters" }),
  Schema.annotations({ description: "营销记录id", jsonSchema: { type: "string", minLength: 1, maxLength: 64 } })
)
