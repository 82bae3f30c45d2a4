/**
 * Revealed preferences (显性偏好): what a customer actually bought before a moment — the risk levels, terms,
 * rates and amounts of its purchases, each weighted by recency (half-life) — next to its declared facts.
 */
import { cycleBucket, median } from "../../Preferences/Buckets.js"
import type { PreferenceConfig } from "../../Preferences/PreferenceConfig.js"
import { cycleBuckets } from "../../Preferences/PreferenceLabels.js"
import type { ProductColumns, PurchaseEvent } from "./Columns.js"

export interface Summary {
  /** Purchases behind the summary (0 = no history: the cold-start features apply). */
  count: number
  /** Σ recency weights. */
  weight: number
  /** Recency-weighted shares: risk[r] for R1–R5 (index 1–5), term[b] per cycle bucket. */
  readonly risk: Float64Array
  readonly term: Float64Array
  /**
   * Evidence that a level / term is what the customer buys: the log of its smoothed share (half a purchase of
   * prior per level, so five purchases at R2 say more than one), and how likely it is the favourite if each
   * recency-weighted purchase there makes it e times likelier (a softmax of the counts).
   */
  readonly riskEvidence: Float64Array
  readonly termEvidence: Float64Array
  readonly riskFavourite: Float64Array
  readonly termFavourite: Float64Array
  /** Recency-weighted mean expected rate, the lowest rate bought, recency-weighted mean of ln(amount 万元). */
  meanRate: number
  minRate: number
  meanLogAmount: number
  /** Highest risk level bought. */
  maxRisk: number
  /** Cycle bucket the rules read: the median term bought, or without history the balance-derived cycle. */
  cycle: number
  /** Distinct products bought, with their recency-weighted shares. */
  readonly products: Array<number>
  readonly productWeight: Array<number>
}

export const emptySummary = (): Summary => ({
  count: 0,
  weight: 0,
  risk: new Float64Array(6),
  term: new Float64Array(4),
  riskEvidence: new Float64Array(6),
  termEvidence: new Float64Array(4),
  riskFavourite: new Float64Array(6),
  termFavourite: new Float64Array(4),
  meanRate: Number.NaN,
  minRate: Number.NaN,
  meanLogAmount: 0,
  maxRisk: 0,
  cycle: 0,
  products: [],
  productWeight: []
})

const evidence = (
  shares: Float64Array,
  weight: number,
  from: number,
  to: number,
  log: Float64Array,
  fav: Float64Array
) => {
  const levels = to - from + 1
  let z = 0
  for (let v = from; v <= to; v++) {
    log[v] = Math.log((shares[v]! * weight + 0.5) / (weight + 0.5 * levels)) + Math.log(levels)
    fav[v] = Math.exp(shares[v]! * weight)
    z += fav[v]!
  }
  for (let v = from; v <= to; v++) fav[v] = fav[v]! / z
}

/** Fills `s` from `history` (purchases before `day`, oldest first); `coldCycle` is used without history. */
export const summarise = (
  s: Summary,
  history: ReadonlyArray<PurchaseEvent>,
  day: number,
  coldCycle: number,
  p: ProductColumns,
  halfLifeDays: number,
  preferences: PreferenceConfig
): Summary => {
  s.risk.fill(0)
  s.term.fill(0)
  s.products.length = 0
  s.productWeight.length = 0
  s.count = history.length
  s.weight = 0
  s.maxRisk = 0
  s.minRate = Number.NaN
  let rate = 0
  let amount = 0
  const terms: Array<number> = []
  for (const e of history) {
    const w = 0.5 ** ((day - e.day) / halfLifeDays)
    const k = e.product
    s.weight += w
    s.risk[p.risk[k]!]! += w
    s.term[p.term[k]!]! += w
    rate += w * p.rate[k]!
    amount += w * Math.log(Math.max(e.amount, 1e-3))
    if (p.risk[k]! > s.maxRisk) s.maxRisk = p.risk[k]!
    if (!(p.rate[k]! >= s.minRate)) s.minRate = p.rate[k]!
    terms.push(p.termDays[k]!)
    const at = s.products.indexOf(k)
    if (at < 0) {
      s.products.push(k)
      s.productWeight.push(w)
    } else s.productWeight[at]! += w
  }
  if (s.weight > 0) {
    for (let r = 1; r <= 5; r++) s.risk[r]! /= s.weight
    for (let b = 0; b < 4; b++) s.term[b]! /= s.weight
    for (let j = 0; j < s.productWeight.length; j++) s.productWeight[j]! /= s.weight
    s.meanRate = rate / s.weight
    s.meanLogAmount = amount / s.weight
  } else {
    s.meanRate = Number.NaN
    s.meanLogAmount = 0
  }
  evidence(s.risk, s.weight, 1, 5, s.riskEvidence, s.riskFavourite)
  evidence(s.term, s.weight, 0, 3, s.termEvidence, s.termFavourite)
  s.cycle =
    terms.length > 0
      ? (cycleBuckets as ReadonlyArray<string>).indexOf(cycleBucket(median(terms), preferences))
      : coldCycle
  return s
}
