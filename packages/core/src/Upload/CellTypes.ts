/**
 * The cell types of the upload columns: text, codes, dates, money, percentages, whole numbers and choices.
 *
 * Reasons are written for the bank employee who fixes the file, so each says what was expected.
 */
import { Schema } from "effect"
import { type Cell, type CellKind, Invalid } from "./Cell.js"
import { checkDate, checkDateTime } from "./DateText.js"

const fromCheck = (check: (s: string) => string | undefined) => (s: string) => {
  const reason = check(s)
  return reason === undefined ? s : new Invalid(reason)
}

export const text = (maxLength: number): Cell<string> => {
  const tooLong = new Invalid(`is longer than ${maxLength} characters`)
  return {
    kind: { tag: "text", maxLength },
    type: Schema.String,
    parse: (s) => (s.length > maxLength ? tooLong : s),
    format: (s) => s
  }
}

const patterned = (
  maxLength: number,
  pattern: RegExp,
  patternReason: string,
  kind: CellKind = { tag: "code", maxLength, pattern }
): Cell<string> => {
  const tooLong = new Invalid(`is longer than ${maxLength} characters`)
  const badShape = new Invalid(patternReason)
  return {
    kind,
    type: Schema.String,
    parse: (s) => (s.length > maxLength ? tooLong : pattern.test(s) ? s : badShape),
    format: (s) => s
  }
}

/** A customer, product, account or listed-company code: any characters but blanks. */
export const code = (maxLength = 64): Cell<string> => patterned(maxLength, /^\S+$/, "must not contain spaces")

/** A sub-branch or outlet code, with the rules of `OrgCode` (Domain/Ids.ts). */
export const orgCode: Cell<string> = patterned(32, /^[A-Za-z0-9_-]+$/, "may contain only letters, digits, '_' and '-'")

export const date: Cell<string> = {
  kind: { tag: "date" },
  type: Schema.String,
  parse: fromCheck(checkDate),
  format: (s) => s
}

export const dateTime: Cell<string> = {
  kind: { tag: "dateTime" },
  type: Schema.String,
  parse: fromCheck(checkDateTime),
  format: (s) => s
}

export const choice = <const L extends readonly [string, ...Array<string>]>(...values: L): Cell<L[number]> => {
  const allowed = new Set<string>(values)
  const notOne = new Invalid(`must be one of ${values.join(", ")}`)
  return {
    kind: { tag: "choice", values },
    type: Schema.Literal(...values),
    parse: (s) => (allowed.has(s) ? (s as L[number]) : notOne),
    format: (s) => s
  }
}

/** Risk levels and ratings, R1 (lowest) to R5. */
export const risk = choice("R1", "R2", "R3", "R4", "R5")

/** A yes/no column: 1 or 是 is yes, 0 or 否 is no. */
export const flag: Cell<boolean> = {
  kind: { tag: "flag" },
  type: Schema.Boolean,
  parse: (s) =>
    s === "1" || s === "是" ? true : s === "0" || s === "否" ? false : new Invalid("must be 1 or 0 (是 or 否)"),
  format: (b) => (b ? "1" : "0")
}

/** Links shown to users as anchors: only http(s), never javascript: or file: addresses. */
export const url: Cell<string> = patterned(2048, /^https?:\/\/\S+$/i, "must be an http:// or https:// address", {
  tag: "url"
})

export const email: Cell<string> = patterned(254, /^[^\s@]+@[^\s@]+\.[^\s@]+$/, "must be an e-mail address", {
  tag: "email"
})
