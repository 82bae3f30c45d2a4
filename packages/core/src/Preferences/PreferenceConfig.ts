/**
 * Thresholds of 理财偏好 (DOMAIN.md §4, §6). Every number the rules use lives here, with the domain default.
 *
 * Units: purchase amounts and amount edges are 万元 (10,000 yuan); idle funds (沉淀资金) are yuan, as the
 * portrait computes them, so 500万 = 5,000,000 yuan.
 */
import type { CycleBucket } from "./PreferenceLabels.js"

/** 1 万元 in yuan. */
export const YUAN_PER_WAN = 10_000

export interface PreferenceConfig {
  /** Purchases (认购 / 申购) count in the calendar months ending with the analysis date's month, up to it. */
  readonly purchaseWindowMonths: number
  /** 高价值客户: purchase total in the top this-many percent of bought customers (an integer, ties included). */
  readonly highValueTopPercent: number
  /** 到期流失风险客户: nothing bought in this many days up to the analysis date (D − days + 1 … D). */
  readonly recentPurchaseDays: number
  /** 到期预警 window: expiry in [today − startDays, today + endDays]. */
  readonly warningStartDays: number
  readonly warningEndDays: number
  /** 高潜力客户 and 资金沉淀充足: idle funds at least this, yuan (500万). */
  readonly highIdleFundsYuan: number
  /** 一般潜力客户: idle funds at least this, yuan (50万). */
  readonly mediumIdleFundsYuan: number
  /** 偏好保本: at least this share of the purchase amount went to 保本 products. */
  readonly capitalProtectedShare: number
  /** 行内交易为主: innerScale.trade at least this. */
  readonly inBankShare: number
  /** 交易活跃: all.trade.level equal to this (the top quintile). */
  readonly activeTradeLevel: number
  /** Amount bucket edges in 万元, ascending: below edges[0] → first bucket, at or above the last → last one. */
  readonly amountEdgesWan: readonly [number, number, number, number]
  /** Cycle bucket upper edges in days, inclusive: 3个月 = 90, 6个月 = 180, 12个月 = 365. */
  readonly cycleEdgesDays: readonly [number, number, number]
  /** Risk of a not-bought customer without riskRating. */
  readonly defaultRisk: 1 | 2 | 3 | 4 | 5
  /** Cycle of a not-bought customer whose monthly balance has no fluctuation degree (none, or 无). */
  readonly cycleWithoutFluctuation: CycleBucket
}

export const defaultPreferenceConfig: PreferenceConfig = {
  purchaseWindowMonths: 24,
  highValueTopPercent: 20,
  recentPurchaseDays: 90,
  warningStartDays: 0,
  warningEndDays: 40,
  highIdleFundsYuan: 5_000_000,
  mediumIdleFundsYuan: 500_000,
  capitalProtectedShare: 0.8,
  inBankShare: 0.6,
  activeTradeLevel: 1,
  amountEdgesWan: [50, 100, 500, 1000],
  cycleEdgesDays: [90, 180, 365],
  defaultRisk: 2,
  cycleWithoutFluctuation: "6-12个月"
}

export const makePreferenceConfig = (patch: Partial<PreferenceConfig> = {}): PreferenceConfig => ({
  ...defaultPreferenceConfig,
  ...patch
})
