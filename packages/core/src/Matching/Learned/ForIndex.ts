/**
 * The learned part of a market index: the purchases as time-ordered events, the fit (Learn.ts) and, when the
 * bank's history is rich enough and the fit beat the rules on the latest purchases, the scorer at D.
 */
import type { PreferenceConfig } from "../../Preferences/PreferenceConfig.js"
import { PIECE, runSteps, type Steps } from "../../Records/Steps.js"
import { allowedOnDay, type RuleColumns } from "../Eligibility.js"
import type { MatchingConfig } from "../MatchingConfig.js"
import { productColumns } from "./Columns.js"
import type { PurchaseColumns } from "./History.js"
import { type LearnedStatus, learnSteps, rulesStatus, tooLittleHistory } from "./Learn.js"
import { buildScorerSteps, type LearnedScorer } from "./Scorer.js"
import { timeOrder } from "./TimeOrder.js"

export interface IndexLearning {
  /** Null: the index scores with the rules (Score.ts) alone. */
  readonly scorer: LearnedScorer | null
  readonly status: LearnedStatus
}

export interface IndexLearningInput {
  readonly rules: RuleColumns
  /** D ('YYYY-MM-DD') and its day number. */
  readonly day: string | null
  readonly dayNumber: number
  /** The purchases (认购 / 申购) of the trade file, as the index read them. */
  readonly purchases: TradeColumns
  /** Each customer's cycle bucket without purchases (from its balance fluctuation). */
  readonly coldCycle: Uint8Array
  readonly config: MatchingConfig
  readonly preferences: PreferenceConfig
}

/** Per purchase row: customer and product index positions (−1: not in the files), trade time and day, amount. */
export interface TradeColumns {
  readonly customer: Int32Array
  readonly product: Int32Array
  /** Epoch ms, and the day number of each. */
  readonly times: Float64Array
  readonly days: Int32Array
  /** 万元. */
  readonly amount: Float64Array
}

export const learnIndex = (input: IndexLearningInput): IndexLearning => runSteps(learnIndexSteps(input))

/** `learnIndex`, pausing within each long phase (the fit, then the scoring of every customer). */
export function* learnIndexSteps(input: IndexLearningInput): Steps<IndexLearning> {
  const { day, rules } = input
  if (day === null) return { scorer: null, status: rulesStatus("no analysis date") }
  const t = input.purchases
  // The purchases of known customers and products up to D.
  const rows = new Int32Array(t.customer.length)
  let kept = 0
  for (let j = 0; j < rows.length; j++) {
    if (j % (PIECE * 16) === PIECE * 16 - 1) yield
    if (t.days[j]! <= input.dayNumber && t.customer[j]! >= 0 && t.product[j]! >= 0) rows[kept++] = j
  }
  const least = input.config.learning.minBaselineEvents
  // Too few purchases for anything but the rules: no need to order them.
  if (kept < least) return { scorer: null, status: tooLittleHistory(kept, least) }
  const ms = new Float64Array(kept)
  const days = new Int32Array(kept)
  for (let j = 0; j < kept; j++) {
    ms[j] = t.times[rows[j]!]!
    days[j] = t.days[rows[j]!]!
  }
  const order = timeOrder(ms, days)
  yield
  const sorted: PurchaseColumns = {
    size: kept,
    customer: new Int32Array(kept),
    product: new Int32Array(kept),
    day: new Int32Array(kept),
    amount: new Float64Array(kept)
  }
  for (let j = 0; j < kept; j++) {
    const row = rows[order[j]!]!
    sorted.customer[j] = t.customer[row]!
    sorted.product[j] = t.product[row]!
    sorted.day[j] = t.days[row]!
    sorted.amount[j] = t.amount[row]!
  }
  const products = productColumns(rules.products)
  const base = {
    size: rules.tolerance.length,
    tolerance: rules.tolerance,
    capacity: rules.capacity,
    coldCycle: input.coldCycle,
    products,
    events: sorted,
    config: input.config,
    preferences: input.preferences
  }
  const learned = yield* learnSteps(base, input.dayNumber)
  if (!("histories" in learned)) return { scorer: null, status: learned }
  const scoring = Date.now()
  const scorer = yield* buildScorerSteps({
    learned,
    products,
    tolerance: rules.tolerance,
    capacity: rules.capacity,
    coldCycle: input.coldCycle,
    day: input.dayNumber,
    eligibleRow: (i, out) => allowedOnDay(rules, i, out),
    config: input.config,
    preferences: input.preferences
  })
  return { scorer, status: { ...learned.status, scoringMs: Date.now() - scoring } }
}
