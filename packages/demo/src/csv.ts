/**
 * CSV text building blocks: RFC 4180 quoting and exact fixed-point money formatting. Money is carried as
 * integer hundredths (cents of a yuan, or 0.01 万元) so no floating-point rounding ever reaches the files.
 */

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/

/** Quotes a field only when RFC 4180 requires it (comma, quote, line break) or spaces would be trimmed. */
export const csvField = (value: string): string =>
  NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value

export const csvLine = (cells: ReadonlyArray<string | number>): string =>
  cells.map((c) => (typeof c === "number" ? String(c) : csvField(c))).join(",")

/** Integer hundredths → "123.45" (works for yuan cents and for 0.01 万元 alike). */
export const fixed2 = (hundredths: number): string => {
  const sign = hundredths < 0 ? "-" : ""
  const abs = Math.abs(Math.round(hundredths))
  const frac = abs % 100
  return `${sign}${(abs - frac) / 100}.${frac < 10 ? "0" : ""}${frac}`
}

/** A decimal number (e.g. a rate in %) with two decimals, rounded half away from zero on hundredths. */
export const decimal2 = (value: number): string => fixed2(Math.round(value * 100))

/** Rounds to whole hundredths: the unit every money amount is kept in. */
export const toHundredths = (value: number): number => Math.round(value * 100)
