/**
 * EM for a mixture of choice models (Segments.ts): each class c gives product k a strength θ_ck (Σ_k θ_ck = 1) and
 * a purchase from set S picks k with probability θ_ck ÷ Σ_{j∈S} θ_cj. The M-step is one minorise–maximise step
 * of that model (Hunter 2004): θ_ck ∝ (purchases of k) ÷ Σ over purchases of [k ∈ S] ÷ Σ_{j∈S} θ_cj, each purchase
 * weighted by its customer's responsibility. Every class is shrunk towards the one-class model by SMOOTHING
 * pseudo-purchases, so a rarely bought product stays neutral.
 */
import { PIECE, type Steps } from "../../Records/Steps.js"
import type { ChoiceSets } from "./ChoiceSets.js"
import { mmStep, setSums } from "./MixtureStep.js"

export interface Mixture {
  /** ln θ[c × products + k] and θ: class c's strength of product k (Σ_k = 1). */
  readonly logTheta: Float64Array
  readonly theta: Float64Array
  /** θ and ln θ laid out product-major: [k × classes + c]. */
  readonly thetaByProduct: Float64Array
  readonly logThetaByProduct: Float64Array
  readonly logPrior: Float64Array
}

/** One customer's purchases and the choice set of each. */
export interface Purchases {
  readonly products: Array<number>
  readonly sets: Array<number>
}

/**
 * Pseudo-purchases per class that follow the one-class model (the EM reads at most a few thousand customers, so
 * a class holds a few hundred purchases): 200 beat 50 by 2.5 points of the oracle's hit-rate@5 with product
 * families (seeds 1–2); 120 and 300 were within 0.7 of 200, 500 and more lost.
 */
const SMOOTHING = 200

/** MM steps to the one-class model every class is shrunk towards. */
const BASE_ROUNDS = 20

/** Adds customers [from, to)'s purchases and set exposures, weighted by their responsibilities. */
const accumulate = (
  customers: ReadonlyArray<Purchases>,
  resp: Float64Array,
  K: number,
  from: number,
  to: number,
  counts: Float64Array,
  exposure: Float64Array,
  mass: Float64Array
) => {
  for (let i = from; i < to; i++) {
    const list = customers[i]!
    let sum = 0
    for (let c = 0; c < K; c++) sum += resp[i * K + c]!
    for (let e = 0; e < list.products.length; e++) {
      const t = list.products[e]! * K
      const o = list.sets[e]! * K
      for (let c = 0; c < K; c++) {
        const r = resp[i * K + c]! / sum
        counts[t + c]! += r
        exposure[o + c]! += r
      }
    }
    for (let c = 0; c < K; c++) mass[c]! += resp[i * K + c]! / sum
  }
}

/** The responsibilities of customers [from, to) under θ (product-major) and ln z (sets × K). */
const expect = (
  customers: ReadonlyArray<Purchases>,
  resp: Float64Array,
  K: number,
  from: number,
  to: number,
  logPrior: Float64Array,
  logTheta: Float64Array,
  logZ: Float64Array,
  u: Float64Array
) => {
  for (let i = from; i < to; i++) {
    const list = customers[i]!
    for (let c = 0; c < K; c++) u[c] = logPrior[c]!
    for (let e = 0; e < list.products.length; e++) {
      const t = list.products[e]! * K
      const o = list.sets[e]! * K
      for (let c = 0; c < K; c++) u[c]! += logTheta[t + c]! - logZ[o + c]!
    }
    softmax(u)
    resp.set(u, i * K)
  }
}

export function* fitMixtureSteps(
  customers: ReadonlyArray<Purchases>,
  sets: ChoiceSets,
  P: number,
  K: number,
  rounds: number
): Steps<Mixture> {
  const S = sets.members.length
  // The one-class model: every customer's purchases together.
  const base = new Float64Array(P).fill(1 / P)
  const baseCounts = new Float64Array(P)
  const baseExposure = new Float64Array(S)
  const baseZ = new Float64Array(S)
  let total = 0
  for (const list of customers) {
    for (const k of list.products) baseCounts[k]!++
    for (const s of list.sets) baseExposure[s]!++
    total += list.products.length
  }
  for (let it = 0; it < BASE_ROUNDS; it++) {
    setSums(baseZ, base, sets, 1)
    mmStep(base, baseZ, baseCounts, baseExposure, sets, 1, P, null)
  }
  yield
  const prior = { num: new Float64Array(P), den: new Float64Array(P) }
  for (let k = 0; k < P; k++) {
    prior.num[k] = (SMOOTHING * (baseCounts[k]! + 0.5)) / (total + 0.5 * P)
    prior.den[k] = prior.num[k]! / base[k]!
  }
  const resp = new Float64Array(customers.length * K)
  let seed = 12_345
  for (let j = 0; j < resp.length; j++) {
    seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0
    resp[j] = 0.1 + (seed / 4_294_967_296) ** 4
  }
  // Product-major while fitting: the passes over a set's members read K classes in a row.
  const theta = new Float64Array(P * K)
  for (let k = 0; k < P; k++) theta.fill(base[k]!, k * K, (k + 1) * K)
  const logTheta = new Float64Array(P * K)
  const logPrior = new Float64Array(K)
  const counts = new Float64Array(P * K)
  const exposure = new Float64Array(S * K)
  const mass = new Float64Array(K)
  const u = new Float64Array(K)
  const z = new Float64Array(S * K)
  setSums(z, theta, sets, K)
  for (let it = 0; it <= rounds; it++) {
    // M-step from the responsibilities (normalised per customer), then the E-step for the next round.
    counts.fill(0)
    exposure.fill(0)
    mass.fill(0)
    for (let i = 0; i < customers.length; i += PIECE) {
      accumulate(customers, resp, K, i, Math.min(customers.length, i + PIECE), counts, exposure, mass)
      yield
    }
    mmStep(theta, z, counts, exposure, sets, K, P, prior)
    setSums(z, theta, sets, K)
    for (let i = 0; i < K * P; i++) logTheta[i] = Math.log(theta[i]!)
    for (let c = 0; c < K; c++) logPrior[c] = Math.log((mass[c]! + 1) / (customers.length + K))
    yield
    if (it === rounds) break
    for (let i = 0; i < S * K; i++) exposure[i] = Math.log(z[i]!)
    for (let i = 0; i < customers.length; i += PIECE) {
      expect(customers, resp, K, i, Math.min(customers.length, i + PIECE), logPrior, logTheta, exposure, u)
      yield
    }
    yield
  }
  // Class-major for scoring.
  const out = new Float64Array(K * P)
  for (let k = 0; k < P; k++) for (let c = 0; c < K; c++) out[c * P + k] = theta[k * K + c]!
  return { logTheta: out.map(Math.log), theta: out, thetaByProduct: theta, logThetaByProduct: logTheta, logPrior }
}

/** Log-weights to probabilities, in place. */
export const softmax = (out: Float64Array): void => {
  let max = Number.NEGATIVE_INFINITY
  for (let c = 0; c < out.length; c++) if (out[c]! > max) max = out[c]!
  let z = 0
  for (let c = 0; c < out.length; c++) {
    out[c] = Math.exp(out[c]! - max)
    z += out[c]!
  }
  for (let c = 0; c < out.length; c++) out[c]! /= z
}
