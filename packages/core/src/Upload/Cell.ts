/**
 * A cell type: how one text cell of an uploaded file becomes a typed value, or why it cannot.
 *
 * Each cell type is a plain parse function plus the Schema of its result. The row schemas are built from the
 * parse functions, and the streaming validator calls the same functions directly: ten million rows cannot
 * afford a Schema interpreter per cell, and sharing the functions means the two can never disagree.
 */
import type { Schema } from "effect"

/** A rejected cell; `reason` completes a sentence about the cell ("must be a date written YYYY-MM-DD"). */
export class Invalid {
  constructor(readonly reason: string) {}
}

/** What a cell holds, for documentation, templates and test generators. */
export type CellKind =
  | { readonly tag: "text"; readonly maxLength: number }
  | { readonly tag: "code"; readonly maxLength: number; readonly pattern: RegExp }
  | { readonly tag: "date" }
  | { readonly tag: "dateTime" }
  | { readonly tag: "decimal"; readonly decimals: number; readonly signed: boolean; readonly max: number }
  | { readonly tag: "percent" }
  | { readonly tag: "integer"; readonly min: number; readonly max: number }
  | { readonly tag: "choice"; readonly values: ReadonlyArray<string> }
  | { readonly tag: "flag" }
  | { readonly tag: "url" }
  | { readonly tag: "email" }

export interface Cell<A> {
  readonly kind: CellKind
  /** The decoded value's schema. */
  readonly type: Schema.Schema<A>
  /** Reads a trimmed, non-empty cell that is not a formula. */
  readonly parse: (text: string) => A | Invalid
  /** The canonical text of a value; parse(format(a)) gives a back. */
  readonly format: (value: A) => string
}

/** A column of an upload type: its cell type, whether it must be present and filled, and its Chinese label. */
export interface Column<A, Required extends boolean = boolean> {
  readonly cell: Cell<A>
  readonly required: Required
  readonly label: string
}

export const required = <A>(cell: Cell<A>, label: string): Column<A, true> => ({ cell, required: true, label })

/** An optional column may be left out of the header; an empty cell decodes to null. */
export const optional = <A>(cell: Cell<A>, label: string): Column<A, false> => ({ cell, required: false, label })

/** The decoded value of a column: optional columns add null. */
export type ColumnValue<C> = C extends Column<infer A, infer R> ? (R extends true ? A : A | null) : never

const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122)

/**
 * True when a spreadsheet would run the text as a formula if the value were exported to CSV and opened
 * (CSV / formula injection). `=` always starts a formula. `+`, `-` and `@` do when a letter, `|` or `!`
 * follows anywhere, which catches `@SUM(…)` and the classic `-2+3+cmd|' /C calc'!A0` while letting
 * negative numbers (-12.5) and phone numbers (+86 10 8888 6666) through.
 */
export const looksLikeFormula = (text: string): boolean => {
  const first = text.charCodeAt(0)
  if (first === 61) return true
  if (first !== 43 && first !== 45 && first !== 64) return false
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (isAsciiLetter(c) || c === 124 || c === 33) return true
  }
  return false
}

export const FORMULA_REASON = "looks like a spreadsheet formula (starts with =, +, - or @); formulas are not accepted"
const REQUIRED = new Invalid("is required")
const FORMULA = new Invalid(FORMULA_REASON)

/** Decodes one raw cell of a column: trims, applies the required rule and the formula guard, then parses. */
export const decodeCell = <A, R extends boolean>(column: Column<A, R>, raw: string): A | null | Invalid => {
  const text = raw.trim()
  if (text === "") return column.required ? REQUIRED : null
  if (looksLikeFormula(text)) return FORMULA
  return column.cell.parse(text)
}
