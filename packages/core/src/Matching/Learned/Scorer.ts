/**
 * Scoring with the learned model at D: each customer's revealed preferences as of D, the utility of a pair, and
 * the score = 100 × the probability that the product is the customer's choice among those the hard rules allow
 * it on D (a softmax over its eligible products). One function computes the normaliser for the index build and
 * for a single customer's recommendations, so `match` and `recommand` give a pair the same score.
 */
import type { PreferenceConfig } from "../../Preferences/PreferenceConfig.js"
import { PIECE, runSteps, type Steps } from "../../Records/Steps.js"
import type { MatchingConfig } from "../MatchingConfig.js"
import type { ProductColumns } from "./Columns.js"
import { freeze } from "./CoPurchase.js"
import { customerParts, PARTS, type PairWeights, pairUtility, pairWeights, productParts } from "./FastUtility.js"
import { FEATURE_COUNT, fillFeatures } from "./Features.js"
import { keptFrom } from "./History.js"
import type { Learned } from "./Learn.js"
import { segmentOf, segmentWeight } from "./Segments.js"
import { emptySummary, LEVELS, listPool, type Summary, summarise } from "./Summary.js"

export interface LearnedScorer {
  readonly learned: Learned
  readonly products: ProductColumns
  /** Each customer's revealed preferences as of D (customers without purchases share one per cold cycle). */
  readonly summaries: ReadonlyArray<Summary>
  readonly tolerance: Uint8Array
  readonly capacity: Float64Array
  /** ln Σ exp(utility) over the customer's eligible products on D; −∞ when it has none. */
  readonly normaliser: Float64Array
  readonly config: MatchingConfig
  /** Scratch: a row of features, and the utilities of one customer's products. */
  readonly x: Float64Array
  readonly u: Float64Array
  /** FastUtility's parts: per customer (PARTS each), per product and segment; ln of each customer's funds. */
  readonly parts: Float64Array
  readonly base: readonly [Float64Array, Float64Array]
  readonly weights: readonly [PairWeights, PairWeights]
  readonly logCapacity: Float64Array
}

/** The utility of customer i for product k, as every served score computes it. */
export const utilityAt = (sc: LearnedScorer, i: number, k: number): number => {
  const s = sc.summaries[i]!
  const g = sc.learned.moment.segments
  const segment = s.count > 0 ? 1 : 0
  return pairUtility(
    sc.parts,
    i * PARTS,
    sc.base[segment],
    s,
    sc.capacity[i]!,
    sc.logCapacity[i]!,
    sc.weights[segment],
    sc.learned.moment,
    sc.products,
    k,
    sc.config,
    g !== null && segment === 1 ? segmentWeight(g, s, k) : 0
  )
}

/** The same utility as w · features, feature by feature (what the fit optimised; the reasons read the row). */
export const featureUtilityAt = (sc: LearnedScorer, i: number, k: number): number => {
  const s = sc.summaries[i]!
  const segment = s.count > 0 ? 1 : 0
  const x = sc.x
  fillFeatures(x, 0, s, sc.tolerance[i]!, sc.capacity[i]!, sc.products, k, sc.learned.moment, sc.config)
  const w = sc.learned.weights[segment]
  let u = sc.learned.intercepts[segment][k]!
  for (let f = 0; f < x.length; f++) u += w[f]! * x[f]!
  return u
}

/** ln Σ exp(u[j]) over u[0…n), `max` the largest of them. */
const logSumExp = (u: Float64Array, n: number, max: number): number => {
  if (n === 0) return Number.NEGATIVE_INFINITY
  let z = 0
  for (let j = 0; j < n; j++) z += Math.exp(u[j]! - max)
  return max + Math.log(z)
}

/** ln Σ exp(utility) over the products of a row of the hard rules (row[k] = 1: allowed), in catalogue order. */
export const normaliserOf = (sc: LearnedScorer, i: number, row: Uint8Array): number => {
  const u = sc.u
  let n = 0
  let max = Number.NEGATIVE_INFINITY
  for (let k = 0; k < sc.products.size; k++) {
    if (row[k] !== 1) continue
    const v = utilityAt(sc, i, k)
    u[n++] = v
    if (v > max) max = v
  }
  return logSumExp(u, n, max)
}

/** 0–100, one decimal: the pair's share of the customer's choice. */
export const learnedScore = (utility: number, normaliser: number): number =>
  Math.round(100 * Math.exp(utility - normaliser) * 10) / 10

export interface ScorerInput {
  readonly learned: Learned
  readonly products: ProductColumns
  readonly tolerance: Uint8Array
  readonly capacity: Float64Array
  readonly coldCycle: Uint8Array
  /** D as a day number. */
  readonly day: number
  /** The hard rules on D for customer i: out[k] = 1 when product k is allowed (Eligibility.allowedOnDay). */
  readonly eligibleRow: (i: number, out: Uint8Array) => void
  readonly config: MatchingConfig
  readonly preferences: PreferenceConfig
}

export const buildScorer = (input: ScorerInput): LearnedScorer => runSteps(buildScorerSteps(input))

/** `buildScorer`, pausing every PIECE customers. */
export function* buildScorerSteps(input: ScorerInput): Steps<LearnedScorer> {
  const { learned, products, config } = input
  freeze(learned.moment, products.size)
  yield
  const half = config.learning.halfLifeDays
  const cold = new Map<number, Summary>()
  const summaries: Array<Summary> = []
  const K = learned.moment.segments?.classes ?? 0
  const h = learned.histories
  const size = input.tolerance.length
  let warm = 0
  let kept = 0
  for (let i = 0; i < size; i++) {
    const to = h.start[i + 1]!
    if (to > h.start[i]!) warm++
    kept += to - keptFrom(h, i, to)
  }
  const pool = new Float64Array(warm * (LEVELS + K))
  const lists = listPool(kept)
  let at = 0
  for (let i = 0; i < size; i++) {
    if (i % PIECE === PIECE - 1) yield
    // The customer's history at D: its latest purchases, [from, to) of h.
    const to = h.start[i + 1]!
    const from = keptFrom(h, i, to)
    const cycle = input.coldCycle[i]!
    if (to > from) {
      const levels = pool.subarray(at, at + LEVELS)
      const classes = pool.subarray(at + LEVELS, at + LEVELS + K)
      at += LEVELS + K
      const s = summarise(
        emptySummary(levels, classes),
        h,
        from,
        to,
        input.day,
        cycle,
        products,
        half,
        input.preferences,
        lists
      )
      segmentOf(s, h, from, to, i, learned.moment.segments, input.tolerance[i]!, input.capacity[i]!, input.day)
      summaries.push(s)
      continue
    }
    let s = cold.get(cycle)
    if (s === undefined) {
      s = summarise(emptySummary(), h, 0, 0, input.day, cycle, products, half, input.preferences)
      cold.set(cycle, s)
    }
    summaries.push(s)
  }
  const sc: LearnedScorer = {
    learned,
    products,
    summaries,
    tolerance: input.tolerance,
    capacity: input.capacity,
    normaliser: new Float64Array(summaries.length),
    config,
    x: new Float64Array(FEATURE_COUNT),
    u: new Float64Array(products.size),
    parts: new Float64Array(summaries.length * PARTS),
    base: productParts(learned, products, config),
    weights: pairWeights(learned, config),
    logCapacity: Float64Array.from(input.capacity, (c) => Math.log(c))
  }
  for (let i = 0; i < summaries.length; i++) {
    if (i % PIECE === PIECE - 1) yield
    customerParts(sc.parts, i * PARTS, summaries[i]!, input.tolerance[i]!, learned, config)
  }
  const row = new Uint8Array(products.size)
  for (let i = 0; i < summaries.length; i++) {
    if (i % PIECE === PIECE - 1) yield
    input.eligibleRow(i, row)
    sc.normaliser[i] = normaliserOf(sc, i, row)
  }
  return sc
}
