/**
 * The learned part of a market index: the purchases as time-ordered events, the fit (Learn.ts) and, when the
 * bank's history is rich enough and the fit beat the rules on the latest purchases, the scorer at D.
 */
import { DAY_MS } from "../../Portrait/Calendar.js"
import type { PreferenceConfig } from "../../Preferences/PreferenceConfig.js"
import { PIECE, runSteps, type Steps } from "../../Records/Steps.js"
import { allowed, type RuleColumns } from "../Eligibility.js"
import type { MatchingConfig } from "../MatchingConfig.js"
import { type PurchaseEvent, productColumns } from "./Columns.js"
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
  readonly customers: ReadonlyMap<string, number>
  readonly products: ReadonlyMap<string, number>
  /** Purchases (认购 / 申购) with their trade times in epoch ms. */
  readonly purchases: ReadonlyArray<{
    readonly companyCode: string
    readonly productCode: string
    readonly amount: number
  }>
  readonly times: ReadonlyArray<number>
  /** Each customer's cycle bucket without purchases (from its balance fluctuation). */
  readonly coldCycle: Uint8Array
  readonly config: MatchingConfig
  readonly preferences: PreferenceConfig
}

export const learnIndex = (input: IndexLearningInput): IndexLearning => runSteps(learnIndexSteps(input))

/** `learnIndex`, pausing within each long phase (the fit, then the scoring of every customer). */
export function* learnIndexSteps(input: IndexLearningInput): Steps<IndexLearning> {
  const { day, rules } = input
  if (day === null) return { scorer: null, status: rulesStatus("no analysis date") }
  const kept: Array<PurchaseEvent> = []
  const ms: Array<number> = []
  for (let j = 0; j < input.purchases.length; j++) {
    if (j % (PIECE * 16) === PIECE * 16 - 1) yield
    const t = input.purchases[j]!
    const time = input.times[j]!
    const d = Math.floor(time / DAY_MS)
    if (!(d <= input.dayNumber)) continue
    const customer = input.customers.get(t.companyCode)
    const product = input.products.get(t.productCode)
    if (customer === undefined || product === undefined) continue
    kept.push({ customer, product, day: d, amount: t.amount })
    ms.push(time)
  }
  const least = input.config.learning.minBaselineEvents
  // Too few purchases for anything but the rules: no need to order them.
  if (kept.length < least) return { scorer: null, status: tooLittleHistory(kept.length, least) }
  // Plain loops: `from` with a mapping function steps an iterator per element.
  const days = new Int32Array(kept.length)
  for (let j = 0; j < kept.length; j++) days[j] = kept[j]!.day
  const order = timeOrder(Float64Array.from(ms), days)
  yield
  const sorted: Array<PurchaseEvent> = new Array(order.length)
  for (let j = 0; j < order.length; j++) sorted[j] = kept[order[j]!]!
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
  const scorer = yield* buildScorerSteps({
    learned,
    products,
    tolerance: rules.tolerance,
    capacity: rules.capacity,
    coldCycle: input.coldCycle,
    day: input.dayNumber,
    eligible: (i, k) => allowed(rules, i, k, day),
    config: input.config,
    preferences: input.preferences
  })
  return { scorer, status: learned.status }
}
