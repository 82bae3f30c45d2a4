/**
 * Parses a plain decimal ("-1234.5", "88.08") in place inside a larger text, for the CSV reader.
 *
 * With at most two decimals the value is built as integer fen / 100, which is the double `Number()` would
 * give; anything else (exponents, spaces, more decimals) goes through `Number` on a copy.
 */
export const decimalAt = (text: string, from: number, to: number): number => {
  let i = from
  const negative = text.charCodeAt(i) === 45
  if (negative) i++
  let units = 0
  let digits = 0
  for (; i < to; i++) {
    const d = text.charCodeAt(i) - 48
    if (d < 0 || d > 9) break
    units = units * 10 + d
    digits++
  }
  let fen = units * 100
  if (i < to && text.charCodeAt(i) === 46) {
    const decimals = to - i - 1
    const a = text.charCodeAt(i + 1) - 48
    const b = decimals === 2 ? text.charCodeAt(i + 2) - 48 : 0
    if (decimals < 1 || decimals > 2 || a < 0 || a > 9 || b < 0 || b > 9) return slow(text, from, to)
    fen += a * 10 + b
    i = to
  }
  if (i !== to || digits === 0 || digits > 13) return slow(text, from, to)
  return (negative ? -fen : fen) / 100
}

const slow = (text: string, from: number, to: number): number => {
  const s = text.slice(from, to).trim()
  return s === "" ? Number.NaN : Number(s)
}
