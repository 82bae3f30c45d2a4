/**
 * 理财偏好, 企业分类 and 理财特征 of every customer (DOMAIN.md §4), as one pure batch function.
 *
 * Bought (已购买) customers are described by their purchases in the window; the others by their portrait,
 * riskRating and transaction channel. See README.md in this folder for every edge decision.
 */
import { parseDay } from "../Portrait/Calendar.js"
import {
  amountBucket,
  cycleBucket,
  cycleOfFluctuation,
  median,
  mostUsed,
  riskOfLevel,
  riskOfPurchases
} from "./Buckets.js"
import { highValueIndexes } from "./HighValue.js"
import { makePreferenceConfig, type PreferenceConfig, YUAN_PER_WAN } from "./PreferenceConfig.js"
import type { Category, CycleBucket, Feature } from "./PreferenceLabels.js"
import type { Preference, PreferenceCustomer, PreferenceInput, ProductFacts } from "./PreferenceTypes.js"
import { type PurchaseSummary, summarisePurchases, windowStartDay } from "./PurchaseSummary.js"

/** Codes of customers with a holding expiring in [today − startDays, today + endDays]. */
const maturingCodes = (input: PreferenceInput, today: number, config: PreferenceConfig): Set<string> => {
  const from = today - config.warningStartDays
  const to = today + config.warningEndDays
  const codes = new Set<string>()
  for (const h of input.holdings) {
    const day = parseDay(h.expiryDate)
    if (day >= from && day <= to) codes.add(h.companyCode)
  }
  return codes
}

const boughtCycle = (s: PurchaseSummary, c: PreferenceCustomer, config: PreferenceConfig): CycleBucket =>
  s.terms.length > 0
    ? cycleBucket(median(s.terms), config)
    : cycleOfFluctuation(c.portrait?.all.monthBalance?.fluctuationDegree ?? null, config)

export const computePreferences = (input: PreferenceInput): Array<Preference> => {
  const config = makePreferenceConfig(input.config)
  const analysisDay = parseDay(input.analysisDate)
  if (Number.isNaN(analysisDay)) throw new RangeError(`analysisDate is not a date: ${input.analysisDate}`)
  const today = input.today === undefined ? analysisDay : parseDay(input.today)
  const products = new Map<string, ProductFacts>()
  for (const p of input.products) products.set(p.productCode, p)
  const firstDay = windowStartDay(analysisDay, config.purchaseWindowMonths)
  const summaries = summarisePurchases(input.trades, products, firstDay, analysisDay)
  const maturing = maturingCodes(input, today, config)
  const boughtIndexes: Array<number> = []
  const totals: Array<number> = []
  input.customers.forEach((c, i) => {
    const s = summaries.get(c.code)
    if (s !== undefined) {
      boughtIndexes.push(i)
      totals.push(s.total)
    }
  })
  const highValue = new Set(Array.from(highValueIndexes(totals, config.highValueTopPercent), (k) => boughtIndexes[k]!))
  const recentFrom = analysisDay - config.recentPurchaseDays + 1

  return input.customers.map((c, i): Preference => {
    const s = summaries.get(c.code)
    const p = c.portrait
    const idleFunds = p?.idleFunds ?? 0
    const holdsMaturing = maturing.has(c.code)
    const ratedRisk = riskOfLevel(c.riskRating) ?? config.defaultRisk
    let category: Category
    let cycle: CycleBucket
    let protectedShare = 0
    if (s !== undefined) {
      category = highValue.has(i)
        ? "高价值客户"
        : holdsMaturing && s.lastDay < recentFrom
          ? "到期流失风险客户"
          : "稳定持有客户"
      cycle = boughtCycle(s, c, config)
      protectedShare = s.total > 0 ? s.protectedAmount / s.total : 0
    } else {
      category =
        idleFunds >= config.highIdleFundsYuan
          ? "高潜力客户"
          : idleFunds >= config.mediumIdleFundsYuan
            ? "一般潜力客户"
            : "低潜力客户"
      cycle = cycleOfFluctuation(p?.all.monthBalance?.fluctuationDegree ?? null, config)
    }
    const features: Array<Feature> = []
    if (idleFunds >= config.highIdleFundsYuan) features.push("资金沉淀充足")
    if (p?.all.monthBalance?.fluctuationDegree === "高") features.push("资金波动大")
    if (cycle === "3个月以内") features.push("偏好短期")
    if (s !== undefined && protectedShare >= config.capitalProtectedShare) features.push("偏好保本")
    if (p?.all.trade?.level === config.activeTradeLevel) features.push("交易活跃")
    if (p !== null && p.innerScale.trade >= config.inBankShare) features.push("行内交易为主")
    if (holdsMaturing) features.push("持有即将到期")
    return {
      bought: s !== undefined,
      risk: s === undefined ? ratedRisk : (riskOfPurchases(s.riskCounts) ?? ratedRisk),
      amount: amountBucket(s === undefined ? idleFunds / YUAN_PER_WAN : median(s.amounts), config),
      cycle,
      interestRate: s === undefined || Number.isNaN(s.minRate) ? null : { min: s.minRate, max: s.maxRate },
      channel: s === undefined ? c.transactionChannel : (mostUsed(s.channels) ?? c.transactionChannel),
      category,
      features
    }
  })
}
