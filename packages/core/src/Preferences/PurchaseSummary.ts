/**
 * One pass over 理财交易 rows: per customer, its purchases (认购 / 申购) inside the purchase window.
 *
 * Purchases of a product missing from the product file still count as purchases (amount, total, channel,
 * last date) but add nothing to risk, term, rate or the 保本 share's numerator.
 */
import { DAY_MS, firstDayOfMonth, monthOfDay, parseTradeTime } from "../Portrait/Calendar.js"
import { riskOfLevel } from "./Buckets.js"
import type { ProductFacts, PurchaseRow } from "./PreferenceTypes.js"

export interface PurchaseSummary {
  count: number
  /** 万元. */
  total: number
  /** 万元 spent on 保本 products. */
  protectedAmount: number
  /** 万元, one per purchase. */
  readonly amounts: Array<number>
  /** Product term in days, one per purchase of a known product. */
  readonly terms: Array<number>
  /** Expected rate range (% a year) of known products; NaN while none. */
  minRate: number
  maxRate: number
  /** Index 1–5: purchases of that risk level. */
  readonly riskCounts: Int32Array
  /** Purchase channel → purchases, in first-use order. */
  readonly channels: Map<string, number>
  /** Day number of the latest purchase. */
  lastDay: number
}

export const PURCHASE_TYPES: ReadonlySet<string> = new Set(["认购", "申购"])

/** Day number of the first day of the window of `months` calendar months ending with `day`'s month. */
export const windowStartDay = (day: number, months: number): number => firstDayOfMonth(monthOfDay(day) - months + 1)

const emptySummary = (): PurchaseSummary => ({
  count: 0,
  total: 0,
  protectedAmount: 0,
  amounts: [],
  terms: [],
  minRate: Number.NaN,
  maxRate: Number.NaN,
  riskCounts: new Int32Array(6),
  channels: new Map(),
  lastDay: Number.NEGATIVE_INFINITY
})

/** Purchases with a trade date in [firstDay, lastDay] (day numbers), by customer code. */
export const summarisePurchases = (
  trades: Iterable<PurchaseRow>,
  products: ReadonlyMap<string, ProductFacts>,
  firstDay: number,
  lastDay: number
): Map<string, PurchaseSummary> => {
  const byCode = new Map<string, PurchaseSummary>()
  for (const row of trades) {
    if (!PURCHASE_TYPES.has(row.businessType)) continue
    const day = Math.floor(parseTradeTime(row.tradeTime) / DAY_MS)
    if (!(day >= firstDay && day <= lastDay)) continue
    let s = byCode.get(row.companyCode)
    if (s === undefined) {
      s = emptySummary()
      byCode.set(row.companyCode, s)
    }
    s.count++
    s.total += row.amount
    s.amounts.push(row.amount)
    if (day > s.lastDay) s.lastDay = day
    if (row.channel !== "") s.channels.set(row.channel, (s.channels.get(row.channel) ?? 0) + 1)
    const product = products.get(row.productCode)
    if (product === undefined) continue
    if (product.productType === "保本") s.protectedAmount += row.amount
    s.terms.push(product.termDays)
    if (!(product.expectedRate >= s.minRate)) s.minRate = product.expectedRate
    if (!(product.expectedRate <= s.maxRate)) s.maxRate = product.expectedRate
    const risk = riskOfLevel(product.riskLevel)
    if (risk !== null) s.riskCounts[risk]!++
  }
  return byCode
}
