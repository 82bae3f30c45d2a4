/**
 * Co-purchase segments: a mixture of multinomials over products (latent classes of customers who buy alike),
 * fitted by EM on the purchases up to D. A customer's class posterior follows from what it bought before a
 * moment; the feature is how much likelier product k is under that posterior than under the bank's mix — a
 * co-purchase signal normalised for popularity (0 for a customer without purchases or a product few bought).
 */
import type { PurchaseEvent } from "./Columns.js"
import type { Summary } from "./Summary.js"

export interface Segments {
  readonly classes: number
  /** ln θ[c × products + k]: ln of the share of product k among class c's purchases (smoothed). */
  readonly logTheta: Float64Array
  readonly theta: Float64Array
  readonly logPrior: Float64Array
  /** Σ_c π_c θ_ck: product k's share in the bank's mix. */
  readonly mix: Float64Array
}

/** Pseudo-purchases per class spread by the bank's product shares: a rarely bought product stays neutral. */
const SMOOTHING = 50

/** EM over at most `maxCustomers` customers (evenly spaced), `iterations` rounds, deterministic start. */
export const fitSegments = (
  events: ReadonlyArray<PurchaseEvent>,
  customers: number,
  products: number,
  classes: number,
  iterations: number,
  maxCustomers: number
): Segments => {
  const K = classes
  const P = products
  const stride = Math.max(1, Math.ceil(customers / maxCustomers))
  const byCustomer = new Map<number, Array<number>>()
  const share = new Float64Array(P)
  for (const e of events) {
    share[e.product]!++
    if (e.customer % stride !== 0) continue
    const list = byCustomer.get(e.customer)
    if (list === undefined) byCustomer.set(e.customer, [e.product])
    else list.push(e.product)
  }
  const total = Math.max(1, events.length)
  for (let k = 0; k < P; k++) share[k] = (share[k]! + 0.5) / (total + 0.5 * P)
  const lists = [...byCustomer.values()]
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
  for (let it = 0; it <= iterations; it++) {
    // M-step from the responsibilities (normalised per customer), then the E-step for the next round.
    counts.fill(0)
    mass.fill(0)
    lists.forEach((list, i) => {
      let z = 0
      for (let c = 0; c < K; c++) z += resp[i * K + c]!
      for (let c = 0; c < K; c++) {
        const r = resp[i * K + c]! / z
        mass[c]! += r
        for (const k of list) counts[c * P + k]! += r
      }
    })
    for (let c = 0; c < K; c++) {
      let n = 0
      for (let k = 0; k < P; k++) n += counts[c * P + k]!
      for (let k = 0; k < P; k++)
        logTheta[c * P + k] = Math.log((counts[c * P + k]! + SMOOTHING * share[k]!) / (n + SMOOTHING))
      logPrior[c] = Math.log((mass[c]! + 1) / (lists.length + K))
    }
    if (it === iterations) break
    lists.forEach((list, i) => {
      posteriorInto(u, logPrior, logTheta, P, list)
      for (let c = 0; c < K; c++) resp[i * K + c] = u[c]!
    })
  }
  const mix = new Float64Array(P)
  for (let c = 0; c < K; c++) for (let k = 0; k < P; k++) mix[k]! += Math.exp(logPrior[c]! + logTheta[c * P + k]!)
  return { classes: K, logTheta, theta: logTheta.map(Math.exp), logPrior, mix }
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
  let max = Number.NEGATIVE_INFINITY
  for (let c = 0; c < K; c++) if (out[c]! > max) max = out[c]!
  let z = 0
  for (let c = 0; c < K; c++) {
    out[c] = Math.exp(out[c]! - max)
    z += out[c]!
  }
  for (let c = 0; c < K; c++) out[c]! /= z
}

/** ln(P(k | the customer's class posterior) ÷ P(k | the bank's mix)); 0 without purchases. */
export const segmentLift = (g: Segments, posterior: Float64Array, count: number, k: number, P: number): number => {
  if (count === 0) return 0
  let p = 0
  for (let c = 0; c < g.classes; c++) p += posterior[c]! * g.theta[c * P + k]!
  return Math.log(p / g.mix[k]!)
}

/** Fills the summary's class posterior from the customer's kept history. */
export const segmentOf = (s: Summary, history: ReadonlyArray<PurchaseEvent>, g: Segments | null, P: number): void => {
  if (g === null) return
  if (s.segment.length !== g.classes) s.segment = new Float64Array(g.classes)
  posteriorInto(
    s.segment,
    g.logPrior,
    g.logTheta,
    P,
    history.map((e) => e.product)
  )
}
