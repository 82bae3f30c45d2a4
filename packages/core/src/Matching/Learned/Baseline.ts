/**
 * The baseline score: today's rule score beside the bank's popularity (recent and total sales, recent launches),
 * weighed by a conditional logit of four weights fitted on the bank's purchases. Four weights are estimable from a
 * few dozen purchases, so a bank with too little history for the full model still learns whether its customers
 * follow the rules or the top sellers; the full model's prior is centred on it, and it scores a segment where the
 * full model did not rank the held-out purchases better.
 */
import type { Steps } from "../../Records/Steps.js"
import { FEATURE_COUNT, FEATURES, RULES_FEATURE } from "./Features.js"
import { type ChoiceData, fitChoicesSteps } from "./Fit.js"

/** The features the baseline weighs: the rule score first. */
export const BASELINE_FEATURES = [
  RULES_FEATURE,
  FEATURES.indexOf("recentPopularity"),
  FEATURES.indexOf("popularity"),
  FEATURES.indexOf("launchRecency30")
] as const

/**
 * The choices with the baseline's feature columns only, every product under one intercept (constant within a
 * choice, so it never moves): the baseline knows no product beyond its sales.
 */
const narrowed = (d: ChoiceData): ChoiceData => {
  const B = BASELINE_FEATURES.length
  const rows = d.from[d.events]!
  const x = new Float32Array(rows * B)
  for (let j = 0; j < rows; j++) for (let b = 0; b < B; b++) x[j * B + b] = d.x[j * d.features + BASELINE_FEATURES[b]!]!
  return { ...d, x, features: B, product: new Int32Array(rows), products: 1 }
}

/**
 * Fits the baseline on events [first, last); returns a full weight vector (FEATURE_COUNT + products) with only the
 * baseline's weights set. The prior (l2 per purchase fitted ÷ purchases) is the full model's.
 */
export function* fitBaselineSteps(d: ChoiceData, first: number, last: number, l2: number): Steps<Float64Array> {
  const view = narrowed(d)
  const start = new Float64Array(BASELINE_FEATURES.length + 1)
  start[0] = 5
  const fitted = yield* fitChoicesSteps(
    view,
    { l2: l2 / Math.max(1, last - first), l2Product: 0, iterations: 30, first, last },
    start
  )
  const theta = new Float64Array(FEATURE_COUNT + d.products)
  BASELINE_FEATURES.forEach((f, b) => {
    theta[f] = fitted[b]!
  })
  return theta
}

/** The baseline's weights by feature name, for the status. */
export const baselineWeights = (theta: Float64Array): Record<string, number> =>
  Object.fromEntries(BASELINE_FEATURES.map((f) => [FEATURES[f]!, Math.round(theta[f]! * 1e4) / 1e4]))

export const rulesWeightOf = (theta: Float64Array): number => Math.round(theta[RULES_FEATURE]! * 1e4) / 1e4
