/**
 * The transaction window (18 months ending today) and its seasonality: how busy each day is, how large
 * payments run, and where firms hold their balances. Chinese corporate cash follows month-end settlement,
 * quarter-end deposit pushes (冲时点), year-end closing and the Spring Festival (bonuses before, silence during).
 */
import { addMonths, formatDay, isPublicHoliday, springFestival, weekday, ymd } from "./dates.js"

export const FLOW_MONTHS = 18

export interface FlowCalendar {
  /** Day number of the window's first day; the window ends with today, inclusive. */
  readonly start: number
  readonly days: number
  readonly dayText: ReadonlyArray<string>
  readonly dayOfMonth: Uint8Array
  /** Cumulative activity weight: cdf[i] = weight of days 0..i. */
  readonly cdf: Float64Array
  readonly amountFactor: Float64Array
  readonly balanceFactor: Float64Array
  /** The fortnight before the Spring Festival, when firms pay year-end bonuses. */
  readonly bonusSeason: Uint8Array
}

export const buildCalendar = (today: number): FlowCalendar => {
  const start = addMonths(today, -FLOW_MONTHS) + 1
  const days = today - start + 1
  const dayText: Array<string> = []
  const dayOfMonth = new Uint8Array(days)
  const cdf = new Float64Array(days)
  const amountFactor = new Float64Array(days)
  const balanceFactor = new Float64Array(days)
  const bonusSeason = new Uint8Array(days)
  let cumulative = 0
  for (let i = 0; i < days; i++) {
    const dn = start + i
    const { y, m, d } = ymd(dn)
    const toMonthEnd = ymd(dn + 1).m !== m ? 0 : ymd(dn + 3).m !== m ? 2 : 9
    const sf = Math.abs(springFestival(y) - dn) < 60 ? springFestival(y) : springFestival(y + 1)
    const beforeSpring = dn >= sf - 16 && dn <= sf - 2
    const quarterEnd = m % 3 === 0 && d >= 25
    const yearEnd = m === 12 && d >= 20
    let volume = weekday(dn) === 0 || weekday(dn) === 6 ? 0.12 : 1
    if (isPublicHoliday(dn)) volume = 0.06
    if (toMonthEnd <= 2) volume *= 1.5
    if (quarterEnd) volume *= 1.3
    if (yearEnd) volume *= 1.4
    if (d <= 3) volume *= 1.2
    if (d >= 10 && d <= 15) volume *= 1.1 // tax filing before the 15th
    if (beforeSpring) volume *= 1.5
    volume *= 1 + (0.12 * i) / days // the bank's business grows over the window
    cumulative += volume
    cdf[i] = cumulative
    amountFactor[i] =
      (toMonthEnd <= 2 ? 1.3 : 1) * (quarterEnd ? 1.2 : 1) * (yearEnd ? 1.3 : 1) * (beforeSpring ? 1.4 : 1)
    balanceFactor[i] =
      (quarterEnd && toMonthEnd <= 2 ? 1.25 : 1) * (yearEnd ? 1.15 : 1) * (dn >= sf - 14 && dn <= sf + 7 ? 0.8 : 1)
    bonusSeason[i] = beforeSpring ? 1 : 0
    dayOfMonth[i] = d
    dayText.push(formatDay(dn))
  }
  return { start, days, dayText, dayOfMonth, cdf, amountFactor, balanceFactor, bonusSeason }
}

/** A day index in [from, to] drawn with the calendar's activity weights (binary search on the cdf). */
export const sampleDay = (cal: FlowCalendar, u: number, from: number, to: number): number => {
  const lo0 = from > 0 ? cal.cdf[from - 1]! : 0
  const target = lo0 + u * (cal.cdf[to]! - lo0)
  let lo = from
  let hi = to
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (cal.cdf[mid]! > target) hi = mid
    else lo = mid + 1
  }
  return lo
}

// Office hours with the late-morning and mid-afternoon peaks of corporate banking.
const SLOTS: ReadonlyArray<readonly [number, number, number]> = [
  [8.5, 9, 0.3],
  [9, 10, 1],
  [10, 11, 1.3],
  [11, 12, 1.1],
  [12, 13, 0.45],
  [13, 14, 0.8],
  [14, 15, 1.2],
  [15, 16, 1.2],
  [16, 17, 0.9],
  [17, 17.5, 0.3]
]
const SLOT_CDF: ReadonlyArray<number> = SLOTS.map(
  (
    (sum) =>
    ([, , w]) =>
      (sum += w)
  )(0)
)

/** A second of the business day (08:30–17:30) from two uniforms. */
export const sampleSecond = (u: number, v: number): number => {
  const total = SLOT_CDF.at(-1)!
  const i = Math.max(
    0,
    SLOT_CDF.findIndex((c) => u * total < c)
  )
  const [from, to] = SLOTS[i]!
  return Math.floor(from * 3600 + v * (to - from) * 3600)
}
