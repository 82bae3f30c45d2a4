/**
 * The analysis window (DOMAIN.md §3): the 12 calendar months ending with the analysis date D's month, the
 * last month counting only its days up to D.
 *
 * Month boundaries are precomputed as day numbers and epoch ms so the per-transaction loop only compares.
 */
import { DAY_MS, firstDayOfMonth, formatDay, formatMonth, monthOfDay, parseDay } from "./Calendar.js"
import type { TradeColumns } from "./TradeColumns.js"

export const WINDOW_MONTHS = 12

export interface AnalysisWindow {
  /** Day number of D. */
  readonly endDay: number
  /** Epoch ms of the midnight after D: transactions at or after it are later than D and ignored. */
  readonly endMs: number
  /** Day number of the window's first day. */
  readonly startDay: number
  readonly startMs: number
  /** Month ordinal of the window's first month. */
  readonly firstMonth: number
  /** monthStartDay[k] is the first day of window month k; [12] is the day after D (the window's end). */
  readonly monthStartDay: Int32Array
  readonly monthStartMs: Float64Array
  readonly monthLabels: ReadonlyArray<string>
  readonly analysisDate: string
  readonly firstDate: string
}

/** D from the configured date, else from the latest trade; null when neither exists. */
export const resolveWindow = (trades: TradeColumns, analysisDate: string | undefined): AnalysisWindow | null => {
  let endDay: number
  if (analysisDate !== undefined) {
    endDay = parseDay(analysisDate)
    if (Number.isNaN(endDay)) throw new RangeError(`analysisDate must be YYYY-MM-DD, got "${analysisDate}"`)
  } else {
    if (trades.length === 0) return null
    let latest = Number.NEGATIVE_INFINITY
    for (let i = 0; i < trades.length; i++) if (trades.time[i]! > latest) latest = trades.time[i]!
    endDay = Math.floor(latest / DAY_MS)
  }
  const firstMonth = monthOfDay(endDay) - (WINDOW_MONTHS - 1)
  const monthStartDay = new Int32Array(WINDOW_MONTHS + 1)
  const monthStartMs = new Float64Array(WINDOW_MONTHS + 1)
  for (let k = 0; k < WINDOW_MONTHS; k++) monthStartDay[k] = firstDayOfMonth(firstMonth + k)
  monthStartDay[WINDOW_MONTHS] = endDay + 1
  for (let k = 0; k <= WINDOW_MONTHS; k++) monthStartMs[k] = monthStartDay[k]! * DAY_MS
  return {
    endDay,
    endMs: (endDay + 1) * DAY_MS,
    startDay: monthStartDay[0]!,
    startMs: monthStartMs[0]!,
    firstMonth,
    monthStartDay,
    monthStartMs,
    monthLabels: Array.from({ length: WINDOW_MONTHS }, (_, k) => formatMonth(firstMonth + k)),
    analysisDate: formatDay(endDay),
    firstDate: formatDay(monthStartDay[0]!)
  }
}

/** Window month index (0–11) of a day inside the window. */
export const windowMonthOf = (w: AnalysisWindow, day: number): number => {
  let k = 0
  while (k < WINDOW_MONTHS - 1 && day >= w.monthStartDay[k + 1]!) k++
  return k
}
