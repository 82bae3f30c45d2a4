/**
 * The minorise–maximise step of the segments' choice models (Hunter 2004): class c's strengths θ_ck from its
 * weighted purchases and how often each product was in the sets its purchases were made from, each exposure
 * weighted by 1 ÷ Σ θ over that set. Arrays are product-major (θ[k × classes + c]): a set's members are read with
 * the classes in a row.
 */
import type { ChoiceSets } from "./ChoiceSets.js"

/** Σ_{j∈S} θ_cj per set and class into z (sets × K); θ is laid out product-major (θ[j × K + c]). */
export const setSums = (z: Float64Array, theta: Float64Array, sets: ChoiceSets, K: number) => {
  z.fill(0)
  for (let s = 0; s < sets.members.length; s++) {
    const o = s * K
    const members = sets.members[s]!
    for (let m = 0; m < members.length; m++) {
      const t = members[m]! * K
      for (let c = 0; c < K; c++) z[o + c]! += theta[t + c]!
    }
  }
}

/**
 * One MM step for K classes: θ (product-major) from the weighted purchases `counts` (product-major), the set
 * exposures (sets × K) and the set sums z of the current θ; `prior` pseudo-purchases per product (null: half a
 * purchase that keeps the current θ).
 */
export const mmStep = (
  theta: Float64Array,
  z: Float64Array,
  counts: Float64Array,
  exposure: Float64Array,
  sets: ChoiceSets,
  K: number,
  P: number,
  prior: { readonly num: Float64Array; readonly den: Float64Array } | null
) => {
  const den = new Float64Array(P * K)
  const rate = new Float64Array(K)
  for (let s = 0; s < sets.members.length; s++) {
    for (let c = 0; c < K; c++) rate[c] = z[s * K + c]! > 0 ? exposure[s * K + c]! / z[s * K + c]! : 0
    const members = sets.members[s]!
    for (let m = 0; m < members.length; m++) {
      const t = members[m]! * K
      for (let c = 0; c < K; c++) den[t + c]! += rate[c]!
    }
  }
  const sum = new Float64Array(K)
  for (let k = 0; k < P; k++)
    for (let c = 0; c < K; c++) {
      const i = k * K + c
      const num = counts[i]! + (prior === null ? 0.5 : prior.num[k]!)
      const d = den[i]! + (prior === null ? 0.5 / Math.max(theta[i]!, 1e-12) : prior.den[k]!)
      theta[i] = num / d
      sum[c]! += theta[i]!
    }
  for (let i = 0; i < P * K; i++) theta[i]! /= sum[i % K]!
}
