/**
 * The facts matching works on: a product reduced to what the rules read, a customer reduced to its matching
 * facts, and a scored recommendation. Units: starting amounts in 万元 as uploaded, investable funds in yuan.
 */
import { cycleBucket, riskOfLevel } from "../Preferences/Buckets.js"
import type { PreferenceConfig } from "../Preferences/PreferenceConfig.js"
import { cycleBuckets } from "../Preferences/PreferenceLabels.js"
import type { UploadRow } from "../Upload/Specs.js"

export type ProductRow = UploadRow<"product">

export interface MatchProduct {
  readonly row: ProductRow
  /** 1–5 of R1–R5. */
  readonly risk: number
  /** Index into `cycleBuckets` of the product's term. */
  readonly termBucket: number
  /** Starting amount (起购金额) in yuan. */
  readonly startingYuan: number
  /** 0–1: purchases of the product relative to the best-selling product. */
  readonly popularity: number
  /** Purchases (认购 / 申购) of the product in the bank. */
  readonly purchases: number
}

/** What the scorer knows of a customer. */
export interface MatchFacts {
  /** Risk tolerance 1–5: riskRating when known, else the preference's risk. */
  readonly tolerance: number
  /** Index into `cycleBuckets` of the cycle preference. */
  readonly cycle: number
  /** Lowest expected rate (% a year) of its purchases; NaN when it has no rate preference. */
  readonly rateMin: number
  /** What it can invest, yuan: idle funds, or for bought customers its largest purchase if that is more. */
  readonly capacityYuan: number
}

export interface Recommendation {
  readonly product: ProductRow
  /** 0–100, one decimal. */
  readonly score: number
  /** Short Chinese reasons, e.g. 风险等级R3，在客户承受范围内. */
  readonly reasons: ReadonlyArray<string>
}

export const cycleIndex = (label: string): number => Math.max(0, (cycleBuckets as ReadonlyArray<string>).indexOf(label))

/** A product row as the scorer sees it; rows of an unknown risk level count as the highest (R5). */
export const matchProduct = (
  row: ProductRow,
  purchases: number,
  maxPurchases: number,
  preferences: PreferenceConfig
): MatchProduct => ({
  row,
  risk: riskOfLevel(row.riskLevel) ?? 5,
  termBucket: cycleIndex(cycleBucket(row.termDays, preferences)),
  startingYuan: row.startingAmount * 10_000,
  popularity: maxPurchases > 0 ? Math.log1p(purchases) / Math.log1p(maxPurchases) : 0,
  purchases
})

/** 销售期 contains `day` ('YYYY-MM-DD'; the texts compare as dates). */
export const onSaleOn = (row: ProductRow, day: string): boolean => row.salesStart <= day && day <= row.salesEnd
