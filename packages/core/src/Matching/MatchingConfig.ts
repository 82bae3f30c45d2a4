/**
 * Weights and thresholds of product matching (产品匹配, DOMAIN.md §5). Every number the scorer uses lives here,
 * with its default; callers override parts of it (tests, evaluation) without touching the rules.
 */

export interface MatchingWeights {
  /** Risk closeness: best when the product's level equals the customer's tolerance. */
  readonly risk: number
  /** The product's term against the customer's cycle preference (周期偏好). */
  readonly term: number
  /** The expected rate against the customer's rate preference (利率偏好). */
  readonly rate: number
  /** The starting amount against what the customer can invest (idle funds, or its largest purchase). */
  readonly amount: number
  /** A small prior: how often the bank's customers bought the product. */
  readonly popularity: number
}

export interface MatchingConfig {
  readonly weights: MatchingWeights
  /** Risk closeness lost per level a product lies below the customer's tolerance (0.5: two levels below scores 0). */
  readonly riskStepDown: number
  /** Term closeness by bucket distance (0 = same cycle bucket, 1 = neighbour, …); missing distances score 0. */
  readonly termClosenessByDistance: ReadonlyArray<number>
  /** Rate component for customers without a rate preference (not bought): neither reward nor penalty. */
  readonly neutralRate: number
  /** Percentage points below the preferred minimum at which the rate component reaches 0. */
  readonly rateFalloffPoints: number
  /** Starting amount up to this share of the investable funds counts as "well inside" (full amount score). */
  readonly comfortableAmountShare: number
  /** How many products a customer's `recommand` lists. */
  readonly recommendations: number
  /** top5Product: how many products, and over how many days up to the reference day purchases count. */
  readonly topSellers: number
  readonly topSellerDays: number
  /** How the score is learned from the bank's own purchases (Learned/). */
  readonly learning: LearningConfig
}

/** The learned score: a conditional logit fitted at each index build on the bank's purchases, with a time split. */
export interface LearningConfig {
  /** Below this many purchases the bank has too little history: the rules above score alone. */
  readonly minBaselineEvents: number
  /**
   * Below this many purchases (and from minBaselineEvents) the baseline scores: the rule score and the bank's
   * popularity, four weights fitted on the purchases (Learned/Baseline.ts); from it, the full model.
   */
  readonly minEvents: number
  /** At most this many purchases (evenly spread over time) are fitted, to bound the fit's time. */
  readonly maxFitEvents: number
  /** Only purchases of the last this many days before D are fitted (0: all); older ones build the history. */
  readonly fitWindowDays: number
  /** At most this many products per fitted choice (the bought one and a uniform sample of the others). */
  readonly maxChoices: number
  /** The latest share of the fitted purchases held out to check the fit against the rules. */
  readonly validationShare: number
  /** Half-life in days of a past purchase's weight in the revealed preferences. */
  readonly halfLifeDays: number
  /** A customer's latest purchases kept for its revealed preferences. */
  readonly historyLength: number
  /** Days a purchase counts in the recent-popularity feature. */
  readonly recentDays: number
  /**
   * Gaussian prior precisions (L2 per purchase fitted ÷ purchases) of the feature weights and of the per-product
   * intercepts, around the baseline's weights and zero: a small bank's fit stays near the baseline, a large bank's
   * follows its data.
   */
  readonly l2: number
  readonly l2Product: number
  /**
   * Multipliers of l2 and l2Product tried at each build (strongest first): the one whose fit on the earlier
   * purchases gives the held-out ones the highest likelihood is kept (Regularisation.ts). [1]: no choice.
   */
  readonly priorScales: ReadonlyArray<number>
  /**
   * Optimiser iterations (L-BFGS): of the fit on the earlier purchases (its held-out check only needs the ranking
   * settled), of each later point of the prior's path (started from the previous one), and of the refit on all
   * purchases (started from the first fit).
   */
  readonly iterations: number
  readonly pathIterations: number
  readonly refitIterations: number
  /** Co-purchase counts are kept below this many products (a products² table). */
  readonly maxCoPurchaseProducts: number
  /**
   * Co-purchase segments (latent classes of customers who buy alike, fitted by EM): how many (0: none), EM rounds,
   * and at most how many customers (evenly spaced) the EM reads.
   */
  readonly segmentClasses: number
  readonly segmentIterations: number
  readonly segmentCustomers: number
  /**
   * Cross-fitting folds of the segments: the customers read are split in this many folds, and each fold's class
   * posteriors come from a mixture fitted on the other folds (so a customer's own purchases never shape them).
   */
  readonly segmentFolds: number
}

export const defaultMatchingConfig: MatchingConfig = {
  weights: { risk: 30, term: 25, rate: 20, amount: 15, popularity: 10 },
  riskStepDown: 0.5,
  termClosenessByDistance: [1, 0.4],
  neutralRate: 0.5,
  rateFalloffPoints: 1.5,
  comfortableAmountShare: 0.5,
  recommendations: 5,
  topSellers: 5,
  topSellerDays: 30,
  learning: {
    minBaselineEvents: 30,
    minEvents: 50,
    maxFitEvents: 4000,
    fitWindowDays: 365,
    maxChoices: 32,
    validationShare: 0.2,
    halfLifeDays: 365,
    historyLength: 24,
    recentDays: 30,
    l2: 2,
    l2Product: 2,
    priorScales: [1],
    iterations: 15,
    pathIterations: 30,
    refitIterations: 10,
    maxCoPurchaseProducts: 1500,
    segmentClasses: 16,
    segmentIterations: 25,
    segmentCustomers: 4_000,
    segmentFolds: 2
  }
}

export const makeMatchingConfig = (
  patch: Partial<Omit<MatchingConfig, "weights" | "learning">> & {
    readonly weights?: Partial<MatchingWeights>
    readonly learning?: Partial<LearningConfig>
  } = {}
): MatchingConfig => ({
  ...defaultMatchingConfig,
  ...patch,
  weights: { ...defaultMatchingConfig.weights, ...patch.weights },
  learning: { ...defaultMatchingConfig.learning, ...patch.learning }
})
