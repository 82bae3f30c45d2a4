/**
 * The time-split check of a fit: on the held-out (latest) purchases of a segment — customers with a history or
 * first purchases — the share ranked in the top 5 by the model and by the baseline (the rule score and the bank's
 * popularity, Baseline.ts), each fitted on the earlier purchases.
 */

import type { ChoiceData } from "./Fit.js"
import type { SegmentStatus } from "./Learn.js"

const utilityOf = (d: ChoiceData, theta: Float64Array) => (j: number) => {
  let v = theta[d.features + d.product[j]!]!
  for (let f = 0; f < d.features; f++) v += theta[f]! * d.x[j * d.features + f]!
  return v
}

/** Whether held-out event e's chosen product ranks in the top 5 by `utility` (ties count against). */
const hitAt = (d: ChoiceData, e: number, utility: (j: number) => number): boolean => {
  const target = utility(d.chosen[e]!)
  let above = 0
  for (let j = d.from[e]!; j < d.from[e + 1]!; j++) if (j !== d.chosen[e] && utility(j) >= target && ++above >= 5) break
  return above < 5
}

/**
 * The baseline replaces the model only when it ranks clearly better: of the held-out purchases exactly one of the
 * two ranks in its top 5, the baseline's lead exceeds two standard errors of a fair coin's (McNemar). The model's
 * prior is centred on the baseline, so a tie or a lead of a purchase or two is noise (a bank with little history
 * switched to the baseline on 38 against 36 of 62 held-out purchases and lost 19 points of the oracle).
 */
export const baselineWins = (onlyModel: number, onlyBaseline: number): boolean =>
  onlyBaseline - onlyModel > 2 * Math.sqrt(onlyModel + onlyBaseline)

/** The held-out check of customers with a history (want 0), of first purchases (1) or of both (−1). */
export const segment = (
  d: ChoiceData,
  cold: Uint8Array,
  want: number,
  first: number,
  theta: Float64Array,
  baseline: Float64Array
): SegmentStatus => {
  const model = utilityOf(d, theta)
  const base = utilityOf(d, baseline)
  let validated = 0
  let modelHits = 0
  let baselineHits = 0
  let onlyModel = 0
  let onlyBaseline = 0
  for (let e = first; e < d.events; e++) {
    if (want >= 0 && cold[e] !== want) continue
    validated++
    const m = hitAt(d, e, model)
    const b = hitAt(d, e, base)
    if (m) modelHits++
    if (b) baselineHits++
    if (m && !b) onlyModel++
    if (b && !m) onlyBaseline++
  }
  const n = Math.max(1, validated)
  return {
    validated,
    modelHitRate: validated > 0 ? modelHits / n : 0,
    baselineHitRate: validated > 0 ? baselineHits / n : 0,
    scorer: baselineWins(onlyModel, onlyBaseline) ? "baseline" : "model"
  }
}

/** Held-out purchases a segment needs for its own verdict (model or baseline). */
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
