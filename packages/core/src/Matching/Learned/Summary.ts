/**
 * Revealed preferences (显性偏好): what a customer actually bought before a moment — the risk levels, terms,
 * rates and amounts of its purchases, each weighted by recency (half-life) — next to its declared facts.
 */
import { cycleBucket } from "../../Preferences/Buckets.js"
import type { PreferenceConfig } from "../../Preferences/PreferenceConfig.js"
import { cycleBuckets } from "../../Preferences/PreferenceLabels.js"
import { NO_TYPE, type ProductColumns } from "./Columns.js"
import type { Histories } from "./History.js"

export const RISK = 0
export const TERM = 6
export const RISK_EVIDENCE = 10
export const TERM_EVIDENCE = 16
export const RISK_FAVOURITE = 20
export const TERM_FAVOURITE = 26
/** Product types (Columns.PRODUCT_TYPES, 3): share, evidence, favourite. */
export const TYPE = 30
export const TYPE_EVIDENCE = 33
export const TYPE_FAVOURITE = 36
/** Numbers in `Summary.levels`. */
export const LEVELS = 39

export interface Summary {
  /** Purchases behind the summary (0 = no history: the cold-start features apply). */
  count: number
  /** Σ recency weights. */
  weight: number
  /**
   * Per level and term, one array (offsets below): recency-weighted shares of risk R1–R5 (RISK + 1…5) and of each
   * cycle bucket (TERM + 0…3); the evidence that a level / term is what the customer buys — the log of its
   * smoothed share (half a purchase of prior per level, so five purchases at R2 say more than one) — and how
   * likely it is the favourite if each recency-weighted purchase there makes it e times likelier (softmax); the
   * same three for the product types (TYPE…), over the purchases of a known type.
   */
  readonly levels: Float64Array
  /** Recency-weighted mean expected rate, the lowest rate bought, recency-weighted mean of ln(amount 万元). */
  meanRate: number
  minRate: number
  meanLogAmount: number
  /** Recency-weighted mean ln(starting amount 万元) of the products bought. */
  meanLogStart: number
  /** Highest risk level bought. */
  maxRisk: number
  /** The balance-derived cycle (周期偏好 from 波动程度), the customer's term segment. */
  segmentCycle: number
  /** Cycle bucket the rules read: the median term bought, or without history the balance-derived cycle. */
  cycle: number
  /**
   * The class posterior of its purchases among the co-purchase segments (Segments.ts), when fitted: each class
   * with a posterior of at least 0.1 % as posterior ÷ Σ θ of the class over the customer's set, the others 0.
   */
  segment: Float64Array
  /** The customer's fold: its posterior is under the mixture fitted without that fold. */
  segmentFold: number
  /** Σ of the kept classes' posterior, and the bank's mix within the customer's set at the moment. */
  segmentMass: number
  segmentMix: Float64Array
  /**
   * The distinct products bought with their recency-weighted shares, and the starting amounts bought with theirs
   * (the ticket size the customer buys), as runs of `lists` from `listAt`: productCount products, their shares,
   * startCount amounts, theirs (read through productAt, productShareAt, productShare, amountShare). The scorer's
   * summaries share one buffer: four arrays of their own per customer were most of the objects the collector
   * moved while the scorer was built.
   */
  lists: Float64Array
  listAt: number
  productCount: number
  startCount: number
}

/** Nothing (never written to: segmentOf and summarise give a summary arrays of its own before filling them). */
const NONE = new Float64Array(0)

/** The j-th distinct product bought, and its recency-weighted share. */
export const productAt = (s: Summary, j: number): number => s.lists[s.listAt + j]!
export const productShareAt = (s: Summary, j: number): number => s.lists[s.listAt + s.productCount + j]!

/** The recency-weighted share of product k among the customer's purchases (0: never bought). */
export const productShare = (s: Summary, k: number): number => {
  for (let j = 0; j < s.productCount; j++) if (productAt(s, j) === k) return productShareAt(s, j)
  return 0
}

/** The recency-weighted share of the purchases at a starting amount (yuan). */
export const amountShare = (s: Summary, amount: number): number => {
  const at = s.listAt + 2 * s.productCount
  for (let j = 0; j < s.startCount; j++) if (s.lists[at + j] === amount) return s.lists[at + s.startCount + j]!
  return 0
}

/** Summaries' lists in one buffer (the scorer's): each summary takes the next places from `at`. */
export interface ListPool {
  readonly lists: Float64Array
  at: number
}

/** A pool for summaries of histories holding `purchases` purchases in all. */
export const listPool = (purchases: number): ListPool => ({ lists: new Float64Array(4 * purchases), at: 0 })

/**
 * A summary to fill. The scorer keeps one per customer and passes views of one pooled array (`levels`, and
 * `segment` for the co-purchase classes): a typed array of its own per customer is a buffer outside the heap
 * each, which the collector tracks one by one.
 */
export const emptySummary = (
  levels: Float64Array = new Float64Array(LEVELS),
  segment: Float64Array = NONE
): Summary => ({
  count: 0,
  weight: 0,
  levels,
  meanRate: Number.NaN,
  minRate: Number.NaN,
  meanLogAmount: 0,
  meanLogStart: 0,
  maxRisk: 0,
  cycle: 0,
  segmentCycle: 0,
  segment,
  segmentFold: 0,
  segmentMass: 0,
  segmentMix: NONE,
  lists: NONE,
  listAt: 0,
  productCount: 0,
  startCount: 0
})

const evidence = (v: Float64Array, weight: number, at: number, from: number, to: number, log: number, fav: number) => {
  const levels = to - from + 1
  let z = 0
  for (let l = from; l <= to; l++) {
    v[log + l] = Math.log((v[at + l]! * weight + 0.5) / (weight + 0.5 * levels)) + Math.log(levels)
    v[fav + l] = Math.exp(v[at + l]! * weight)
    z += v[fav + l]!
  }
  for (let l = from; l <= to; l++) v[fav + l] = v[fav + l]! / z
}

/** Scratch: the terms bought, and the distinct products and starting amounts with their weights. */
let terms = new Float64Array(64)
let ids = new Float64Array(64)
let idWeight = new Float64Array(64)
let starts = new Float64Array(64)
let startWeight = new Float64Array(64)

const indexIn = (list: Float64Array, n: number, value: number) => {
  for (let j = 0; j < n; j++) if (list[j] === value) return j
  return -1
}

/** Writes the lists (products, shares, amounts, shares) to the pool's next places, or to the summary's own buffer. */
const keepLists = (s: Summary, distinct: number, amounts: number, pool: ListPool | undefined) => {
  const need = 2 * (distinct + amounts)
  if (pool === undefined) {
    if (s.lists.length < need) s.lists = new Float64Array(Math.max(need, 64))
    s.listAt = 0
  } else {
    s.lists = pool.lists
    s.listAt = pool.at
    pool.at += need
  }
  s.productCount = distinct
  s.startCount = amounts
  const out = s.lists
  let o = s.listAt
  for (let j = 0; j < distinct; j++) out[o++] = ids[j]!
  for (let j = 0; j < distinct; j++) out[o++] = idWeight[j]!
  for (let j = 0; j < amounts; j++) out[o++] = starts[j]!
  for (let j = 0; j < amounts; j++) out[o++] = startWeight[j]!
}

/** The median of terms[0…n), n > 0 (Buckets.median without a copy). */
const medianTerm = (n: number) => {
  const sorted = terms.subarray(0, n).sort()
  const mid = n >> 1
  return n % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/**
 * Fills `s` from the customer's history before `day`: positions [from, to) of `h`, oldest first; `coldCycle` is
 * used without history.
 */
export const summarise = (
  s: Summary,
  h: Histories,
  from: number,
  to: number,
  day: number,
  coldCycle: number,
  p: ProductColumns,
  halfLifeDays: number,
  preferences: PreferenceConfig,
  pool?: ListPool
): Summary => {
  const v = s.levels
  // A loop, not fill: the builtin's call costs more than 39 stores, once per customer.
  for (let l = 0; l < v.length; l++) v[l] = 0
  s.count = to - from
  s.weight = 0
  s.maxRisk = 0
  s.minRate = Number.NaN
  let rate = 0
  let amount = 0
  let start = 0
  let typed = 0
  if (terms.length < to - from) {
    terms = new Float64Array(to - from)
    ids = new Float64Array(to - from)
    idWeight = new Float64Array(to - from)
    starts = new Float64Array(to - from)
    startWeight = new Float64Array(to - from)
  }
  let distinct = 0
  let amounts = 0
  // 0.5 ** (age ÷ half-life), through exp: a power with a fractional exponent costs several times more.
  const decay = -Math.LN2
  for (let j = from; j < to; j++) {
    const w = Math.exp((decay * (day - h.day[j]!)) / halfLifeDays)
    const k = h.product[j]!
    s.weight += w
    v[RISK + p.risk[k]!]! += w
    v[TERM + p.term[k]!]! += w
    if (p.type[k]! < NO_TYPE) {
      v[TYPE + p.type[k]!]! += w
      typed += w
    }
    rate += w * p.rate[k]!
    amount += w * Math.log(Math.max(h.amount[j]!, 1e-3))
    if (p.risk[k]! > s.maxRisk) s.maxRisk = p.risk[k]!
    if (!(p.rate[k]! >= s.minRate)) s.minRate = p.rate[k]!
    terms[j - from] = p.termDays[k]!
    start += w * p.logStartWan[k]!
    const st = indexIn(starts, amounts, p.startingYuan[k]!)
    if (st < 0) {
      starts[amounts] = p.startingYuan[k]!
      startWeight[amounts++] = w
    } else startWeight[st]! += w
    const at = indexIn(ids, distinct, k)
    if (at < 0) {
      ids[distinct] = k
      idWeight[distinct++] = w
    } else idWeight[at]! += w
  }
  if (s.weight > 0) {
    for (let r = 1; r <= 5; r++) v[RISK + r]! /= s.weight
    for (let b = 0; b < 4; b++) v[TERM + b]! /= s.weight
    if (typed > 0) for (let t = 0; t < NO_TYPE; t++) v[TYPE + t]! /= typed
    for (let j = 0; j < distinct; j++) idWeight[j]! /= s.weight
    for (let j = 0; j < amounts; j++) startWeight[j]! /= s.weight
    s.meanLogStart = start / s.weight
    s.meanRate = rate / s.weight
    s.meanLogAmount = amount / s.weight
  } else {
    s.meanRate = Number.NaN
    s.meanLogAmount = 0
    s.meanLogStart = 0
  }
  keepLists(s, distinct, amounts, pool)
  evidence(v, s.weight, RISK, 1, 5, RISK_EVIDENCE, RISK_FAVOURITE)
  evidence(v, s.weight, TERM, 0, 3, TERM_EVIDENCE, TERM_FAVOURITE)
  evidence(v, typed, TYPE, 0, NO_TYPE - 1, TYPE_EVIDENCE, TYPE_FAVOURITE)
  s.segmentCycle = coldCycle
  s.cycle =
    to > from
      ? (cycleBuckets as ReadonlyArray<string>).indexOf(cycleBucket(medianTerm(to - from), preferences))
      : coldCycle
  return s
}
