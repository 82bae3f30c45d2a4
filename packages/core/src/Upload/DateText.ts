/**
 * Dates (`YYYY-MM-DD`) and times (`YYYY-MM-DD HH:mm:ss`) as uploads write them, checked by character codes.
 *
 * `Date.parse` would accept 2025-02-30 (rolling it to March) and many other shapes, and allocates; a bank
 * file with a day that does not exist must be rejected, not silently moved.
 */

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

const isLeapYear = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0

/** The number written by `count` digits at `from`, or -1 when one of them is not a digit. */
const digits = (s: string, from: number, count: number): number => {
  let value = 0
  for (let i = from; i < from + count; i++) {
    const c = s.charCodeAt(i) - 48
    if (c < 0 || c > 9) return -1
    value = value * 10 + c
  }
  return value
}

/** Years outside this range are typing mistakes (0202, 20250) rather than bank data. */
export const MIN_YEAR = 1900
export const MAX_YEAR = 2999

/** Why the first ten characters are not a real date, or undefined when they are. */
const dateProblem = (s: string): string | undefined => {
  if (s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return "shape"
  const year = digits(s, 0, 4)
  const month = digits(s, 5, 2)
  const day = digits(s, 8, 2)
  if (year < 0 || month < 0 || day < 0) return "shape"
  if (year < MIN_YEAR || year > MAX_YEAR) return `has a year outside ${MIN_YEAR}–${MAX_YEAR}`
  if (month < 1 || month > 12) return "is not a real calendar date (no such month)"
  const last = month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]!
  if (day < 1 || day > last) return `is not a real calendar date (${year}-${s.slice(5, 7)} has ${last} days)`
  return undefined
}

export const DATE_SHAPE = "must be a date written YYYY-MM-DD, e.g. 2025-03-01"
export const DATE_TIME_SHAPE = "must be a time written YYYY-MM-DD HH:mm:ss, e.g. 2025-03-01 09:30:00"

/** Undefined when `s` is a real date written YYYY-MM-DD, else the reason. */
export const checkDate = (s: string): string | undefined => {
  if (s.length !== 10) return DATE_SHAPE
  const problem = dateProblem(s)
  return problem === "shape" ? DATE_SHAPE : problem
}

/** Undefined when `s` is a real time written YYYY-MM-DD HH:mm:ss, else the reason. */
export const checkDateTime = (s: string): string | undefined => {
  if (s.length !== 19 || s.charCodeAt(10) !== 32 || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58) {
    return DATE_TIME_SHAPE
  }
  const problem = dateProblem(s)
  if (problem !== undefined) return problem === "shape" ? DATE_TIME_SHAPE : problem
  const h = digits(s, 11, 2)
  const m = digits(s, 14, 2)
  const sec = digits(s, 17, 2)
  if (h < 0 || m < 0 || sec < 0) return DATE_TIME_SHAPE
  if (h > 23 || m > 59 || sec > 59) return "is not a real time of day (00:00:00–23:59:59)"
  return undefined
}
