/**
 * Learning the score from the bank's own purchases, at each index build. Time split: the model is fitted on the
 * earlier purchases and checked on the latest ones (validationShare) against today's rules, separately for
 * customers with a purchase history (warm) and for first purchases (cold); a segment keeps whichever ranks the
 * held-out purchases better, then the model is refitted on all of them. Too little history → the rules alone.
 */
import { formatDay } from "../../Portrait/Calendar.js"
import { runSteps, type Steps } from "../../Records/Steps.js"
import { baselineWeights, fitBaselineSteps, rulesWeightOf } from "./Baseline.js"
import { segment, verdicts } from "./Check.js"
import type { MarketMoment } from "./Columns.js"
import { FEATURE_COUNT, FEATURES } from "./Features.js"
import { fitChoicesSteps } from "./Fit.js"
import type { Histories } from "./History.js"
import { choosePriorSteps } from "./Regularisation.js"
import { type ReplayInput, replaySteps } from "./Replay.js"
import { fitSegmentsSteps } from "./Segments.js"

export interface SegmentStatus {
  /** Held-out purchases of the segment. */
  readonly validated: number
  readonly modelHitRate: number
  /** The baseline's (Baseline.ts: the rule score and the bank's popularity) hit rate on them. */
  readonly baselineHitRate: number
  readonly scorer: "model" | "baseline"
}

/** What the build learned, for the status route and the logs. */
export interface LearnedStatus {
  /** learned: the full model scores a segment at least; baseline: the baseline alone; rules: the rules alone. */
  readonly mode: "learned" | "baseline" | "rules"
  readonly reason: string
  readonly purchases: number
  readonly fitted: number
  /** First day of the held-out purchases. */
  readonly cutoff: string | null
  readonly warm: SegmentStatus | null
  readonly cold: SegmentStatus | null
  /** Fitted weight per feature (FEATURES) of the full model. */
  readonly weights: Readonly<Record<string, number>>
  /** The baseline's fitted weights (the full model's prior centre, and the scorer of a segment it won). */
  readonly baseline: Readonly<Record<string, number>>
  /** The rule score's weight in the baseline. */
  readonly rulesWeight: number
  readonly fitMs: number
  /** Time scoring every customer × product took at D (its revealed preferences and normaliser), ms. */
  readonly scoringMs: number
  /** The prior's multiplier chosen on the held-out purchases (1 without a choice). */
  readonly priorScale?: number
}

export interface Learned {
  readonly status: LearnedStatus
  /** Feature weights and per-product intercepts, [cold, warm]. */
  readonly weights: readonly [Float64Array, Float64Array]
  readonly intercepts: readonly [Float64Array, Float64Array]
  /** The purchases up to D by customer (each customer's history at D: History.finalHistory). */
  readonly histories: Histories
  readonly moment: MarketMoment
}

/** The status of an index that scores with the rules alone. */
export const rulesStatus = (reason: string, purchases = 0, fitted = 0): LearnedStatus => ({
  mode: "rules",
  reason,
  purchases,
  fitted,
  cutoff: null,
  warm: null,
  cold: null,
  weights: {},
  baseline: {},
  rulesWeight: 0,
  fitMs: 0,
  scoringMs: 0
})

/** The status of a bank with too few purchases to weigh anything: the rules alone. */
export const tooLittleHistory = (purchases: number, least: number, fitted = 0): LearnedStatus =>
  rulesStatus(`too little history: ${purchases} purchases (at least ${least})`, purchases, fitted)

export const learn = (input: ReplayInput, day: number, now: () => number = Date.now): Learned | LearnedStatus =>
  runSteps(learnSteps(input, day, now))

/** `learn`, pausing within each long phase (segments, replay, fits, checks). */
export function* learnSteps(
  input: ReplayInput,
  day: number,
  now: () => number = Date.now
): Steps<Learned | LearnedStatus> {
  const started = now()
  const learning = input.config.learning
  const purchases = input.events.size
  const onlyRules = purchases < learning.minBaselineEvents
  const tooFew = purchases < learning.minEvents
  const tooLittle = (fitted: number) => ({
    ...tooLittleHistory(purchases, learning.minBaselineEvents, fitted),
    fitMs: now() - started
  })
  // The rules alone need no replay of the history (the scorer is not built).
  if (onlyRules) return tooLittle(0)
  const segments =
    tooFew || learning.segmentClasses < 2
      ? null
      : yield* fitSegmentsSteps(
          {
            events: input.events,
            customers: input.size,
            tolerance: input.tolerance,
            capacity: input.capacity,
            products: input.products
          },
          learning.segmentClasses,
          learning.segmentIterations,
          learning.segmentCustomers,
          Math.max(2, learning.segmentFolds)
        )
  const replayed = yield* replaySteps(input, day, learning.maxFitEvents, segments)
  const d = replayed.choices
  const base = { purchases, fitted: d.events }
  if (d.events < learning.minBaselineEvents / 2) return tooLittle(d.events)
  const scored = (
    status: Omit<LearnedStatus, "fitMs" | "scoringMs">,
    weights: readonly [Float64Array, Float64Array]
  ): Learned => ({
    status: { ...status, fitMs: now() - started, scoringMs: 0 },
    weights: [weights[0].slice(0, FEATURE_COUNT), weights[1].slice(0, FEATURE_COUNT)],
    intercepts: [weights[0].slice(FEATURE_COUNT), weights[1].slice(FEATURE_COUNT)],
    histories: replayed.histories,
    moment: replayed.moment
  })
  if (tooFew || d.events < learning.minEvents / 2) {
    const all = yield* fitBaselineSteps(d, 0, d.events, learning.l2)
    const reason =
      `${purchases} purchases: too few for the full model (at least ${learning.minEvents}); ` +
      "the rule score and the bank's popularity, weighed on them"
    const status = { ...rulesStatus(reason, purchases, d.events), mode: "baseline" as const }
    return scored({ ...status, baseline: baselineWeights(all), rulesWeight: rulesWeightOf(all) }, [all, all])
  }
  const split = Math.floor(d.events * (1 - learning.validationShare))
  const centre = yield* fitBaselineSteps(d, 0, split, learning.l2)
  const options = {
    l2: learning.l2 / Math.max(1, split),
    l2Product: learning.l2Product / Math.max(1, split),
    iterations: learning.iterations,
    centre
  }
  const chosen = yield* choosePriorSteps(
    d,
    split,
    options,
    learning.priorScales,
    learning.iterations,
    learning.pathIterations
  )
  const trained = chosen.theta
  yield
  const warmCheck = segment(d, replayed.cold, 0, split, trained, centre)
  yield
  const coldCheck = segment(d, replayed.cold, 1, split, trained, centre)
  yield
  const [warm, cold] = verdicts(warmCheck, coldCheck, segment(d, replayed.cold, -1, split, trained, centre))
  // The baseline and the model refitted on all the sampled purchases, the model from its first fit.
  const all = yield* fitBaselineSteps(d, 0, d.events, learning.l2)
  const refit = {
    l2: options.l2 * chosen.scale,
    l2Product: options.l2Product * chosen.scale,
    iterations: learning.refitIterations,
    centre: all
  }
  yield
  const theta = yield* fitChoicesSteps(d, { ...refit, first: 0, last: d.events }, trained)
  const weights = Object.fromEntries(FEATURES.map((f, i) => [f, Math.round(theta[i]! * 1e4) / 1e4]))
  const firstHeld = split < d.events ? formatDay(replayed.days[split]!) : null
  const neither = warm.scorer === "baseline" && cold.scorer === "baseline"
  return scored(
    {
      ...base,
      mode: neither ? "baseline" : "learned",
      reason: neither
        ? "the fitted model did not rank the held-out purchases better than the baseline (the rule score and the bank's popularity)"
        : chosen.path.length > 1
          ? `fitted on the bank's purchases; prior ×${chosen.scale} of ${chosen.path.length} tried, by the held-out purchases' likelihood`
          : "fitted on the bank's purchases",
      cutoff: firstHeld,
      warm,
      cold,
      weights,
      baseline: baselineWeights(all),
      rulesWeight: rulesWeightOf(all),
      priorScale: chosen.scale
    },
    [cold.scorer === "model" ? theta : all, warm.scorer === "model" ? theta : all]
  )
}
