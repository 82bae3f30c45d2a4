/**
 * Calendar arithmetic for the portrait engine, without `Date`.
 *
 * Trade times are epoch milliseconds of the UTC wall clock, so a day number is a plain floor division and a
 * month is found with Howard Hinnant's civil-date algorithms. Parsing by character codes keeps the upload
 * path allocation-free for millions of rows.
 */

export const DAY_MS = 86_400_000

/** Days since 1970-01-01 of a proleptic Gregorian date (month 1–12). */
export const dayFromCivil = (year: number, month: number, day: number): number => {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const doy = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468
}

/** Month ordinal (year × 12 + month − 1) of a day number; ordinals make "12 months back" a subtraction. */
export const monthOfDay = (dayNumber: number): number => {
  const z = dayNumber + 719468
  const era = Math.floor(z / 146097)
  const doe = z - era * 146097
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365)
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const month = mp < 10 ? mp + 3 : mp - 9
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0)
  return year * 12 + month - 1
}

/** Day number of the first day of a month ordinal. */
export const firstDayOfMonth = (monthOrdinal: number): number =>
  dayFromCivil(Math.floor(monthOrdinal / 12), (monthOrdinal % 12) + 1, 1)

const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`)

/** 'YYYY-MM' of a month ordinal. */
export const formatMonth = (monthOrdinal: number): string =>
  `${Math.floor(monthOrdinal / 12)}-${pad2((monthOrdinal % 12) + 1)}`

/** 'YYYY-MM-DD' of a day number. */
export const formatDay = (dayNumber: number): string => {
  const ordinal = monthOfDay(dayNumber)
  return `${formatMonth(ordinal)}-${pad2(dayNumber - firstDayOfMonth(ordinal) + 1)}`
}

const digits = (s: string, from: number, count: number): number => {
  let value = 0
  for (let i = from; i < from + count; i++) {
    const c = s.charCodeAt(i) - 48
    if (c < 0 || c > 9) return Number.NaN
    value = value * 10 + c
  }
  return value
}

const daysInMonth = (year: number, month: number): number =>
  month === 12 ? 31 : dayFromCivil(year, month + 1, 1) - dayFromCivil(year, month, 1)

const datePart = (s: string, at: number): number => {
  if (s.charCodeAt(at + 4) !== 45 || s.charCodeAt(at + 7) !== 45) return Number.NaN
  const year = digits(s, at, 4)
  const month = digits(s, at + 5, 2)
  const day = digits(s, at + 8, 2)
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month))) return Number.NaN
  return dayFromCivil(year, month, day)
}

/** Day number of 'YYYY-MM-DD', or NaN when the text is not a real calendar date. */
export const parseDay = (s: string): number => (s.length === 10 ? datePart(s, 0) : Number.NaN)

/**
 * Epoch ms of 'YYYY-MM-DD HH:mm:ss' read as UTC wall clock ('T' also accepted, a bare date is midnight),
 * or NaN when malformed. `from`/`to` read a slice of a larger text (a CSV chunk) without copying it.
 */
export const parseTradeTime = (s: string, from = 0, to = s.length): number => {
  const length = to - from
  if (length !== 10 && length !== 19) return Number.NaN
  const day = datePart(s, from)
  if (length === 10 || Number.isNaN(day)) return day * DAY_MS
  const sep = s.charCodeAt(from + 10)
  if ((sep !== 32 && sep !== 84) || s.charCodeAt(from + 13) !== 58 || s.charCodeAt(from + 16) !== 58) {
    return Number.NaN
  }
  const h = digits(s, from + 11, 2)
  const m = digits(s, from + 14, 2)
  const sec = digits(s, from + 17, 2)
  if (!(h < 24 && m < 60 && sec < 60)) return Number.NaN
  return day * DAY_MS + (h * 3600 + m * 60 + sec) * 1000
}
