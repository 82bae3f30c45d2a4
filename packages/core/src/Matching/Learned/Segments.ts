/**
 * Co-purchase segments: a mixture of multinomials over products (latent classes of customers who buy alike),
 * fitted by EM on the purchases up to D. A customer's class posterior follows from what it bought before a
 * moment; the feature is how much likelier product k is under that posterior than under the bank's mix — a
 * co-purchase signal normalised for popularity (0 for a customer without purchases or a product few bought).
 * Cross-fitted: the customers are split in two halves, each half's mixture is fitted on its own purchases and
 * scores the other half, so no customer's own purchases shape the classes it is judged by (they would make the
 * feature look more telling in the fit than it is for the next purchase).
 */

import { PIECE, runSteps, type Steps } from "../../Records/Steps.js"
import type { PurchaseEvent } from "./Columns.js"
import type { Summary } from "./Summary.js"

export interface Mixture {
  /** ln θ[c × products + k] and θ: the share of product k among class c's purchases (smoothed). */
  readonly logTheta: Float64Array
  readonly theta: Float64Array
  readonly logPrior: Float64Array
  /** Σ_c π_c θ_ck: product k's share in the bank's mix. */
  readonly mix: Float64Array
}

export interface Segments {
  readonly classes: number
  /** Customers are read every `stride`; customer c belongs to half ⌊c ÷ stride⌋ mod 2. */
  readonly stride: number
  readonly halves: readonly [Mixture, Mixture]
}

/** Pseudo-purchases per class spread by the bank's product shares: a rarely bought product stays neutral. */
const SMOOTHING = 50

const halfOf = (customer: number, stride: number) => Math.floor(customer / stride) % 2

function* fitMixture(
  lists: ReadonlyArray<ReadonlyArray<number>>,
  share: Float64Array,
  K: number,
  rounds: number
): Steps<Mixture> {
  const P = share.length
  const resp = new Float64Array(lists.length * K)
  let seed = 12_345
  for (let j = 0; j < resp.length; j++) {
    seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0
    resp[j] = 0.1 + (seed / 4_294_967_296) ** 4
  }
  const logTheta = new Float64Array(K * P)
  const logPrior = new Float64Array(K)
  const counts = new Float64Array(K * P)
  const mass = new Float64Array(K)
  const u = new Float64Array(K)
  for (let it = 0; it <= rounds; it++) {
    // M-step from the responsibilities (normalised per customer), then the E-step for the next round.
    counts.fill(0)
    mass.fill(0)
    for (let i = 0; i < lists.length; i++) {
      const list = lists[i]!
      let z = 0
      for (let c = 0; c < K; c++) z += resp[i * K + c]!
      for (let c = 0; c < K; c++) {
        const r = resp[i * K + c]! / z
        mass[c]! += r
        for (const k of list) counts[c * P + k]! += r
      }
      if (i % PIECE === PIECE - 1) yield
    }
    for (let c = 0; c < K; c++) {
      let n = 0
      for (let k = 0; k < P; k++) n += counts[c * P + k]!
      for (let k = 0; k < P; k++)
        logTheta[c * P + k] = Math.log((counts[c * P + k]! + SMOOTHING * share[k]!) / (n + SMOOTHING))
      logPrior[c] = Math.log((mass[c]! + 1) / (lists.length + K))
    }
    if (it === rounds) break
    for (let i = 0; i < lists.length; i++) {
      posteriorInto(u, logPrior, logTheta, P, lists[i]!)
      resp.set(u, i * K)
      if (i % PIECE === PIECE - 1) yield
    }
    yield
  }
  const mix = new Float64Array(P)
  for (let c = 0; c < K; c++) for (let k = 0; k < P; k++) mix[k]! += Math.exp(logPrior[c]! + logTheta[c * P + k]!)
  return { logTheta, theta: logTheta.map(Math.exp), logPrior, mix }
}

/** EM over at most `maxCustomers` customers (evenly spaced), `rounds` rounds from a deterministic start. */
export const fitSegments = (
  events: ReadonlyArray<PurchaseEvent>,
  customers: number,
  products: number,
  classes: number,
  rounds: number,
  maxCustomers: number
): Segments => runSteps(fitSegmentsSteps(events, customers, products, classes, rounds, maxCustomers))

/** `fitSegments`, pausing within each EM round. */
export function* fitSegmentsSteps(
  events: ReadonlyArray<PurchaseEvent>,
  customers: number,
  products: number,
  classes: number,
  rounds: number,
  maxCustomers: number
): Steps<Segments> {
  const stride = Math.max(1, Math.ceil(customers / maxCustomers))
  const byCustomer = [new Map<number, Array<number>>(), new Map<number, Array<number>>()]
  const share = new Float64Array(products)
  for (let j = 0; j < events.length; j++) {
    const e = events[j]!
    if (j % (PIECE * 16) === PIECE * 16 - 1) yield
    share[e.product]!++
    if (e.customer % stride !== 0) continue
    const half = byCustomer[halfOf(e.customer, stride)]!
    const list = half.get(e.customer)
    if (list === undefined) half.set(e.customer, [e.product])
    else list.push(e.product)
  }
  const total = Math.max(1, events.length)
  for (let k = 0; k < products; k++) share[k] = (share[k]! + 0.5) / (total + 0.5 * products)
  const first = yield* fitMixture([...byCustomer[0]!.values()], share, classes, rounds)
  const second = yield* fitMixture([...byCustomer[1]!.values()], share, classes, rounds)
  return { classes, stride, halves: [first, second] }
}

/** The class posterior of a customer who bought `list` into `out` (K entries summing to 1). */
export const posteriorInto = (
  out: Float64Array,
  logPrior: Float64Array,
  logTheta: Float64Array,
  P: number,
  list: Iterable<number>
): void => {
  const K = logPrior.length
  for (let c = 0; c < K; c++) out[c] = logPrior[c]!
  for (const k of list) for (let c = 0; c < K; c++) out[c]! += logTheta[c * P + k]!
  softmaxInPlace(out)
}

/** Log-weights to probabilities, in place. */
const softmaxInPlace = (out: Float64Array): void => {
  const K = out.length
  let max = Number.NEGATIVE_INFINITY
  for (let c = 0; c < K; c++) if (out[c]! > max) max = out[c]!
  let z = 0
  for (let c = 0; c < K; c++) {
    out[c] = Math.exp(out[c]! - max)
    z += out[c]!
  }
  for (let c = 0; c < K; c++) out[c]! /= z
}

/** Fills the summary's class posterior from the customer's kept history, under the other half's mixture. */
export const segmentOf = (s: Summary, history: ReadonlyArray<PurchaseEvent>, g: Segments | null, P: number): void => {
  if (g === null || history.length === 0) return
  if (s.segment.length !== g.classes) s.segment = new Float64Array(g.classes)
  s.segmentHalf = 1 - halfOf(history[0]!.customer, g.stride)
  const mixture = g.halves[s.segmentHalf as 0 | 1]
  const out = s.segment
  const K = g.classes
  for (let c = 0; c < K; c++) out[c] = mixture.logPrior[c]!
  for (const e of history) for (let c = 0; c < K; c++) out[c]! += mixture.logTheta[c * P + e.product]!
  softmaxInPlace(out)
  // Only the classes the posterior gives a real chance are summed per product (the rest are left out alike in
  // fitting and scoring).
  s.segmentClasses.length = 0
  for (let c = 0; c < g.classes; c++) if (s.segment[c]! >= 1e-3) s.segmentClasses.push(c)
}

/** ln(P(k | the customer's class posterior) ÷ P(k | the bank's mix)); 0 without purchases. */
export const segmentLift = (g: Segments, s: Summary, k: number, P: number): number => {
  if (s.count === 0) return 0
  const mixture = g.halves[s.segmentHalf as 0 | 1]
  let p = 0
  let z = 0
  for (const c of s.segmentClasses) {
    p += s.segment[c]! * mixture.theta[c * P + k]!
    z += s.segment[c]!
  }
  return Math.log(p / z / mixture.mix[k]!)
}
