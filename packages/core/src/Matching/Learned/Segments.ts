/**
 * Co-purchase segments: a mixture of choice models (latent classes of customers who buy alike), fitted by EM on
 * the purchases up to D. Class c gives product k a strength θ_ck; a purchase picks k from the products the customer
 * could buy then (its choice set, ChoiceSets.ts) with probability θ_ck ÷ Σ θ over the set, so what the hard rules
 * and the sales windows explain is not taken for a taste. A customer's class posterior follows from what it bought
 * before a moment; the feature is how much likelier product k is under that posterior than under the bank's mix,
 * within the customer's set — a co-purchase signal normalised for popularity (0 without purchases).
 * Cross-fitted: the customers are split in folds; each fold's posteriors come from a mixture fitted on the other
 * folds, so no customer's own purchases shape the classes it is judged by (they would make the feature look more
 * telling in the fit than it is for the next purchase).
 */

import { runSteps, type Steps } from "../../Records/Steps.js"
import { type ChoiceSets, choiceSets, fundsRank, setKey, setOf } from "./ChoiceSets.js"
import type { ProductColumns } from "./Columns.js"
import type { Histories, PurchaseColumns } from "./History.js"
import { fitMixtureSteps, type Mixture, type Purchases, softmax } from "./Mixture.js"
import type { Summary } from "./Summary.js"

export interface Segments {
  readonly classes: number
  /** Customers are read every `stride`; customer c belongs to fold ⌊c ÷ stride⌋ mod folds. */
  readonly stride: number
  /** Mixture f is fitted on the customers of every fold but f, and scores fold f. */
  readonly mixtures: ReadonlyArray<Mixture>
  readonly sets: ChoiceSets
  /** Per fold and set key (setKey): ln Σ θ_c over the set per class, 1 ÷ that sum, the bank's mix within it. */
  readonly cache: Map<number, SetTerms>
}

interface SetTerms {
  readonly member: Uint8Array
  readonly logZ: Float64Array
  readonly inverseZ: Float64Array
  /** Σ_c π_c θ_ck ÷ Σ_{j∈set} θ_cj, per product; computed for the sets customers are scored in (mixOf). */
  mix: Float64Array | null
}

export interface SegmentsInput {
  readonly events: PurchaseColumns
  readonly customers: number
  readonly tolerance: Uint8Array
  readonly capacity: Float64Array
  readonly products: ProductColumns
}

const foldOf = (customer: number, stride: number, folds: number) => Math.floor(customer / stride) % folds

/** EM over at most `maxCustomers` customers (evenly spaced), `rounds` rounds from a deterministic start. */
export const fitSegments = (
  input: SegmentsInput,
  classes: number,
  rounds: number,
  maxCustomers: number,
  folds = 2
): Segments => runSteps(fitSegmentsSteps(input, classes, rounds, maxCustomers, folds))

/** `fitSegments`, pausing within each EM round. */
export function* fitSegmentsSteps(
  input: SegmentsInput,
  classes: number,
  rounds: number,
  maxCustomers: number,
  folds = 2
): Steps<Segments> {
  const P = input.products.size
  const stride = Math.max(1, Math.ceil(input.customers / maxCustomers))
  const sets = choiceSets(input.products)
  const byCustomer = Array.from({ length: folds }, () => new Map<number, Purchases>())
  const events = input.events
  for (let j = 0; j < events.size; j++) {
    const customer = events.customer[j]!
    const product = events.product[j]!
    if (j % 4096 === 4095) yield
    if (customer % stride !== 0) continue
    const set = setOf(sets, input.tolerance[customer]!, input.capacity[customer]!, events.day[j]!, product)
    const fold = byCustomer[foldOf(customer, stride, folds)]!
    const list = fold.get(customer)
    if (list === undefined) fold.set(customer, { products: [product], sets: [set] })
    else {
      list.products.push(product)
      list.sets.push(set)
    }
  }
  const mixtures: Array<Mixture> = []
  for (let f = 0; f < folds; f++) {
    const rest = byCustomer.flatMap((fold, g) => (g === f ? [] : [...fold.values()]))
    mixtures.push(yield* fitMixtureSteps(rest, sets, P, classes, rounds))
  }
  return { classes, stride, mixtures, sets, cache: new Map() }
}

/** Σ θ over the set per class and the bank's mix within it, for fold f's mixture (cached). */
const setTerms = (g: Segments, fold: number, tolerance: number, capacity: number, rank: number, day: number) => {
  const key = setKey(g.sets, tolerance, rank, day) * g.mixtures.length + fold
  let terms = g.cache.get(key)
  if (terms === undefined) {
    const set = setOf(g.sets, tolerance, capacity, day)
    const m = g.mixtures[fold]!
    const P = g.sets.products.size
    const K = g.classes
    const z = new Float64Array(K)
    for (const j of g.sets.members[set]!) for (let c = 0; c < K; c++) z[c]! += m.theta[c * P + j]!
    const member = g.sets.member[set]!
    terms = { member, logZ: z.map(Math.log), inverseZ: z.map((x) => 1 / Math.max(x, 1e-300)), mix: null }
    g.cache.set(key, terms)
  }
  return terms
}

/** The bank's mix within a set (a products × classes pass, so only for the sets customers are scored in). */
const mixOf = (g: Segments, fold: number, terms: SetTerms): Float64Array => {
  if (terms.mix === null) {
    const m = g.mixtures[fold]!
    const P = g.sets.products.size
    const mix = new Float64Array(P)
    for (let c = 0; c < g.classes; c++) {
      const w = Math.exp(m.logPrior[c]!) * terms.inverseZ[c]!
      for (let k = 0; k < P; k++) mix[k]! += w * m.theta[c * P + k]!
    }
    terms.mix = mix
  }
  return terms.mix
}

/**
 * Fills the summary's class posterior from customer c's kept history (positions [from, to) of `h`, each purchase
 * within its set), under the mixture fitted without the customer's fold, and the terms of its set on `day`.
 */
export const segmentOf = (
  s: Summary,
  h: Histories,
  from: number,
  to: number,
  customer: number,
  g: Segments | null,
  tolerance: number,
  capacity: number,
  day: number
): void => {
  if (g === null || to <= from) return
  const K = g.classes
  const P = g.sets.products.size
  if (s.segment.length !== K) s.segment = new Float64Array(K)
  s.segmentFold = foldOf(customer, g.stride, g.mixtures.length)
  const m = g.mixtures[s.segmentFold]!
  const out = s.segment
  for (let c = 0; c < K; c++) out[c] = m.logPrior[c]!
  const rank = fundsRank(g.sets.starts, capacity)
  for (let j = from; j < to; j++) {
    const terms = setTerms(g, s.segmentFold, tolerance, capacity, rank, h.day[j]!)
    const k = h.product[j]!
    const t = k * K
    if (terms.member[k] === 1) for (let c = 0; c < K; c++) out[c]! += m.logThetaByProduct[t + c]! - terms.logZ[c]!
    else
      for (let c = 0; c < K; c++)
        out[c]! += m.logTheta[c * P + k]! - Math.log(Math.exp(terms.logZ[c]!) + m.theta[c * P + k]!)
  }
  softmax(out)
  // Only the classes the posterior gives a real chance count (the rest are 0, alike in fitting and scoring); each
  // is kept as posterior ÷ Σ θ over the customer's set on the day.
  const terms = setTerms(g, s.segmentFold, tolerance, capacity, rank, day)
  s.segmentMix = mixOf(g, s.segmentFold, terms)
  s.segmentMass = 0
  for (let c = 0; c < K; c++)
    if (out[c]! >= 1e-3) {
      s.segmentMass += out[c]!
      out[c] = out[c]! * terms.inverseZ[c]!
    } else out[c] = 0
}

/** Σ over the kept classes of posterior × θ_ck (÷ Σ θ over the set): k's weight under the customer's classes. */
export const segmentWeight = (g: Segments, s: Summary, k: number): number => {
  // Product-major θ: the classes of one product lie side by side. A class left out adds 0 × θ = 0 exactly.
  const theta = g.mixtures[s.segmentFold]!.thetaByProduct
  const segment = s.segment
  const K = g.classes
  const at = k * K
  let p = 0
  for (let c = 0; c < K; c++) p += segment[c]! * theta[at + c]!
  return p
}

/** The lift of product k given its segment weight p (segmentWeight). */
export const liftOfWeight = (s: Summary, k: number, p: number): number => {
  const mix = s.segmentMix[k]!
  return mix > 0 && p > 0 ? Math.log(p / s.segmentMass / mix) : 0
}

/** ln(P(k | the customer's class posterior) ÷ P(k | the bank's mix)) within its set; 0 without purchases. */
export const segmentLift = (g: Segments, s: Summary, k: number): number =>
  s.count === 0 ? 0 : liftOfWeight(s, k, segmentWeight(g, s, k))
