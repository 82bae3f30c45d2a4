/**
 * The in-memory model of the demo bank shared by the generators. Only the small tables live in memory;
 * account transactions are never materialised, they are streamed straight to disk.
 */

export type Risk = 1 | 2 | 3 | 4 | 5
export type ProductType = "保本" | "非保本" | "结构性"
/** Channels a wealth product can be bought through (DOMAIN.md §2 financial_trade). */
export type WealthChannel = "网银" | "手机银行" | "柜台"
export type Cycle = "3个月以内" | "3-6个月" | "6-12个月" | "1年以上"

export interface Outlet {
  readonly branchCode: string
  readonly branchName: string
  readonly outletCode: string
  readonly outletName: string
  /** 1-based positions, used to build account numbers. */
  readonly branchNo: number
  readonly outletNo: number
}

/** What the customer really wants: drives its purchases and transactions, never uploaded. */
export interface HiddenPreference {
  readonly buyer: boolean
  readonly riskAppetite: Risk
  readonly preferredTermDays: number
  readonly preferredCycle: Cycle
  readonly preferredProductType: ProductType
  readonly preferredChannel: WealthChannel
  readonly purchasesPerYear: number
  /** 万元 */
  readonly typicalAmountWan: number
  /** Typical total balance over its accounts, in yuan. */
  readonly typicalBalance: number
  readonly inBankShare: number
  readonly balanceVolatility: number
}

export interface Customer {
  readonly index: number
  readonly code: string
  readonly name: string
  readonly industry: string
  readonly outlet: Outlet
  readonly linkman: string
  readonly contact: string
  readonly riskRating: Risk | null
  readonly listedCompanyId: string | null
  readonly pref: HiddenPreference
}

export interface Product {
  readonly code: string
  readonly name: string
  readonly type: ProductType
  readonly risk: Risk
  readonly termDays: number
  /** 万元 */
  readonly startingWan: number
  /** % a year */
  readonly rate: number
  /** Open products take 申购 every workday (holding period from purchase); closed ones take 认购 in the window. */
  readonly open: boolean
  readonly salesStart: number
  readonly salesEnd: number
  readonly valueDate: number
  readonly expiryDate: number
  readonly manualUrl: string
  readonly remark: string
  readonly marketingSkills: string
}

export interface PeerProduct extends Product {
  readonly bankName: string
}

export type BusinessType = "认购" | "申购" | "赎回" | "到期兑付"

export interface WealthTrade {
  tradeId: string
  readonly customer: Customer
  readonly product: Product
  readonly businessType: BusinessType
  readonly day: number
  readonly second: number
  readonly valueDate: number
  readonly expiryDate: number
  /** 0.01 万元 (= 100 yuan) */
  readonly amount: number
  /** Position balance after the trade, 0.01 万元. */
  readonly balance: number
  readonly rate: number
  readonly channel: WealthChannel
  readonly allRedeem: boolean
}

export interface Holding {
  readonly customer: Customer
  readonly product: Product
  /** 0.01 万元 */
  readonly balance: number
  readonly valueDate: number
  readonly expiryDate: number
}
