/**
 * Input and output shapes of 理财偏好 (DOMAIN.md §4). The input rows are structural subsets of the typed
 * upload rows, so `UploadRow<"financial_trade">`, `<"product">` and `<"holding">` fit as they are.
 */
import type { FluctuationDegree } from "../Portrait/PortraitTypes.js"
import type { PreferenceConfig } from "./PreferenceConfig.js"
import type { AmountBucket, Category, CycleBucket, Feature, RiskPreference } from "./PreferenceLabels.js"

/** A 理财交易 row; only 认购 / 申购 count as purchases. Amount in 万元. */
export interface PurchaseRow {
  readonly companyCode: string
  readonly productCode: string
  readonly businessType: string
  /** 'YYYY-MM-DD HH:mm:ss'. */
  readonly tradeTime: string
  readonly amount: number
  readonly channel: string
}

/** A 本行产品 row: risk level R1–R5, term in days, expected rate in % a year, 保本 / 非保本 / 结构性. */
export interface ProductFacts {
  readonly productCode: string
  readonly riskLevel: string
  readonly termDays: number
  readonly expectedRate: number
  readonly productType: string
}

/** A 持有产品 row. */
export interface HoldingFacts {
  readonly companyCode: string
  /** 'YYYY-MM-DD'. */
  readonly expiryDate: string
}

/** The portrait figures the rules read; a `CompanyPortrait` fits. Idle funds in yuan. */
export interface PortraitFacts {
  readonly idleFunds: number | null
  readonly all: {
    readonly monthBalance: { readonly fluctuationDegree: FluctuationDegree } | null
    readonly trade: { readonly level: number } | null
  }
  readonly innerScale: { readonly trade: number }
}

export interface PreferenceCustomer {
  readonly code: string
  /** 'R1'…'R5' or null. */
  readonly riskRating: string | null
  /** Null when the customer has no portrait figures at all. */
  readonly portrait: PortraitFacts | null
  /** The most used 交易流水 channel, null when none (see `mostUsed`). */
  readonly transactionChannel: string | null
}

export interface PreferenceInput {
  /** 'YYYY-MM-DD': D, the end of the purchase window and of the 90-day look-back. */
  readonly analysisDate: string
  /** 'YYYY-MM-DD': start of the 到期预警 window; default the analysis date. */
  readonly today?: string | undefined
  readonly customers: ReadonlyArray<PreferenceCustomer>
  /** Any 理财交易 rows; those that are not purchases inside the window are skipped. */
  readonly trades: Iterable<PurchaseRow>
  readonly products: Iterable<ProductFacts>
  readonly holdings: Iterable<HoldingFacts>
  readonly config?: Partial<PreferenceConfig> | undefined
}

/** 利率偏好: range of the expected rates (% a year) of the purchased products. */
export interface RateRange {
  readonly min: number
  readonly max: number
}

/** One customer's 理财偏好, stored with its portrait. */
export interface Preference {
  /** 已购买: at least one purchase in the window. */
  readonly bought: boolean
  readonly risk: RiskPreference
  readonly amount: AmountBucket
  readonly cycle: CycleBucket
  readonly interestRate: RateRange | null
  readonly channel: string | null
  readonly category: Category
  readonly features: ReadonlyArray<Feature>
}
