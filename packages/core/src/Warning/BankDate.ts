/**
 * "Today" of the maturity warning: the server clock's date in the bank's time zone (BANK_TIMEZONE).
 *
 * It is read through Effect's Clock, so a test fixes the date by providing a clock (TestClock, or a manual clock
 * with Layer.setClock) instead of depending on the day it runs. Dates are `YYYY-MM-DD` text, which sorts and
 * compares like the dates themselves; day arithmetic goes through the portrait calendar (no `Date` parsing).
 */
import { Clock, Effect } from "effect"
import { formatDay, parseDay } from "../Portrait/Calendar.js"
import type { WarningWindow } from "../Ports/SettingsRepo.js"

const formats = new Map<string, Intl.DateTimeFormat>()

const formatFor = (timeZone: string) => {
  let format = formats.get(timeZone)
  if (format === undefined) {
    format = new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" })
    formats.set(timeZone, format)
  }
  return format
}

/** `YYYY-MM-DD` of an instant on the wall clock of `timeZone` (an IANA name such as Asia/Shanghai). */
export const dateInZone = (epochMs: number, timeZone: string): string => {
  const parts = new Map(
    formatFor(timeZone)
      .formatToParts(new Date(epochMs))
      .map((p) => [p.type, p.value])
  )
  return `${parts.get("year")}-${parts.get("month")}-${parts.get("day")}`
}

/** Today's date in `timeZone`, from the Clock in the environment. */
export const todayIn = (timeZone: string): Effect.Effect<string> =>
  Effect.map(Clock.currentTimeMillis, (ms) => dateInZone(ms, timeZone))

/** The date `days` calendar days after `date` (negative: before). */
export const addDays = (date: string, days: number): string => formatDay(parseDay(date) + days)

/** The inclusive expiry dates a window warns about on `today`: [today − start, today + end]. */
export const warningRange = (today: string, window: WarningWindow): { readonly from: string; readonly to: string } => ({
  from: addDays(today, -window.start),
  to: addDays(today, window.end)
})
