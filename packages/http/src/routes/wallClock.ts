/**
 * Uploaded dates and times are wall-clock text of the bank (`YYYY-MM-DD`, `YYYY-MM-DD HH:mm:ss`). Where the API
 * document marks a field as a timestamp, it answers the epoch milliseconds of that wall-clock moment in the
 * bank's time zone (BANK_TIMEZONE, default Asia/Shanghai), the inverse of api/time.ts's `dateTimeText`.
 */
let format: Intl.DateTimeFormat | undefined

// Built on first use, after the configuration was validated, never at import.
const formatter = () => {
  format ??= new Intl.DateTimeFormat("en-US", {
    timeZone: process.env.BANK_TIMEZONE || "Asia/Shanghai",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
    hourCycle: "h23"
  })
  return format
}

/** How far the bank's wall clock is ahead of UTC at the instant `ms`. */
const offsetAt = (ms: number): number => {
  const parts = Object.fromEntries(
    formatter()
      .formatToParts(new Date(ms))
      .map((p) => [p.type, Number(p.value)])
  )
  const wall = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!)
  return wall - Math.floor(ms / 1000) * 1000
}

/** Dates and times already converted: few distinct ones are shown, and each conversion formats twice. */
const converted = new Map<string, number>()

/** Epoch ms of bank wall-clock text (`YYYY-MM-DD` means its midnight). */
export const bankEpochMs = (text: string): number => {
  const known = converted.get(text)
  if (known !== undefined) return known
  const ms = convert(text)
  if (converted.size >= 100_000) converted.clear()
  converted.set(text, ms)
  return ms
}

const convert = (text: string): number => {
  const [date = "", time = "00:00:00"] = text.split(" ")
  const [y = 0, mo = 1, d = 1] = date.split("-").map(Number)
  const [h = 0, mi = 0, s = 0] = time.split(":").map(Number)
  const wall = Date.UTC(y, mo - 1, d, h, mi, s)
  // Two rounds settle the offset also next to a daylight-saving change.
  const first = wall - offsetAt(wall)
  return wall - offsetAt(first)
}

/** `bankEpochMs` of an optional value. */
export const bankEpochMsOrNull = (text: string | null): number | null => (text === null ? null : bankEpochMs(text))
