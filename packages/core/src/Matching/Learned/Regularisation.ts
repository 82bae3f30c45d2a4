/**
 * Choosing how strongly the fit is regularised, from the bank's own purchases: a path of fits from the strongest
 * prior to the weakest (each started from the previous one, so it converges in a few iterations) on the earlier
 * purchases, judged by the mean log-likelihood of the held-out (latest) ones. A small bank ends near the prior
 * (its held-out purchases punish a fit that follows noise), a large one near its data; no constant is tuned to a
 * particular bank.
 */

import { runSteps, type Steps } from "../../Records/Steps.js"
import { type ChoiceData, type FitOptions, fitChoicesSteps } from "./Fit.js"

/** Mean log-likelihood of the chosen products of events [first, last) under theta (higher is better). */
export const heldOutLogLikelihood = (d: ChoiceData, theta: Float64Array, first: number, last: number): number => {
  const F = d.features
  const { x, product, from, chosen } = d
  let sum = 0
  let u = new Float64Array(256)
  for (let e = first; e < last; e++) {
    const a = from[e]!
    const n = from[e + 1]! - a
    if (n > u.length) u = new Float64Array(n)
    let max = Number.NEGATIVE_INFINITY
    for (let j = 0; j < n; j++) {
      let v = theta[F + product[a + j]!]!
      const row = (a + j) * F
      for (let f = 0; f < F; f++) v += theta[f]! * x[row + f]!
      u[j] = v
      if (v > max) max = v
    }
    let z = 0
    for (let j = 0; j < n; j++) z += Math.exp(u[j]! - max)
    sum += u[chosen[e]! - a]! - max - Math.log(z)
  }
  return last > first ? sum / (last - first) : 0
}

export interface PathPoint {
  /** Multiplier of the configured prior precisions (l2, l2Product). */
  readonly scale: number
  readonly heldOut: number
}

export interface Chosen {
  readonly theta: Float64Array
  readonly scale: number
  readonly path: ReadonlyArray<PathPoint>
}

/**
 * Fits events [0, split) at each scale of `scales` (strongest prior first) and keeps the fit whose held-out
 * events [split, events) are likeliest. `base` holds the per-event precisions at scale 1. The path stops once
 * two scales in a row did worse than the best (the held-out curve has one peak in practice).
 */
export const choosePrior = (
  d: ChoiceData,
  split: number,
  base: Omit<FitOptions, "first" | "last">,
  scales: ReadonlyArray<number>,
  firstIterations: number,
  pathIterations: number
): Chosen => runSteps(choosePriorSteps(d, split, base, scales, firstIterations, pathIterations))

/** `choosePrior`, pausing within each fit and after each held-out check. */
export function* choosePriorSteps(
  d: ChoiceData,
  split: number,
  base: Omit<FitOptions, "first" | "last">,
  scales: ReadonlyArray<number>,
  firstIterations: number,
  pathIterations: number
): Steps<Chosen> {
  const sorted = scales.length > 0 ? [...scales].sort((a, b) => b - a) : [1]
  const path: Array<PathPoint> = []
  let best: Chosen | null = null
  let bestHeld = Number.NEGATIVE_INFINITY
  let worse = 0
  let previous: Float64Array | undefined
  for (const scale of sorted) {
    const options = {
      l2: base.l2 * scale,
      l2Product: base.l2Product * scale,
      iterations: previous === undefined ? firstIterations : pathIterations,
      first: 0,
      last: split,
      ...(base.centre === undefined ? {} : { centre: base.centre })
    }
    const theta = yield* fitChoicesSteps(d, options, previous ?? base.centre)
    const held = heldOutLogLikelihood(d, theta, split, d.events)
    yield
    path.push({ scale, heldOut: held })
    previous = theta
    if (held > bestHeld) {
      bestHeld = held
      best = { theta, scale, path }
      worse = 0
    } else if (++worse >= 2) break
  }
  return { ...(best as Chosen), path }
}
