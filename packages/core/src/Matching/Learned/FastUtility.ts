/**
 * The learned utility at D, factored for scoring every customer × product: w · features is linear, so the
 * terms that depend only on the product's risk level (5), term bucket (4) or type (3) are summed once per
 * customer, those that depend only on the product once per product and segment, and only the rate, amount and
 * co-purchase terms are computed per pair. Equal to w · fillFeatures(…) up to rounding (tested); every served score uses it.
 */
import type { MatchingConfig } from "../MatchingConfig.js"
import { amountFit, rateFit, riskCloseness, termCloseness } from "../Score.js"
import { type MarketMoment, NO_TYPE, type ProductColumns } from "./Columns.js"
import { coPurchase, coPurchaseLift, coPurchaseLiftSum } from "./CoPurchase.js"
import { FEATURES } from "./Features.js"
import type { Learned } from "./Learn.js"
import {
  endingSoon,
  LAUNCH_DAYS,
  launchRecency,
  riskPosterior,
  startDistance,
  startShare,
  TERM_SPAN,
  termPosterior,
  termSums
} from "./Segment.js"
import { liftOfWeight } from "./Segments.js"
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

const f = Object.fromEntries(FEATURES.map((name, i) => [name, i])) as Record<(typeof FEATURES)[number], number>
/** Scratch for the term sums of a pair without co-purchase tables. */
const terms = new Float64Array(2)

/** Per customer: risk parts for R1–R5 at 0–4, term parts for buckets 0–3 at 5–8, type parts at 9–11. */
export const PARTS = 9 + NO_TYPE

const clamp = (x: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, x))
const ruleTotal = (c: MatchingConfig) => {
  const w = c.weights
  return w.risk + w.term + w.rate + w.amount + w.popularity
}

/** Per product and segment [cold, warm]: intercept plus the product-only terms. */
export const productParts = (
  learned: Learned,
  p: ProductColumns,
  config: MatchingConfig
): [Float64Array, Float64Array] => {
  const m = learned.moment.frozen!
  const day = learned.moment.day
  const total = ruleTotal(config)
  return [0, 1].map((segment) => {
    const w = learned.weights[segment as 0 | 1]
    const cold = 1 - segment
    const rules = total > 0 ? w[f.rules]! / total : 0
    return Float64Array.from({ length: p.size }, (_, k) => {
      const recent = m.logRecent[k]!
      return (
        learned.intercepts[segment as 0 | 1][k]! +
        w[f["cold·recentPopularity"]]! * cold * recent +
        w[f.recentPopularity]! * recent +
        w[f.popularity]! * m.logTotal[k]! +
        (w[f.expectedRate]! * (p.rate[k]! - 3)) / 2 +
        w[f.launchRecency30]! * launchRecency(p, k, day, LAUNCH_DAYS[0]) +
        w[f.launchRecency90]! * launchRecency(p, k, day, LAUNCH_DAYS[1]) +
        w[f.launchRecency365]! * launchRecency(p, k, day, LAUNCH_DAYS[2]) +
        w[f.endingSoon]! * endingSoon(p, k, day) +
        rules * config.weights.popularity * m.popularity[k]!
      )
    })
  }) as [Float64Array, Float64Array]
}

/** Writes customer parts at `out[o…o + PARTS)`. */
export const customerParts = (
  out: Float64Array,
  o: number,
  s: Summary,
  tolerance: number,
  learned: Learned,
  config: MatchingConfig
): void => {
  const h = s.count > 0 ? 1 : 0
  const cold = 1 - h
  const w = learned.weights[h]
  const v = s.levels
  const depth = Math.min(s.count, 10) / 10
  const total = ruleTotal(config)
  const rules = total > 0 ? w[f.rules]! / total : 0
  const m = learned.moment
  for (let r = 1; r <= 5; r++) {
    const share = v[RISK + r]!
    const near = (r > 1 ? v[RISK + r - 1]! : 0) + (r < 5 ? v[RISK + r + 1]! : 0)
    const below = (tolerance - r) / 4
    const at = r === tolerance ? 1 : 0
    const post = riskPosterior(s, m, tolerance, r)
    out[o + r - 1] =
      w[f.riskPosterior]! * post +
      cold * w[f["cold·riskSegment"]]! * post +
      (tolerance - r === 1 ? w[f.oneBelowTolerance]! : 0) +
      (tolerance - r === 2 ? w[f.twoBelowTolerance]! : 0) +
      h *
        (w[f["h·riskShare"]]! * share +
          w[f["h·riskNeighbourShare"]]! * near +
          w[f["h·riskAboveBought"]]! * (r > s.maxRisk ? 1 : 0) +
          (w[f["h·riskBelowBought"]]! * Math.max(0, s.maxRisk - r)) / 4 +
          w[f["h·riskEvidence"]]! * v[RISK_EVIDENCE + r]! +
          w[f["h·riskShare×depth"]]! * share * depth +
          w[f["h·riskFavourite"]]! * v[RISK_FAVOURITE + r]!) +
      cold * (w[f["cold·belowTolerance"]]! * below + w[f["cold·atTolerance"]]! * at) +
      w[f.belowTolerance]! * below +
      w[f.atTolerance]! * at +
      rules * config.weights.risk * riskCloseness(tolerance, r, config)
  }
  for (let b = 0; b < 4; b++) {
    const share = v[TERM + b]!
    const near = (b > 0 ? v[TERM + b - 1]! : 0) + (b < 3 ? v[TERM + b + 1]! : 0)
    const fit = termCloseness(s.cycle, b, config)
    const post = termPosterior(s, m, b)
    out[o + 5 + b] =
      w[f.termPosterior]! * post +
      cold * w[f["cold·termSegment"]]! * post +
      h *
        (w[f["h·termShare"]]! * share +
          w[f["h·termNeighbourShare"]]! * near +
          w[f["h·termEvidence"]]! * v[TERM_EVIDENCE + b]! +
          w[f["h·termShare×depth"]]! * share * depth +
          w[f["h·termFavourite"]]! * v[TERM_FAVOURITE + b]!) +
      cold * w[f["cold·termFit"]]! * fit +
      rules * config.weights.term * fit
  }
  for (let t = 0; t < NO_TYPE; t++) {
    const share = v[TYPE + t]!
    out[o + 9 + t] =
      h *
      (w[f["h·typeShare"]]! * share +
        w[f["h·typeEvidence"]]! * v[TYPE_EVIDENCE + t]! +
        w[f["h·typeFavourite"]]! * v[TYPE_FAVOURITE + t]! +
        w[f["h·typeShare×depth"]]! * share * depth)
  }
}

/**
 * The weights `pairUtility` reads, one set per segment [cold, warm], looked up once per scorer rather than by name
 * at every pair (the expressions below are unchanged, so the utilities are the same numbers).
 */
export interface PairWeights {
  /** The rule score's weight in the model ÷ the rules' total weight, and the rules' rate and amount weights. */
  readonly rules: number
  readonly ruleRate: number
  readonly ruleAmount: number
  readonly amountFit: number
  readonly startVsFunds: number
  readonly rateVsBought: number
  readonly rateAtLeastMinBought: number
  readonly startVsBoughtAmount: number
  readonly boughtBefore: number
  readonly coPurchase: number
  readonly coPurchaseDepth: number
  readonly coPurchaseLift: number
  readonly coPurchaseLiftSum: number
  readonly startShare: number
  readonly startDistance: number
  readonly segmentLift: number
  readonly segmentLiftDepth: number
  readonly termExactShare: number
  readonly termDistance: number
}

export const pairWeights = (learned: Learned, config: MatchingConfig): readonly [PairWeights, PairWeights] => {
  const total = ruleTotal(config)
  const of = (w: Float64Array): PairWeights => ({
    rules: total > 0 ? w[f.rules]! / total : 0,
    ruleRate: config.weights.rate,
    ruleAmount: config.weights.amount,
    amountFit: w[f.amountFit]!,
    startVsFunds: w[f.startVsFunds]!,
    rateVsBought: w[f["h·rateVsBought"]]!,
    rateAtLeastMinBought: w[f["h·rateAtLeastMinBought"]]!,
    startVsBoughtAmount: w[f["h·startVsBoughtAmount"]]!,
    boughtBefore: w[f["h·boughtBefore"]]!,
    coPurchase: w[f["h·coPurchase"]]!,
    coPurchaseDepth: w[f["h·coPurchase×depth"]]!,
    coPurchaseLift: w[f["h·coPurchaseLift"]]!,
    coPurchaseLiftSum: w[f["h·coPurchaseLiftSum"]]!,
    startShare: w[f["h·startShare"]]!,
    startDistance: w[f["h·startDistance"]]!,
    segmentLift: w[f["h·segmentLift"]]!,
    segmentLiftDepth: w[f["h·segmentLift×depth"]]!,
    termExactShare: w[f["h·termExactShare"]]!,
    termDistance: w[f["h·termDistance"]]!
  })
  return [of(learned.weights[0]), of(learned.weights[1])]
}

/**
 * The utility of (customer, product k) from its parts and the per-pair terms; `pw` = pairWeights(…)[segment],
 * `segment` = Segments.segmentWeight of the pair (read only with co-purchase segments and a history).
 */
export const pairUtility = (
  parts: Float64Array,
  o: number,
  base: Float64Array,
  s: Summary,
  capacity: number,
  logCapacity: number,
  pw: PairWeights,
  m: MarketMoment,
  p: ProductColumns,
  k: number,
  config: MatchingConfig,
  segment: number
): number => {
  const h = s.count > 0 ? 1 : 0
  const rate = p.rate[k]!
  const start = p.startingYuan[k]!
  const fit = amountFit(capacity, start, config)
  let u = base[k]! + parts[o + p.risk[k]! - 1]! + parts[o + 5 + p.term[k]!]!
  if (p.type[k]! < NO_TYPE) u += parts[o + 9 + p.type[k]!]!
  u += pw.amountFit * fit
  if (start > 0 && capacity > 0) u += (pw.startVsFunds * clamp(p.logStart[k]! - logCapacity, -8, 0)) / 8
  u += pw.rules * (pw.ruleRate * rateFit(h ? s.minRate : Number.NaN, rate, config) + pw.ruleAmount * fit)
  if (h === 0) return u
  const depth = Math.min(s.count, 10) / 10
  u += pw.rateVsBought * clamp(rate - s.meanRate, -2, 2)
  if (rate >= s.minRate) u += pw.rateAtLeastMinBought
  u += (pw.startVsBoughtAmount * clamp(p.logStartWan[k]! - s.meanLogAmount, -4, 4)) / 4
  const frozen = m.frozen
  if (frozen !== null && frozen.cosine !== null && frozen.lift !== null) {
    // The three co-purchase features and the two term sums in one pass over the history (the same sums as
    // CoPurchase.ts and Segment.termSums), which also finds the product itself (bought before).
    const P = p.size
    const lists = s.lists
    const ids = s.listAt
    const shares = ids + s.productCount
    const days = p.termDays[k]!
    const log = p.logTermDays[k]!
    let at = -1
    let cosine = 0
    let lift = 0
    let liftSum = 0
    let sameTerm = 0
    let distance = 0
    for (let j = 0; j < s.productCount; j++) {
      const q = lists[ids + j]!
      const share = lists[shares + j]!
      if (p.termDays[q] === days) sameTerm += share
      distance += share * Math.abs(log - p.logTermDays[q]!)
      if (q === k) {
        at = j
        continue
      }
      cosine += share * frozen.cosine[q * P + k]!
      const l = frozen.lift[q * P + k]!
      lift += share * l
      liftSum += l
    }
    if (at >= 0) u += pw.boughtBefore * lists[shares + at]!
    u += (pw.coPurchase + pw.coPurchaseDepth * depth) * cosine
    u += pw.coPurchaseLift * lift + pw.coPurchaseLiftSum * liftSum
    u += pw.termExactShare * sameTerm + pw.termDistance * (Math.min(distance, TERM_SPAN) / TERM_SPAN)
  } else {
    const before = productShare(s, k)
    if (before > 0) u += pw.boughtBefore * before
    const cosine = coPurchase(s, k, m, p.size)
    u += (pw.coPurchase + pw.coPurchaseDepth * depth) * cosine
    u += pw.coPurchaseLift * coPurchaseLift(s, k, m, p.size)
    u += pw.coPurchaseLiftSum * coPurchaseLiftSum(s, k, m, p.size)
    termSums(s, p, k, terms)
    u += pw.termExactShare * terms[0]! + pw.termDistance * terms[1]!
  }
  u += pw.startShare * startShare(s, p, k) + pw.startDistance * startDistance(s, p, k)
  if (m.segments !== null) u += (pw.segmentLift + pw.segmentLiftDepth * depth) * liftOfWeight(s, k, segment)
  return u
}
