/**
 * Input and output shapes of the portrait engine (企业画像, DOMAIN.md §3).
 *
 * The output is a read model: plain readonly data, ready to be stored and looked up by customer code.
 */
import type { TradeColumns } from "./TradeColumns.js"

/** 波动程度 of a series: coefficient of variation below `low` → 低, below `medium` → 中, else 高; mean 0 → 无. */
export type FluctuationDegree = "低" | "中" | "高" | "无"

export interface FluctuationThresholds {
  readonly low: number
  readonly medium: number
}

export const defaultFluctuationThresholds: FluctuationThresholds = { low: 0.2, medium: 0.5 }

export interface CompanyRef {
  readonly code: string
  readonly outletCode: string
  readonly branchCode: string
}

export interface PortraitInput {
  readonly trades: TradeColumns
  readonly companies: ReadonlyArray<CompanyRef>
  /** 'YYYY-MM-DD'; default = the latest trade date. */
  readonly analysisDate?: string
  readonly thresholds?: Partial<FluctuationThresholds>
}

/** [max, min, avg]. */
export type Triple = readonly [max: number, min: number, avg: number]

/** Competition rank among the customers having the block, bank-wide, in the sub-branch, in the outlet. */
export interface Standing {
  readonly rank: number
  readonly branchRank: number
  readonly outletRank: number
  /** 1–5, the bank-wide quintile: min(5, floor((rank − 1) × 5 / N) + 1). */
  readonly level: number
}

/** 时点余额 (hourBalance) or 月日均余额 (monthBalance), in yuan. */
export interface BalanceFigure extends Standing {
  readonly balance: Triple
  readonly fluctuationDegree: FluctuationDegree
}

/** 交易: monthly amount (yuan) and count (quantity) over the zero-filled months. */
export interface TradeFigure extends Standing {
  readonly amount: Triple
  readonly quantity: Triple
  readonly amountFluctuationDegree: FluctuationDegree
  readonly quantityFluctuationDegree: FluctuationDegree
}

/** One of allTradeStream / borrowTradeStream / lendTradeStream; null where no value is behind a figure. */
export interface DirectionBlock {
  readonly hourBalance: BalanceFigure | null
  readonly monthBalance: BalanceFigure | null
  readonly trade: TradeFigure | null
}

/** 行内占比: in-bank share of the window's transactions, 0–1 to four decimals, 0 when there are none. */
export interface InnerScale {
  readonly trade: number
  readonly quantity: number
  readonly borrowTrade: number
  readonly borrowQuantity: number
  readonly lendTrade: number
  readonly lendQuantity: number
}

/** One window month for charts; avgBalance is the month's daily average (d = all), null when unknown. */
export interface MonthFigures {
  readonly month: string
  readonly avgBalance: number | null
  readonly borrowAmount: number
  readonly borrowCount: number
  readonly lendAmount: number
  readonly lendCount: number
}

export interface CompanyPortrait extends CompanyRef {
  readonly all: DirectionBlock
  readonly borrow: DirectionBlock
  readonly lend: DirectionBlock
  readonly innerScale: InnerScale
  /** 沉淀资金: lowest monthly average balance over the window's last 6 months that have one. */
  readonly idleFunds: number | null
  /** The 12 window months, oldest first. */
  readonly months: ReadonlyArray<MonthFigures>
}

export interface PortraitWindow {
  readonly first: string
  readonly last: string
}

export interface PortraitSet {
  /** Null only when there is no trade at all and no configured date. */
  readonly analysisDate: string | null
  readonly window: PortraitWindow | null
  /** In the order of `PortraitInput.companies`. */
  readonly portraits: ReadonlyArray<CompanyPortrait>
  readonly byCode: ReadonlyMap<string, CompanyPortrait>
}
