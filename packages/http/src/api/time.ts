/**
 * Dates as the API shows them: epoch milliseconds where the document marks a timestamp,
 * otherwise wall-clock text in the bank's time zone (BANK_TIMEZONE, validated at start).
 */
/** The bank's IANA time zone (BANK_TIMEZONE, validated at start; Asia/Shanghai by default). */
export const bankTimeZone = () => process.env.BANK_TIMEZONE || "Asia/Shanghai"

let format: Intl.DateTimeFormat | undefined

// Built on first use, after the configuration was validated, never at import.
const formatter = () => {
  format ??= new Intl.DateTimeFormat("sv-SE", {
    timeZone: bankTimeZone(),
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23"
  })
  return format
}

/** `YYYY-MM-DD HH:mm:ss` in the bank's time zone. */
export const dateTimeText = (epochMs: number): string => formatter().format(new Date(epochMs))
