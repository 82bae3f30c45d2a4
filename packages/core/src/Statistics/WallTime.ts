/**
 * Bank wall-clock moments as numbers: `YYYY-MM-DD HH:mm:ss` in the bank's time zone becomes 20261206093000
 * (YYYYMMDDHHmmss), which orders like the text and compares in one machine instruction. Uploaded trade times are
 * such text already; instants (epoch ms: marketing records, request periods) are turned into it with the zone's
 * offset, looked up once per quarter hour of time and cached, so converting 200,000 records costs no Intl call each.
 */
const offsetFormats = new Map<string, Intl.DateTimeFormat>()
const offsetsByZone = new Map<string, Map<number, number>>()

const formatOf = (timeZone: string) => {
  let format = offsetFormats.get(timeZone)
  if (format === undefined) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
      hourCycle: "h23"
    })
    offsetFormats.set(timeZone, format)
  }
  return format
}

/** How far the zone's wall clock is ahead of UTC in the quarter hour that holds `ms` (zones change on a quarter hour). */
let lastZone = ""
let lastQuarter = Number.NaN
let lastOffset = 0

const offsetAt = (ms: number, timeZone: string): number => {
  // Records usually come in time order: consecutive instants share their quarter hour.
  const quarter = Math.floor(ms / 900_000)
  if (quarter === lastQuarter && timeZone === lastZone) return lastOffset
  lastZone = timeZone
  lastQuarter = quarter
  lastOffset = offsetOfQuarter(quarter, timeZone)
  return lastOffset
}

const offsetOfQuarter = (quarter: number, timeZone: string): number => {
  let offsets = offsetsByZone.get(timeZone)
  if (offsets === undefined) {
    offsets = new Map()
    offsetsByZone.set(timeZone, offsets)
  }
  const cached = offsets.get(quarter)
  if (cached !== undefined) return cached
  const at = quarter * 900_000
  const parts = Object.fromEntries(
    formatOf(timeZone)
      .formatToParts(new Date(at))
      .map((p) => [p.type, Number(p.value)])
  )
  const offset = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!) - at
  if (offsets.size > 200_000) offsets.clear()
  offsets.set(quarter, offset)
  return offset
}

/** The wall-clock number of an instant in `timeZone` (calendar arithmetic, no Date object per call). */
export const wallKeyOfMs = (ms: number, timeZone: string): number => {
  const local = Math.floor((ms + offsetAt(ms, timeZone)) / 1000)
  const days = Math.floor(local / 86_400)
  const secs = local - days * 86_400
  // Civil date of a day count (H. Hinnant's days-to-civil).
  const z = days + 719_468
  const era = Math.floor(z / 146_097)
  const doe = z - era * 146_097
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365)
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1
  const month = mp < 10 ? mp + 3 : mp - 9
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0)
  const hh = Math.floor(secs / 3600)
  const mm = Math.floor((secs % 3600) / 60)
  return ((year * 100 + month) * 100 + day) * 1_000_000 + hh * 10_000 + mm * 100 + (secs % 60)
}

/** The wall-clock number of `YYYY-MM-DD HH:mm:ss` or `YYYY-MM-DD` (its midnight) text. */
export const wallKeyOfText = (text: string): number => {
  let key = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) - 48
    if (c >= 0 && c <= 9) key = key * 10 + c
  }
  return text.length <= 10 ? key * 1_000_000 : key
}

/** `YYYY-MM-DD HH:mm:ss` of a wall-clock number. */
export const wallText = (key: number): string => {
  const s = String(key).padStart(14, "0")
  return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)} ${s.slice(8, 10)}:${s.slice(10, 12)}:${s.slice(12, 14)}`
}

/** A half-open period of wall-clock numbers: from <= key < until. */
export interface WallPeriod {
  readonly from: number
  readonly until: number
}

/** The month of `key` (本月) and January 1 up to the end of that month (本年). */
export const monthAndYearOf = (key: number): { readonly month: WallPeriod; readonly year: WallPeriod } => {
  const year = Math.floor(key / 1e10)
  const month = Math.floor(key / 1e8) % 100
  const next = month === 12 ? (year + 1) * 100 + 1 : year * 100 + month + 1
  const until = next * 1e8 + 1_000_000
  return {
    month: { from: (year * 100 + month) * 1e8 + 1_000_000, until },
    year: { from: (year * 100 + 1) * 1e8 + 1_000_000, until }
  }
}
