/**
 * Dates as the API shows them: epoch milliseconds where the document marks a timestamp,
 * otherwise wall-clock text in the bank's time zone.
 */
const zone = process.env.BANK_TIMEZONE ?? "Asia/Shanghai"

const format = new Intl.DateTimeFormat("sv-SE", {
  timeZone: zone,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23"
})

/** `YYYY-MM-DD HH:mm:ss` in the bank's time zone. */
export const dateTimeText = (epochMs: number): string => format.format(new Date(epochMs))
