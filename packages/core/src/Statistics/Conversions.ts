/**
 * The customers behind a conversion figure (DOMAIN.md §7): the converted customers of one period, each with the
 * first marketing record that made it recommended and the first purchase (认购/申购) that converted it. The same
 * rule as `conversionCounts`, so the customers of an outlet here are exactly the outlet's converted count there.
 */
import type { MarketingRecord } from "../Marketing/MarketingTypes.js"
import type { UploadRow } from "../Upload/Specs.js"
import { isPurchase } from "./Amounts.js"
import { lowerBound, type StatsData } from "./StatsData.js"
import { type WallPeriod, wallKeyOfMs, wallKeyOfText } from "./WallTime.js"

export interface Conversion {
  readonly companyCode: string
  /** The customer's outlet code as the statistics index places it. */
  readonly outletCode: string
  /** The customer's first marketing record in the period (ties: the lower id). */
  readonly record: MarketingRecord
  /** Wall-clock number of the first purchase on or after that record, inside the period. */
  readonly purchaseKey: number
}

/** Converted customers of the period, by first record time then customer code. */
export const conversionsOf = (
  data: StatsData,
  records: ReadonlyArray<MarketingRecord>,
  period: WallPeriod,
  timeZone: string
): ReadonlyArray<Conversion> => {
  const first = new Map<number, { key: number; record: MarketingRecord }>()
  for (const r of records) {
    const c = data.customerIndex.get(r.companyCode)
    if (c === undefined) continue
    const key = wallKeyOfMs(r.createTime, timeZone)
    if (key < period.from || key >= period.until) continue
    const seen = first.get(c)
    if (seen === undefined || key < seen.key || (key === seen.key && r.id < seen.record.id))
      first.set(c, { key, record: r })
  }
  const out: Array<Conversion & { readonly key: number }> = []
  for (const [c, { key, record }] of first) {
    const times = data.purchases[c]!
    const i = lowerBound(times, key)
    if (i >= times.length || times[i]! >= period.until) continue
    const outletCode = data.outletCodes[data.outletOfCustomer[c]!]!
    out.push({ companyCode: record.companyCode, outletCode, record, purchaseKey: times[i]!, key })
  }
  out.sort((a, b) => a.key - b.key || (a.companyCode < b.companyCode ? -1 : a.companyCode > b.companyCode ? 1 : 0))
  return out.map(({ key: _, ...c }) => c)
}

/** For each wanted customer, its first purchase trade at the wanted wall-clock time (input order on ties). */
export const purchasesAt = <T extends { readonly trade: UploadRow<"financial_trade"> }>(
  trades: Iterable<T>,
  wanted: ReadonlyMap<string, number>
): ReadonlyMap<string, T> => {
  const found = new Map<string, T>()
  for (const entry of trades) {
    const t = entry.trade
    const key = wanted.get(t.companyCode)
    if (key === undefined || found.has(t.companyCode) || !isPurchase(t)) continue
    if (wallKeyOfText(t.tradeTime) === key) found.set(t.companyCode, entry)
  }
  return found
}
