/**
 * trade (交易), innerScale (行内占比) and the chartable month list of one company (DOMAIN.md §3).
 *
 * The trade series runs over the window months from the month of the customer's first transaction (any
 * direction, even before the window) on, zero-filled: a quiet month is a real zero, not a missing value,
 * while months before the customer existed are not. So a lend-only customer still has a borrow trade block,
 * all zeros (its degrees are 无).
 */
import type { CompanyScan } from "./CompanyScan.js"
import { type CompiledThresholds, degreeOfRatios } from "./Fluctuation.js"
import { fenToYuan, hundredths, share4 } from "./Money.js"
import type { InnerScale, MonthFigures, TradeFigure } from "./PortraitTypes.js"
import type { MutableStanding } from "./Ranking.js"
import { WINDOW_MONTHS } from "./Window.js"

export type BuiltTrade = TradeFigure & MutableStanding

const ones = new Float64Array(WINDOW_MONTHS).fill(1)

/** [max, min, sum] of whole numbers: the sum is exact, and the mean is rounded once from it. */
const triple = (values: ArrayLike<number>): readonly [number, number, number] => {
  let max = Number.NEGATIVE_INFINITY
  let min = Number.POSITIVE_INFINITY
  let sum = 0
  for (let k = 0; k < values.length; k++) {
    max = Math.max(max, values[k]!)
    min = Math.min(min, values[k]!)
    sum += values[k]!
  }
  return [max, min, sum]
}

export const tradeFigures = (s: CompanyScan, th: CompiledThresholds): Array<BuiltTrade | null> =>
  [0, 1, 2].map((d) => {
    if (s.tradeFrom < 0) return null
    const from = s.tradeFrom
    const m = WINDOW_MONTHS - from
    // Amounts are whole fen and counts whole numbers: the ratio form with denominators 1 keeps them exact.
    const amounts = s.amount.subarray(d * WINDOW_MONTHS + from, (d + 1) * WINDOW_MONTHS)
    const counts = s.count.subarray(d * WINDOW_MONTHS + from, (d + 1) * WINDOW_MONTHS)
    const [aMax, aMin, aSum] = triple(amounts)
    const [qMax, qMin, qSum] = triple(counts)
    return {
      amount: [fenToYuan(aMax), fenToYuan(aMin), fenToYuan(aSum / m)] as const,
      quantity: [qMax, qMin, hundredths(qSum, m)] as const,
      amountFluctuationDegree: degreeOfRatios(amounts, ones, m, th),
      quantityFluctuationDegree: degreeOfRatios(counts, ones, m, th),
      rank: 0,
      branchRank: 0,
      outletRank: 0,
      level: 0
    }
  })

const total = (values: ArrayLike<number>, d: number): number => {
  let sum = 0
  for (let k = 0; k < WINDOW_MONTHS; k++) sum += values[d * WINDOW_MONTHS + k]!
  return sum
}

export const innerScaleOf = (s: CompanyScan): InnerScale => ({
  trade: share4(s.inAmount[1]! + s.inAmount[2]!, total(s.amount, 0)),
  quantity: share4(s.inCount[1]! + s.inCount[2]!, total(s.count, 0)),
  borrowTrade: share4(s.inAmount[1]!, total(s.amount, 1)),
  borrowQuantity: share4(s.inCount[1]!, total(s.count, 1)),
  lendTrade: share4(s.inAmount[2]!, total(s.amount, 2)),
  lendQuantity: share4(s.inCount[2]!, total(s.count, 2))
})

/** The 12 window months with their daily-average balance (fen, NaN when unknown) for idle funds. */
export const monthList = (s: CompanyScan, labels: ReadonlyArray<string>, avgFen: Float64Array): Array<MonthFigures> =>
  labels.map((month, k) => {
    avgFen[k] = s.eodDays[k] === 0 ? Number.NaN : s.eodSum[k]! / s.eodDays[k]!
    return {
      month,
      avgBalance: s.eodDays[k] === 0 ? null : fenToYuan(avgFen[k]!),
      borrowAmount: fenToYuan(s.amount[WINDOW_MONTHS + k]!),
      borrowCount: s.count[WINDOW_MONTHS + k]!,
      lendAmount: fenToYuan(s.amount[2 * WINDOW_MONTHS + k]!),
      lendCount: s.count[2 * WINDOW_MONTHS + k]!
    }
  })

/**
 * 沉淀资金: the lowest monthly average (d = all) among the window's last 6 months that have one. Months lack
 * an average only before the first known balance, so "the last 6 window months, those with an average" and
 * "the last 6 months having an average" are the same set.
 */
export const idleFundsOf = (avgFen: Float64Array): number | null => {
  let lowest = Number.POSITIVE_INFINITY
  for (let k = WINDOW_MONTHS - 6; k < WINDOW_MONTHS; k++) if (avgFen[k]! < lowest) lowest = avgFen[k]!
  return lowest === Number.POSITIVE_INFINITY ? null : fenToYuan(lowest)
}
