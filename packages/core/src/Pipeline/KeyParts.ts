/**
 * One part of a natural key as KeySet both hashes and compares it, equal exactly when `naturalKeyOf`'s texts
 * of the two values are equal, without formatting either: a number by value (100 and 100.00 are one amount,
 * -0 is 0), a flag as 1 or 0, a trade time written canonically as its ms (as RowColumns stores it), any
 * other text as itself, and null (or a missing field) as the empty text. This holds for values of the
 * column's type, which validation and the store guarantee.
 */
import type { Column } from "./StoredColumn.js"
import { BLOCK_BITS, MASK, timeNumberOf } from "./StoredColumn.js"

/** A key part as naturalKeyOf formats it, without formatting: 100 and 100.00 are one number. */
export const canonicalPart = (time: boolean, value: unknown): number | string => {
  if (typeof value === "number") return value
  if (typeof value === "boolean") return value ? 1 : 0
  if (typeof value !== "string") return ""
  return (time ? timeNumberOf(value) : undefined) ?? value
}

/** The part in row `i` of a column, read as stored where the column holds it exactly. */
export const partAt = (column: Column, time: boolean, i: number): number | string => {
  const raw = column.blocks[i >>> BLOCK_BITS]![i & MASK]!
  if (column.codec !== "text") return Number.isNaN(raw) ? canonicalPart(time, column.get(i)) : raw
  // `| 0`: an id read through the number/text union of blocks would index the dictionary as a double, slowly.
  const id = raw | 0
  return id >= 0 ? column.texts[id]! : canonicalPart(time, column.get(i))
}

/** As naturalKeyOf's texts compare: -0 is 0 (both "0"), NaN is NaN (both "NaN"). */
export const samePart = (a: number | string, b: number | string): boolean =>
  a === b || (Number.isNaN(a) && Number.isNaN(b))
