/**
 * Epoch ms of a UTC wall clock back to 'YYYY-MM-DD HH:mm:ss', for rows stored with their trade time as a
 * number. Millions of rows are formatted in a row, so the date part of the last day is remembered (rows of
 * one account come day after day) and the time of day is joined from two-digit pieces.
 */
import { DAY_MS, formatDay } from "../Portrait/Calendar.js"

const TWO_DIGITS = Array.from({ length: 60 }, (_, n) => (n < 10 ? `0${n}` : `${n}`))

let lastDay = Number.NaN
let lastPrefix = ""

/** The inverse of parseTradeTime on canonical text: formatTradeTime(parseTradeTime(s)) === s. */
export const formatTradeTime = (ms: number): string => {
  const day = Math.floor(ms / DAY_MS)
  if (day !== lastDay) {
    lastDay = day
    lastPrefix = `${formatDay(day)} `
  }
  const seconds = (ms - day * DAY_MS) / 1000
  const h = Math.floor(seconds / 3600)
  const m = Math.floor(seconds / 60) % 60
  return `${lastPrefix}${TWO_DIGITS[h]}:${TWO_DIGITS[m]}:${TWO_DIGITS[seconds % 60]}`
}
