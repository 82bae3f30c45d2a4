/**
 * Calendar arithmetic on integer day numbers (days since 1970-01-01). Working in whole days, in UTC, keeps
 * the output independent of the machine's time zone once "today" has been read as a local calendar date.
 */

const DAY_MS = 86_400_000

export const dayNumber = (y: number, m: number, d: number): number => Math.round(Date.UTC(y, m - 1, d) / DAY_MS)

/** The calendar date the user sees on the machine's clock: the bank runs on local time. */
export const localDayNumber = (date: Date): number => dayNumber(date.getFullYear(), date.getMonth() + 1, date.getDate())

export interface Ymd {
  readonly y: number
  readonly m: number
  readonly d: number
}

export const ymd = (dn: number): Ymd => {
  const date = new Date(dn * DAY_MS)
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() }
}

export const PAD2: ReadonlyArray<string> = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, "0"))

export const formatDay = (dn: number): string => {
  const { y, m, d } = ymd(dn)
  return `${y}-${PAD2[m]}-${PAD2[d]}`
}

export const formatClock = (second: number): string =>
  `${PAD2[Math.floor(second / 3600)]}:${PAD2[Math.floor(second / 60) % 60]}:${PAD2[second % 60]}`

export const formatTime = (dn: number, second: number): string => `${formatDay(dn)} ${formatClock(second)}`

/** Parses `YYYY-MM-DD`; undefined when it is not a real calendar date. */
export const parseDay = (text: string): number | undefined => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  if (m === null) return undefined
  const dn = dayNumber(Number(m[1]), Number(m[2]), Number(m[3]))
  return formatDay(dn) === text ? dn : undefined
}

export const daysInMonth = (y: number, m: number): number => dayNumber(y, m + 1, 1) - dayNumber(y, m, 1)

/** Same day of month n months later (earlier when negative), clamped to the month's last day. */
export const addMonths = (dn: number, n: number): number => {
  const { y, m, d } = ymd(dn)
  const total = y * 12 + (m - 1) + n
  const ty = Math.floor(total / 12)
  const tm = (total % 12) + 1
  return dayNumber(ty, tm, Math.min(d, daysInMonth(ty, tm)))
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export const weekday = (dn: number): number => (((dn + 4) % 7) + 7) % 7

// Spring Festival (春节) dates; outside the table early February is close enough for seasonality.
const SPRING_FESTIVAL: Readonly<Record<number, string>> = {
  2018: "02-16",
  2019: "02-05",
  2020: "01-25",
  2021: "02-12",
  2022: "02-01",
  2023: "01-22",
  2024: "02-10",
  2025: "01-29",
  2026: "02-17",
  2027: "02-06",
  2028: "01-26",
  2029: "02-13",
  2030: "02-03",
  2031: "01-23",
  2032: "02-11",
  2033: "01-31",
  2034: "02-19",
  2035: "02-08"
}

export const springFestival = (year: number): number => {
  const md = SPRING_FESTIVAL[year] ?? "02-05"
  return dayNumber(year, Number(md.slice(0, 2)), Number(md.slice(3)))
}

/** Public holidays when outlets are closed and firms barely transact: 春节 week, 劳动节, 国庆. */
export const isPublicHoliday = (dn: number): boolean => {
  const { y, m, d } = ymd(dn)
  const sf = springFestival(y)
  if (dn >= sf - 1 && dn <= sf + 5) return true
  return (m === 5 && d <= 3) || (m === 10 && d <= 7)
}

// Memoised: the wealth simulation asks about the same few hundred days hundreds of thousands of times.
const workdays = new Map<number, boolean>()

export const isWorkday = (dn: number): boolean => {
  let known = workdays.get(dn)
  if (known === undefined) {
    const wd = weekday(dn)
    known = wd !== 0 && wd !== 6 && !isPublicHoliday(dn)
    workdays.set(dn, known)
  }
  return known
}

/** The first workday on or after dn. */
export const nextWorkday = (dn: number): number => {
  let day = dn
  while (!isWorkday(day)) day++
  return day
}
