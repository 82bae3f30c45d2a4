/**
 * The per-data-version market index: the customers' matching facts as columns (typed arrays), their scope
 * codes, and the product catalogue with purchase counts. Built once per active version from the ports, then
 * every match, search-form page and recommendation is a scan of a few typed arrays, never a store query.
 */

import { Effect } from "effect"
import { byCodeUnits } from "../Memory/matching.js"
import { DAY_MS, formatDay, parseDay, parseTradeTime } from "../Portrait/Calendar.js"
import type { FluctuationDegree } from "../Portrait/PortraitTypes.js"
import { cycleOfFluctuation, riskOfLevel } from "../Preferences/Buckets.js"
import { defaultPreferenceConfig, type PreferenceConfig } from "../Preferences/PreferenceConfig.js"
import { amountBuckets, boughtCategories, featureLabels, notBoughtCategories } from "../Preferences/PreferenceLabels.js"
import type { Preference, PurchaseRow } from "../Preferences/PreferenceTypes.js"
import { PURCHASE_TYPES, windowStartDay } from "../Preferences/PurchaseSummary.js"
import { runSteps, runStepsSliced, type Steps } from "../Records/Steps.js"
import { heldColumns } from "./Eligibility.js"
import { learnIndexSteps, type TradeColumns } from "./Learned/ForIndex.js"
import { type LearnedStatus, rulesStatus } from "./Learned/Learn.js"
import type { LearnedScorer } from "./Learned/Scorer.js"
import { defaultMatchingConfig, type MatchingConfig } from "./MatchingConfig.js"
import {
  cycleIndex,
  type MatchFacts,
  type MatchProduct,
  matchProduct,
  onSaleOn,
  type ProductRow
} from "./MatchTypes.js"

/** The part of a stored portrait matching reads (a `StoredPortrait` fits once `idleFunds` is lifted out). */
export interface MarketCustomer {
  readonly code: string
  readonly name: string
  readonly outletCode: string
  readonly branchCode: string
  readonly riskRating: string | null
  /** 沉淀资金, yuan; null without balances. */
  readonly idleFunds: number | null
  readonly preference: Preference
  /** Monthly-balance fluctuation (波动程度): the cycle a customer without purchases is taken to prefer. */
  readonly fluctuation?: FluctuationDegree | null | undefined
}

const featureBits = new Map<string, number>(featureLabels.map((f, k) => [f, 1 << k]))

/** /api/params category ids: 1–3 bought, 4–6 not bought, in this order. */
export const categoryLabels = [...boughtCategories, ...notBoughtCategories] as const

export interface MarketIndex {
  readonly size: number
  /** Reference day of `recommand` and top5Product ('YYYY-MM-DD'), null without any date in the data. */
  readonly day: string | null
  readonly codes: ReadonlyArray<string>
  readonly names: ReadonlyArray<string>
  readonly byCode: ReadonlyMap<string, number>
  /** Outlet and sub-branch of each customer, as indexes into `outletCodes` / `branchCodes`. */
  readonly outlet: Int32Array
  readonly branch: Int32Array
  readonly outletCodes: ReadonlyArray<string>
  readonly branchCodes: ReadonlyArray<string>
  /** Risk tolerance 1–5 (riskRating, else preference risk) and the preference's own risk 1–5. */
  readonly tolerance: Uint8Array
  readonly risk: Uint8Array
  /** /api/params ids: cycle 1–4, amount 1–5, category 1–6; features as a bit mask (bit k = feature id k + 1). */
  readonly cycle: Uint8Array
  readonly amount: Uint8Array
  readonly category: Uint8Array
  readonly features: Uint8Array
  readonly bought: Uint8Array
  /** Idle funds in yuan (NaN when none), rate preference bounds (NaN when none), investable funds in yuan. */
  readonly idle: Float64Array
  readonly rateMin: Float64Array
  readonly rateMax: Float64Array
  readonly capacity: Float64Array
  /** Customer indexes by idle funds descending (none last), then code. */
  readonly byIdleDesc: Int32Array
  readonly products: ReadonlyArray<MatchProduct>
  readonly productByCode: ReadonlyMap<string, number>
  /** Purchase amount (万元) of each product over the top-seller days up to `day`. */
  readonly recentAmount: Float64Array
  /** Holdings (持有产品): customer i holds products held[heldFrom[i] … heldFrom[i + 1]). */
  readonly heldFrom: Int32Array
  readonly held: Int32Array
  /** Products on sale on `day` (1), for the hard rules. */
  readonly onSaleOnDay: Uint8Array
  /** The score learned from the bank's purchases at this build; null → the rules of Score.ts. */
  readonly scorer: LearnedScorer | null
  /** What the build learned (fitted weights, held-out hit rates) or why it kept the rules. */
  readonly learning: LearnedStatus
}

export interface MarketInput {
  readonly customers: Iterable<MarketCustomer>
  readonly products: Iterable<ProductRow>
  /** 理财交易 rows; only purchases (认购 / 申购) count. */
  readonly trades: Iterable<PurchaseRow>
  /** The analysis date D; without one, the latest purchase date. */
  readonly day: string | null
  readonly topSellerDays: number
  readonly preferences?: PreferenceConfig | undefined
  /** 持有产品 rows: held products are never recommended. */
  readonly holdings?: Iterable<{ readonly companyCode: string; readonly productCode: string }> | undefined
  /** Learning settings; default `defaultMatchingConfig`. */
  readonly matching?: MatchingConfig | undefined
}

/** Purchases read between two pauses of the build (a few microseconds each). */
const TRADES_PIECE = 1_024

const interned = (codes: Map<string, number>, list: Array<string>, code: string): number => {
  let id = codes.get(code)
  if (id === undefined) {
    id = list.length
    codes.set(code, id)
    list.push(code)
  }
  return id
}

export const buildMarketIndex = (input: MarketInput): MarketIndex => runSteps(marketIndexSteps(input))

/**
 * `buildMarketIndex` in slices of a few milliseconds, the event loop running between them: the server builds an
 * index on its request thread. The same work as `buildMarketIndex`, so the same index.
 */
export const buildMarketIndexSliced = (input: MarketInput): Effect.Effect<MarketIndex> =>
  Effect.suspend(() => runStepsSliced(marketIndexSteps(input)))

/** The build, pausing within each long pass (purchases, the fit, the scoring of every customer). */
function* marketIndexSteps(input: MarketInput): Steps<MarketIndex> {
  const prefs = input.preferences ?? defaultPreferenceConfig
  const customers = [...input.customers].sort((a, b) => byCodeUnits(a.code, b.code))
  const rows = [...input.products]
  const n = customers.length
  const byCode = new Map(customers.map((c, i) => [c.code, i]))
  const productByCode = new Map(rows.map((p, k) => [p.productCode, k]))

  const purchases = new Int32Array(rows.length)
  const recentAmount = new Float64Array(rows.length)
  const largest = new Float64Array(n)
  const trades = [...input.trades].filter((t) => PURCHASE_TYPES.has(t.businessType))
  let latest = Number.NEGATIVE_INFINITY
  // The purchases as the learned score reads them: index positions (−1 unknown or after D), time, day, amount.
  const columns: TradeColumns = {
    customer: new Int32Array(trades.length).fill(-1),
    product: new Int32Array(trades.length).fill(-1),
    times: new Float64Array(trades.length),
    days: new Int32Array(trades.length),
    amount: new Float64Array(trades.length)
  }
  const { times, days } = columns
  for (let j = 0; j < trades.length; j++) {
    if (j % TRADES_PIECE === TRADES_PIECE - 1) yield
    const ms = parseTradeTime(trades[j]!.tradeTime)
    const day = Math.floor(ms / DAY_MS)
    if (day > latest) latest = day
    times[j] = ms
    days[j] = day
    columns.amount[j] = trades[j]!.amount
  }
  const day = input.day ?? (Number.isFinite(latest) ? formatDay(latest) : null)
  const dayNumber = day === null ? Number.NaN : parseDay(day)
  const windowStart = windowStartDay(dayNumber, prefs.purchaseWindowMonths)
  const recentFrom = dayNumber - input.topSellerDays + 1
  for (let j = 0; j < trades.length; j++) {
    if (j % TRADES_PIECE === TRADES_PIECE - 1) yield
    const t = trades[j]!
    const d = days[j]!
    if (!(d <= dayNumber)) continue
    const k = productByCode.get(t.productCode)
    if (k !== undefined) {
      columns.product[j] = k
      purchases[k]!++
      if (d >= recentFrom) recentAmount[k]! += t.amount
    }
    const i = byCode.get(t.companyCode)
    if (i !== undefined) columns.customer[j] = i
    if (i !== undefined && d >= windowStart && t.amount > largest[i]!) largest[i] = t.amount
  }
  yield
  const maxPurchases = purchases.reduce((m, x) => Math.max(m, x), 0)

  const outletIds = new Map<string, number>()
  const branchIds = new Map<string, number>()
  const outletCodes: Array<string> = []
  const branchCodes: Array<string> = []
  const index: MarketIndex = {
    size: n,
    day,
    codes: customers.map((c) => c.code),
    names: customers.map((c) => c.name),
    byCode,
    outlet: Int32Array.from(customers, (c) => interned(outletIds, outletCodes, c.outletCode)),
    branch: Int32Array.from(customers, (c) => interned(branchIds, branchCodes, c.branchCode)),
    outletCodes,
    branchCodes,
    tolerance: Uint8Array.from(customers, (c) => riskOfLevel(c.riskRating) ?? c.preference.risk),
    risk: Uint8Array.from(customers, (c) => c.preference.risk),
    cycle: Uint8Array.from(customers, (c) => cycleIndex(c.preference.cycle) + 1),
    amount: Uint8Array.from(
      customers,
      (c) => (amountBuckets as ReadonlyArray<string>).indexOf(c.preference.amount) + 1
    ),
    category: Uint8Array.from(
      customers,
      (c) => (categoryLabels as ReadonlyArray<string>).indexOf(c.preference.category) + 1
    ),
    features: Uint8Array.from(customers, (c) =>
      c.preference.features.reduce((mask, f) => mask | (featureBits.get(f) ?? 0), 0)
    ),
    bought: Uint8Array.from(customers, (c) => (c.preference.bought ? 1 : 0)),
    idle: Float64Array.from(customers, (c) => c.idleFunds ?? Number.NaN),
    rateMin: Float64Array.from(customers, (c) => c.preference.interestRate?.min ?? Number.NaN),
    rateMax: Float64Array.from(customers, (c) => c.preference.interestRate?.max ?? Number.NaN),
    capacity: Float64Array.from(customers, (c, i) => Math.max(c.idleFunds ?? 0, largest[i]! * 10_000)),
    byIdleDesc: new Int32Array(0),
    products: rows.map((row, k) => matchProduct(row, purchases[k]!, maxPurchases, prefs)),
    productByCode,
    recentAmount,
    ...heldColumns(input.holdings ?? [], byCode, productByCode, n),
    onSaleOnDay: Uint8Array.from(rows, (p) => (day !== null && onSaleOn(p, day) ? 1 : 0)),
    scorer: null,
    learning: rulesStatus("not learned")
  }
  yield
  const learned = yield* learnIndexSteps({
    rules: index,
    day,
    dayNumber,
    purchases: columns,
    coldCycle: Uint8Array.from(customers, (c) =>
      c.fluctuation === undefined && !c.preference.bought
        ? cycleIndex(c.preference.cycle)
        : cycleIndex(cycleOfFluctuation(c.fluctuation ?? null, prefs))
    ),
    config: input.matching ?? defaultMatchingConfig,
    preferences: prefs
  })
  yield
  const idle = index.idle
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => {
    const x = Number.isNaN(idle[a]!) ? Number.NEGATIVE_INFINITY : idle[a]!
    const y = Number.isNaN(idle[b]!) ? Number.NEGATIVE_INFINITY : idle[b]!
    return x !== y ? y - x : a - b
  })
  return { ...index, byIdleDesc: Int32Array.from(order), scorer: learned.scorer, learning: learned.status }
}

/** The scorer's view of customer `i`. */
export const factsAt = (index: MarketIndex, i: number): MatchFacts => ({
  tolerance: index.tolerance[i]!,
  cycle: index.cycle[i]! - 1,
  rateMin: index.rateMin[i]!,
  capacityYuan: index.capacity[i]!
})
