/**
 * hourBalance (时点余额) and monthBalance (月日均余额) of one company, from its scan (DOMAIN.md §3), on the
 * customer's summed balance.
 *
 * hourBalance: the balances right after the window's transactions (of the direction, for borrow and lend).
 * monthBalance: for all, each month's average of end-of-day balances over its known days; for borrow and lend,
 * each month's average of that direction's time-point balances, months without any skipped.
 */
import type { CompanyScan } from "./CompanyScan.js"
import { type CompiledThresholds, degreeOfMoments, degreeOfRatios } from "./Fluctuation.js"
import { fenToYuan, meanOfRatiosFen } from "./Money.js"
import type { BalanceFigure } from "./PortraitTypes.js"
import type { MutableStanding } from "./Ranking.js"
import { BORROW } from "./TradeColumns.js"
import type { GroupedTrades } from "./TradeOrder.js"
import { WINDOW_MONTHS } from "./Window.js"

export type BuiltBalance = BalanceFigure & MutableStanding

const figure = (maxFen: number, minFen: number, avgFen: number, degree: BalanceFigure["fluctuationDegree"]) => ({
  balance: [fenToYuan(maxFen), fenToYuan(minFen), fenToYuan(avgFen)] as const,
  fluctuationDegree: degree,
  rank: 0,
  branchRank: 0,
  outletRank: 0,
  level: 0
})

/** Per-slot hourBalance; the spread Σ(x − mean)² needs a second pass over the window's transactions. */
export const hourFigures = (s: CompanyScan, g: GroupedTrades, th: CompiledThresholds): Array<BuiltBalance | null> => {
  const n = [0, 0, 0]
  const sum = [0, 0, 0]
  for (let d = 0; d < 3; d++) {
    for (let k = 0; k < WINDOW_MONTHS; k++) {
      n[d]! += s.count[d * WINDOW_MONTHS + k]!
      sum[d]! += s.balanceSum[d * WINDOW_MONTHS + k]!
    }
  }
  const mean = [sum[0]! / n[0]!, sum[1]! / n[1]!, sum[2]! / n[2]!]
  const m2 = [0, 0, 0]
  for (let p = s.winFrom; p < s.winTo; p++) {
    const b = s.hourFen[p - s.winFrom]!
    const d = g.direction[p] === BORROW ? 1 : 2
    m2[0]! += (b - mean[0]!) ** 2
    m2[d]! += (b - mean[d]!) ** 2
  }
  const series = (d: number): Array<bigint> => {
    const out: Array<bigint> = []
    for (let p = s.winFrom; p < s.winTo; p++) {
      if (d === 0 || (d === 1) === (g.direction[p] === BORROW)) out.push(BigInt(s.hourFen[p - s.winFrom]!))
    }
    return out
  }
  return [0, 1, 2].map((d) => {
    if (n[d] === 0) return null
    const absSum = s.hourAbsSum[d]!
    const degree = degreeOfMoments(n[d]!, sum[d]!, absSum, m2[d]!, absSum < 2 ** 53, th, () => series(d))
    return figure(s.hourMax[d]!, s.hourMin[d]!, sum[d]! / n[d]!, degree)
  })
}

/** Fills num/den with the slot's monthly (sum, days-or-count) pairs that exist; returns how many. */
const monthSeries = (s: CompanyScan, d: number, num: Float64Array, den: Float64Array): number => {
  let m = 0
  for (let k = 0; k < WINDOW_MONTHS; k++) {
    const days = d === 0 ? s.eodDays[k]! : s.count[d * WINDOW_MONTHS + k]!
    if (days === 0) continue
    num[m] = d === 0 ? s.eodSum[k]! : s.balanceSum[d * WINDOW_MONTHS + k]!
    den[m++] = days
  }
  return m
}

// Scratch for at most 12 monthly pairs; the engine is synchronous, so one pair serves every call.
const num = new Float64Array(WINDOW_MONTHS)
const den = new Float64Array(WINDOW_MONTHS)

export const monthFigures = (s: CompanyScan, th: CompiledThresholds): Array<BuiltBalance | null> =>
  [0, 1, 2].map((d) => {
    const m = monthSeries(s, d, num, den)
    if (m === 0) return null
    let max = Number.NEGATIVE_INFINITY
    let min = Number.POSITIVE_INFINITY
    for (let i = 0; i < m; i++) {
      // One division of exact integers: correctly rounded, so a true x.5 fen stays x.5 and rounds away.
      const x = num[i]! / den[i]!
      max = Math.max(max, x)
      min = Math.min(min, x)
    }
    return figure(max, min, meanOfRatiosFen(num, den, m), degreeOfRatios(num, den, m, th))
  })
