/**
 * The read model of one customer: its portrait figures plus what lists and searches show and filter on.
 * Reading a portrait is a lookup of this record, never a scan of transactions.
 */
import type { CompanyPortrait } from "../Portrait/PortraitTypes.js"
import type { Preference } from "../Preferences/PreferenceTypes.js"

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
}

export interface PortraitFilter {
  /** Matches code or name, case-insensitively. */
  readonly keyword?: string | undefined
  readonly branchCode?: string | undefined
  readonly outletCode?: string | undefined
}
