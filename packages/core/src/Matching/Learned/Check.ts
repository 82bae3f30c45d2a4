/**
 * The time-split check of a fit: on the held-out (latest) purchases of a segment — customers with a history or
 * first purchases — the share ranked in the top 5 by the model and by the rule score; and the weight of the rule
 * score alone (a one-parameter logit) for a segment that keeps the rules.
 */

import { runSteps, type Steps } from "../../Records/Steps.js"
import { RULES_FEATURE } from "./Features.js"
import { type ChoiceData, hitRate } from "./Fit.js"
import type { SegmentStatus } from "./Learn.js"

/** The weight of the rule score alone (a one-parameter logit), by Newton steps. */
export const fitRulesWeight = (d: ChoiceData, first: number, last: number): number =>
  runSteps(fitRulesWeightSteps(d, first, last))

/** `fitRulesWeight`, pausing after each Newton step (one pass over the events). */
export function* fitRulesWeightSteps(d: ChoiceData, first: number, last: number): Steps<number> {
  let beta = 5
  for (let it = 0; it < 20; it++) {
    let g = 0
    let h = 1e-3
    for (let e = first; e < last; e++) {
      let z = 0
      let mean = 0
      let sq = 0
      for (let j = d.from[e]!; j < d.from[e + 1]!; j++) {
        const r = d.x[j * d.features + RULES_FEATURE]!
        const w = Math.exp(beta * (r - 1))
        z += w
        mean += w * r
        sq += w * r * r
      }
      mean /= z
      g += mean - d.x[d.chosen[e]! * d.features + RULES_FEATURE]!
      h += sq / z - mean * mean
    }
    const step = g / h
    beta = Math.max(0, Math.min(100, beta - step))
    if (Math.abs(step) < 1e-4) break
    yield
  }
  return beta
}

const utilityOf = (d: ChoiceData, theta: Float64Array) => (j: number) => {
  let v = theta[d.features + d.product[j]!]!
  for (let f = 0; f < d.features; f++) v += theta[f]! * d.x[j * d.features + f]!
  return v
}

/** The held-out check of customers with a history (want 0), of first purchases (1) or of both (−1). */
export const segment = (
  d: ChoiceData,
  cold: Uint8Array,
  want: number,
  first: number,
  theta: Float64Array
): SegmentStatus => {
  // Hit rates on the segment's held-out purchases only: a view with the other events' choices skipped.
  const keep: Array<number> = []
  for (let e = first; e < d.events; e++) if (want < 0 || cold[e] === want) keep.push(e)
  const from = [0]
  const chosen: Array<number> = []
  const map: Array<number> = []
  for (const e of keep) {
    chosen.push(map.length + d.chosen[e]! - d.from[e]!)
    for (let j = d.from[e]!; j < d.from[e + 1]!; j++) map.push(j)
    from.push(map.length)
  }
  const view = { ...d, events: keep.length, from: Int32Array.from(from), chosen: Int32Array.from(chosen) }
  const model = utilityOf(d, theta)
  const modelHitRate = hitRate(view, 0, keep.length, 5, (j) => model(map[j]!))
  const rulesHitRate = hitRate(view, 0, keep.length, 5, (j) => d.x[map[j]! * d.features + RULES_FEATURE]!)
  return {
    validated: keep.length,
    modelHitRate,
    rulesHitRate,
    scorer: modelHitRate >= rulesHitRate ? "model" : "rules"
  }
}

/** Held-out purchases a segment needs for its own verdict (model or rules). */
export const JUDGED_ALONE = 100

/**
 * The scorer of each segment [warm, cold]: its own verdict when it has enough held-out purchases, else the verdict
 * of all held-out purchases together (a hit rate over 35 purchases moves by 3 points a purchase).
 */
export const verdicts = (
  warm: SegmentStatus,
  cold: SegmentStatus,
  pooled: SegmentStatus
): readonly [SegmentStatus, SegmentStatus] => {
  const judged = (s: SegmentStatus): SegmentStatus => (s.validated < JUDGED_ALONE ? { ...s, scorer: pooled.scorer } : s)
  return [judged(warm), judged(cold)]
}
