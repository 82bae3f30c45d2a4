/**
 * The read model of one customer: its portrait figures plus what lists and searches show and filter on.
 * Reading a portrait is a lookup of this record, never a scan of transactions.
 */
import type { CompanyPortrait } from "../Portrait/PortraitTypes.js"
import type { Preference } from "../Preferences/PreferenceTypes.js"

/**
 * What a reader needs to interpret a portrait's figures (DOMAIN.md §3): the analysis date and window they
 * were computed for, and the settings in force at that recompute. One object shared by a version's portraits.
 */
export interface AnalysisBasis {
  /** D, YYYY-MM-DD; null without any transaction and no fixed date. */
  readonly analysisDate: string | null
  /** "latestTrade": D is the latest trade date in the data; "fixed": the date the bank admin set. */
  readonly analysisDateSource: "latestTrade" | "fixed"
  /** The window: the 12 calendar months ending with D's month, up to D (YYYY-MM-DD each). */
  readonly windowFirst: string | null
  readonly windowLast: string | null
  readonly lowThreshold: number
  readonly mediumThreshold: number
  readonly ourBankCodes: ReadonlyArray<string>
}

export interface StoredPortrait {
  readonly code: string
  readonly name: string
  readonly outletCode: string
  readonly branchCode: string
  readonly linkman: string
  readonly contact: string
  readonly riskRating: string | null
  readonly listedCompanyId: string | null
  readonly portrait: CompanyPortrait
  /** 理财偏好, 企业分类 and 理财特征 (DOMAIN.md §4), computed with the portrait. */
  readonly preference: Preference
  /** The basis of the figures; absent in portraits stored before it existed. */
  readonly analysis?: AnalysisBasis
}

export interface PortraitFilter {
  /** Matches code or name, case-insensitively. */
  readonly keyword?: string | undefined
  readonly branchCode?: string | undefined
  readonly outletCode?: string | undefined
}
