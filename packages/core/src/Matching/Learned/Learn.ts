/**
 * Learning the score from the bank's own purchases, at each index build. Time split: the model is fitted on the
 * earlier purchases and checked on the latest ones (validationShare) against today's rules, separately for
 * customers with a purchase history (warm) and for first purchases (cold); a segment keeps whichever ranks the
 * held-out purchases better, then the model is refitted on all of them. Too little history → the rules alone.
 */
import { formatDay } from "../../Portrait/Calendar.js"
import { runSteps, type Steps } from "../../Records/Steps.js"
import { fitRulesWeightSteps, segment, verdicts } from "./Check.js"
import type { MarketMoment, PurchaseEvent } from "./Columns.js"
import { FEATURE_COUNT, FEATURES, RULES_FEATURE } from "./Features.js"
import { fitChoicesSteps } from "./Fit.js"
import { choosePriorSteps } from "./Regularisation.js"
import { type ReplayInput, replaySteps } from "./Replay.js"
import { fitSegmentsSteps } from "./Segments.js"

export interface SegmentStatus {
  /** Held-out purchases of the segment. */
  readonly validated: number
  readonly modelHitRate: number
  readonly rulesHitRate: number
  readonly scorer: "model" | "rules"
}

/** What the build learned, for the status route and the logs. */
export interface LearnedStatus {
  readonly mode: "learned" | "rules"
  readonly reason: string
  readonly purchases: number
  readonly fitted: number
  /** First day of the held-out purchases. */
  readonly cutoff: string | null
  readonly warm: SegmentStatus | null
  readonly cold: SegmentStatus | null
  /** Fitted weight per feature (FEATURES), and the rule score's weight in a segment that kept the rules. */
  readonly weights: Readonly<Record<string, number>>
  readonly rulesWeight: number
  readonly fitMs: number
  /** The prior's multiplier chosen on the held-out purchases (1 without a choice). */
  readonly priorScale?: number
}

export interface Learned {
  readonly status: LearnedStatus
  /** Feature weights and per-product intercepts, [cold, warm]. */
  readonly weights: readonly [Float64Array, Float64Array]
  readonly intercepts: readonly [Float64Array, Float64Array]
  readonly histories: ReadonlyArray<ReadonlyArray<PurchaseEvent>>
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
  rulesWeight: 0,
  fitMs: 0
})

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
  const tooFew = input.events.length < learning.minEvents
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
  const replayed = yield* replaySteps(input, day, tooFew ? 0 : learning.maxFitEvents, segments)
  const d = replayed.choices
  const base = { purchases: input.events.length, fitted: d.events, rulesWeight: 0 }
  if (tooFew || d.events < learning.minEvents / 2) {
    const reason = `too little history: ${input.events.length} purchases (at least ${learning.minEvents})`
    return { ...rulesStatus(reason, base.purchases, base.fitted), fitMs: now() - started }
  }
  const split = Math.floor(d.events * (1 - learning.validationShare))
  const options = {
    l2: learning.l2 / Math.max(1, split),
    l2Product: learning.l2Product / Math.max(1, split),
    iterations: learning.iterations
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
  const beta = yield* fitRulesWeightSteps(d, 0, split)
  yield
  const warmCheck = segment(d, replayed.cold, 0, split, trained)
  yield
  const coldCheck = segment(d, replayed.cold, 1, split, trained)
  yield
  const [warm, cold] = verdicts(warmCheck, coldCheck, segment(d, replayed.cold, -1, split, trained))
  // The refit starts from the first fit.
  const refit = {
    l2: options.l2 * chosen.scale,
    l2Product: options.l2Product * chosen.scale,
    iterations: learning.refitIterations
  }
  yield
  const theta = yield* fitChoicesSteps(d, { ...refit, first: 0, last: d.events }, trained)
  const weights = Object.fromEntries(FEATURES.map((f, i) => [f, Math.round(theta[i]! * 1e4) / 1e4]))
  const firstHeld = split < d.events ? formatDay(replayed.days[split]!) : null
  const status: LearnedStatus = {
    ...base,
    mode: warm.scorer === "rules" && cold.scorer === "rules" ? "rules" : "learned",
    reason:
      warm.scorer === "rules" && cold.scorer === "rules"
        ? "the fitted model did not rank the held-out purchases better than the rules"
        : chosen.path.length > 1
          ? `fitted on the bank's purchases; prior ×${chosen.scale} of ${chosen.path.length} tried, by the held-out purchases' likelihood`
          : "fitted on the bank's purchases",
    cutoff: firstHeld,
    warm,
    cold,
    weights,
    rulesWeight: Math.round(beta * 1e4) / 1e4,
    fitMs: now() - started,
    priorScale: chosen.scale
  }
  if (status.mode === "rules") return status
  const rulesOnly = new Float64Array(FEATURE_COUNT)
  rulesOnly[RULES_FEATURE] = beta
  const model = theta.slice(0, FEATURE_COUNT)
  const intercepts = theta.slice(FEATURE_COUNT)
  const none = new Float64Array(d.products)
  return {
    status,
    weights: [cold.scorer === "model" ? model : rulesOnly, warm.scorer === "model" ? model : rulesOnly],
    intercepts: [cold.scorer === "model" ? intercepts : none, warm.scorer === "model" ? intercepts : none],
    histories: replayed.histories,
    moment: replayed.moment
  }
}
