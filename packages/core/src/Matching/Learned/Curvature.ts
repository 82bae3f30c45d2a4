/**
 * The conditional logit's curvature along each coordinate (the Hessian's diagonal) at a point: per purchase, the
 * variance of each feature over the choice set under the model's probabilities (and p(1 − p) for the chosen
 * product's intercept), averaged over the purchases, plus the prior's. The fit (Fit.ts) starts L-BFGS from its
 * inverse instead of from one scale for every coordinate: the features' scales and the products' frequencies
 * differ by orders of magnitude, and with one scale the fit was still improving after 30 iterations.
 */
import { PIECE, type Steps } from "../../Records/Steps.js"
import { expShifted, utilitiesOf } from "./Choice.js"
import type { ChoiceData, FitOptions } from "./Fit.js"

/** Curvature below which a coordinate counts as flat (a feature that is 0 in every fitted row, without a prior). */
const FLAT = 1e-12

export function* curvatureSteps(d: ChoiceData, theta: Float64Array, o: FitOptions): Steps<Float64Array> {
  const F = d.features
  const { x, product, from } = d
  const h = new Float64Array(theta.length)
  const mean = new Float64Array(F)
  let p = new Float64Array(256)
  for (let e = o.first; e < o.last; e++) {
    if ((e - o.first) % PIECE === PIECE - 1) yield
    const a = from[e]!
    const n = from[e + 1]! - a
    if (n > p.length) p = new Float64Array(n)
    const z = expShifted(p, n, utilitiesOf(d, theta, a, n, p))
    mean.fill(0)
    for (let j = 0; j < n; j++) {
      const q = p[j]! / z
      p[j] = q
      const row = (a + j) * F
      for (let f = 0; f < F; f++) mean[f]! += q * x[row + f]!
      h[F + product[a + j]!]! += q * (1 - q)
    }
    for (let j = 0; j < n; j++) {
      const row = (a + j) * F
      for (let f = 0; f < F; f++) {
        const dev = x[row + f]! - mean[f]!
        h[f]! += p[j]! * dev * dev
      }
    }
  }
  const count = Math.max(1, o.last - o.first)
  for (let i = 0; i < h.length; i++) h[i] = Math.max(FLAT, h[i]! / count + (i < F ? o.l2 : o.l2Product))
  return h
}
