/**
 * Priors that do not need the customer's own purchases: what customers of the same segment bought (declared
 * tolerance for risk, balance-derived cycle for term), the revealed shares shrunk towards them, and the
 * product's place in its sales life (new launches, sales about to close) on the moment's day.
 */
import type { MarketMoment, ProductColumns } from "./Columns.js"
import { amountShare, productAt, productShareAt, RISK, type Summary, TERM } from "./Summary.js"

/** Purchases of prior the segment's distribution is worth against the customer's recency-weighted purchases. */
export const PRIOR_STRENGTH = 2

/** Smoothed share of level r among the purchases of customers with tolerance t. */
export const segmentRiskShare = (m: MarketMoment, t: number, r: number): number => {
  let sum = 0
  for (let l = 1; l <= 5; l++) sum += m.segRisk[t * 6 + l]!
  return (m.segRisk[t * 6 + r]! + 0.5) / (sum + 2.5)
}

/** Smoothed share of term bucket b among the purchases of customers with balance-derived cycle c. */
export const segmentTermShare = (m: MarketMoment, c: number, b: number): number => {
  let sum = 0
  for (let l = 0; l < 4; l++) sum += m.segTerm[c * 4 + l]!
  return (m.segTerm[c * 4 + b]! + 0.5) / (sum + 2)
}

/** ln of the customer's share of level r shrunk towards its segment's (the segment's alone without history). */
export const riskPosterior = (s: Summary, m: MarketMoment, t: number, r: number): number =>
  Math.log((s.weight * s.levels[RISK + r]! + PRIOR_STRENGTH * segmentRiskShare(m, t, r)) / (s.weight + PRIOR_STRENGTH))

export const termPosterior = (s: Summary, m: MarketMoment, b: number): number =>
  Math.log(
    (s.weight * s.levels[TERM + b]! + PRIOR_STRENGTH * segmentTermShare(m, s.segmentCycle, b)) /
      (s.weight + PRIOR_STRENGTH)
  )

/** Time scales (days) of the launch-recency features. */
export const LAUNCH_DAYS = [30, 90, 365] as const

/** exp(−days since the product's sales start ÷ scale): 1 on launch day, fading as it ages. */
export const launchRecency = (p: ProductColumns, k: number, day: number, scale: number): number => {
  const age = day - p.saleFrom[k]!
  return age >= 0 ? Math.exp(-age / scale) : age < 0 ? 1 : 0
}

/** exp(−days left on sale ÷ 30): 1 on the last day of sale. */
export const endingSoon = (p: ProductColumns, k: number, day: number): number => {
  const left = p.saleTo[k]! - day
  return left >= 0 ? Math.exp(-left / 30) : 0
}

/** Counts a purchase in its segments. */
export const countSegments = (m: MarketMoment, tolerance: number, cycle: number, p: ProductColumns, k: number) => {
  m.segRisk[tolerance * 6 + p.risk[k]!]!++
  m.segTerm[cycle * 4 + p.term[k]!]!++
}

/** The customer's recency-weighted share of purchases at product k's starting amount. */
export const startShare = (s: Summary, p: ProductColumns, k: number): number => amountShare(s, p.startingYuan[k]!)

/** Terms a hundredfold or more apart (a week and two years) count as unrelated. */
export const TERM_SPAN = Math.log(100)

/**
 * The customer's recency-weighted share of purchases with product k's term in days, and the recency-weighted mean
 * |ln term − ln k's term| of its purchases in units of TERM_SPAN (capped at 1), at `out[0]` and `out[1]`. Finer than
 * the four cycle buckets, which put 7 and 90 days together and 90 and 91 days apart.
 */
export const termSums = (s: Summary, p: ProductColumns, k: number, out: Float64Array): void => {
  const days = p.termDays[k]!
  const log = p.logTermDays[k]!
  let share = 0
  let distance = 0
  for (let j = 0; j < s.productCount; j++) {
    const q = productAt(s, j)
    const w = productShareAt(s, j)
    if (p.termDays[q] === days) share += w
    distance += w * Math.abs(log - p.logTermDays[q]!)
  }
  out[0] = share
  out[1] = Math.min(distance, TERM_SPAN) / TERM_SPAN
}

/** |ln starting amount − the mean ln starting amount bought|, in units of ln 10,000 (capped at 1). */
export const startDistance = (s: Summary, p: ProductColumns, k: number): number =>
  Math.min(Math.abs(p.logStartWan[k]! - s.meanLogStart), 9.2) / 9.2
