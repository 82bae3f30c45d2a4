/**
 * The features of a (customer, product) pair at a moment: revealed preferences (what it bought, recency-weighted),
 * its declared rating and funds, the product's popularity and co-purchases, and today's rule score. The same
 * function fills them for fitting (at each past purchase) and for scoring (at D), so the two cannot drift apart.
 */
import type { MatchingConfig } from "../MatchingConfig.js"
import { amountFit, rateFit, riskCloseness, termCloseness } from "../Score.js"
import { type MarketMoment, NO_TYPE, type ProductColumns } from "./Columns.js"
import { coPurchaseSums, logRecentOf, logTotalOf, popularityOf } from "./CoPurchase.js"
import {
  endingSoon,
  LAUNCH_DAYS,
  launchRecency,
  riskPosterior,
  startDistance,
  startShare,
  termPosterior,
  termSums
} from "./Segment.js"
import { segmentLift } from "./Segments.js"
import {
  productShare,
  RISK,
  RISK_EVIDENCE,
  RISK_FAVOURITE,
  type Summary,
  TERM,
  TERM_EVIDENCE,
  TERM_FAVOURITE,
  TYPE,
  TYPE_EVIDENCE,
  TYPE_FAVOURITE
} from "./Summary.js"

/** Feature names, in weight order (shown with the fitted weights). "h·" = only with history, "cold·" = without. */
export const FEATURES = [
  "h·riskShare",
  "h·riskNeighbourShare",
  "h·riskAboveBought",
  "h·riskBelowBought",
  "h·termShare",
  "h·termNeighbourShare",
  "h·rateVsBought",
  "h·rateAtLeastMinBought",
  "h·startVsBoughtAmount",
  "h·boughtBefore",
  "h·coPurchase",
  "h·riskEvidence",
  "h·termEvidence",
  "h·riskShare×depth",
  "h·termShare×depth",
  "h·coPurchase×depth",
  "h·riskFavourite",
  "h·termFavourite",
  "h·coPurchaseLift",
  "cold·belowTolerance",
  "cold·atTolerance",
  "cold·termFit",
  "cold·recentPopularity",
  "recentPopularity",
  "popularity",
  "belowTolerance",
  "atTolerance",
  "amountFit",
  "startVsFunds",
  "expectedRate",
  "riskPosterior",
  "termPosterior",
  "cold·riskSegment",
  "cold·termSegment",
  "oneBelowTolerance",
  "twoBelowTolerance",
  "launchRecency30",
  "launchRecency90",
  "launchRecency365",
  "endingSoon",
  "h·segmentLift",
  "h·segmentLift×depth",
  "h·coPurchaseLiftSum",
  "h·startShare",
  "h·startDistance",
  "h·typeShare",
  "h·typeEvidence",
  "h·typeFavourite",
  "h·typeShare×depth",
  "h·termExactShare",
  "h·termDistance",
  "rules"
] as const
export const FEATURE_COUNT = FEATURES.length
export const RULES_FEATURE = FEATURE_COUNT - 1

/** Scratch for the three co-purchase sums of one pair, and its two term sums. */
const sums = new Float64Array(3)
const terms = new Float64Array(2)

const clamp = (x: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, x))

/** Today's rule score (Score.ts) of the pair as of the moment, 0–1. */
export const ruleScore = (
  s: Summary,
  tolerance: number,
  capacity: number,
  p: ProductColumns,
  k: number,
  m: MarketMoment,
  config: MatchingConfig
): number => {
  const w = config.weights
  const total = w.risk + w.term + w.rate + w.amount + w.popularity
  const popularity = m.frozen === null ? popularityOf(m, k) : m.frozen.popularity[k]!
  const sum =
    w.risk * riskCloseness(tolerance, p.risk[k]!, config) +
    w.term * termCloseness(s.cycle, p.term[k]!, config) +
    w.rate * rateFit(s.count > 0 ? s.minRate : Number.NaN, p.rate[k]!, config) +
    w.amount * amountFit(capacity, p.startingYuan[k]!, config) +
    w.popularity * popularity
  return total > 0 ? sum / total : 0
}

/**
 * Writes the FEATURE_COUNT features of (customer, product k) at `x[o…]`; the customer's declared side is its
 * tolerance 1–5 and investable funds in yuan.
 */
export const fillFeatures = (
  x: Float64Array | Float32Array,
  o: number,
  s: Summary,
  tolerance: number,
  capacity: number,
  p: ProductColumns,
  k: number,
  m: MarketMoment,
  config: MatchingConfig
): void => {
  const h = s.count > 0 ? 1 : 0
  const cold = 1 - h
  const r = p.risk[k]!
  const b = p.term[k]!
  const start = p.startingYuan[k]!
  const v = s.levels
  x[o] = h * v[RISK + r]!
  x[o + 1] = h * ((r > 1 ? v[RISK + r - 1]! : 0) + (r < 5 ? v[RISK + r + 1]! : 0))
  x[o + 2] = h && r > s.maxRisk ? 1 : 0
  x[o + 3] = h * (Math.max(0, s.maxRisk - r) / 4)
  x[o + 4] = h * v[TERM + b]!
  x[o + 5] = h * ((b > 0 ? v[TERM + b - 1]! : 0) + (b < 3 ? v[TERM + b + 1]! : 0))
  x[o + 6] = h ? clamp(p.rate[k]! - s.meanRate, -2, 2) : 0
  x[o + 7] = h && p.rate[k]! >= s.minRate ? 1 : 0
  x[o + 8] = h ? clamp(p.logStartWan[k]! - s.meanLogAmount, -4, 4) / 4 : 0
  x[o + 9] = h ? productShare(s, k) : 0
  if (h) coPurchaseSums(s, k, m, p.size, sums)
  else sums.fill(0)
  x[o + 10] = sums[0]!
  x[o + 11] = h * v[RISK_EVIDENCE + r]!
  x[o + 12] = h * v[TERM_EVIDENCE + b]!
  // The same revealed shares again, scaled by how many purchases stand behind them (10 or more: fully).
  const depth = Math.min(s.count, 10) / 10
  x[o + 13] = x[o]! * depth
  x[o + 14] = x[o + 4]! * depth
  x[o + 15] = x[o + 10]! * depth
  x[o + 16] = h * v[RISK_FAVOURITE + r]!
  x[o + 17] = h * v[TERM_FAVOURITE + b]!
  x[o + 18] = sums[1]!
  const below = (tolerance - r) / 4
  const recent = m.frozen === null ? logRecentOf(m, k) : m.frozen.logRecent[k]!
  x[o + 19] = cold * below
  x[o + 20] = cold && r === tolerance ? 1 : 0
  x[o + 21] = cold * termCloseness(s.cycle, b, config)
  x[o + 22] = cold * recent
  x[o + 23] = recent
  x[o + 24] = m.frozen === null ? logTotalOf(m, k) : m.frozen.logTotal[k]!
  x[o + 25] = below
  x[o + 26] = r === tolerance ? 1 : 0
  x[o + 27] = amountFit(capacity, start, config)
  x[o + 28] = start > 0 && capacity > 0 ? clamp(p.logStart[k]! - Math.log(capacity), -8, 0) / 8 : 0
  x[o + 29] = (p.rate[k]! - 3) / 2
  const riskPost = riskPosterior(s, m, tolerance, r)
  const termPost = termPosterior(s, m, b)
  x[o + 30] = riskPost
  x[o + 31] = termPost
  x[o + 32] = cold * riskPost
  x[o + 33] = cold * termPost
  x[o + 34] = tolerance - r === 1 ? 1 : 0
  x[o + 35] = tolerance - r === 2 ? 1 : 0
  x[o + 36] = launchRecency(p, k, m.day, LAUNCH_DAYS[0])
  x[o + 37] = launchRecency(p, k, m.day, LAUNCH_DAYS[1])
  x[o + 38] = launchRecency(p, k, m.day, LAUNCH_DAYS[2])
  x[o + 39] = endingSoon(p, k, m.day)
  const lift = m.segments === null ? 0 : segmentLift(m.segments, s, k)
  x[o + 40] = lift
  x[o + 41] = lift * depth
  x[o + 42] = sums[2]!
  x[o + 43] = h ? startShare(s, p, k) : 0
  x[o + 44] = h ? startDistance(s, p, k) : 0
  // The product type (保本 / 非保本 / 结构性) among what the customer bought; nothing for a type of no name.
  const t = p.type[k]!
  const typed = t < NO_TYPE ? h : 0
  x[o + 45] = typed * v[TYPE + t]!
  x[o + 46] = typed * v[TYPE_EVIDENCE + t]!
  x[o + 47] = typed * v[TYPE_FAVOURITE + t]!
  x[o + 48] = x[o + 45]! * depth
  // The product's exact term among the terms bought, and how far it lies from them on a log scale.
  if (h) termSums(s, p, k, terms)
  else terms.fill(0)
  x[o + 49] = terms[0]!
  x[o + 50] = terms[1]!
  x[o + RULES_FEATURE] = ruleScore(s, tolerance, capacity, p, k, m, config)
}
