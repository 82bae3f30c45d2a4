/** Upload rows and portraits for the DatasetRepo contract: valid typed rows with nulls, decimals and booleans. */
import type { DatasetPointer } from "../../Data/DatasetPointer.js"
import type { StoredPortrait } from "../../Data/StoredPortrait.js"
import type { BalanceFigure, CompanyPortrait, DirectionBlock, MonthFigures } from "../../Portrait/PortraitTypes.js"
import type { Preference } from "../../Preferences/PreferenceTypes.js"
import type { UploadRow } from "../../Upload/Specs.js"
import { T0 } from "./fixtures.js"

export const product = (productCode: string, patch: Partial<UploadRow<"product">> = {}): UploadRow<"product"> => ({
  productCode,
  productName: `稳健理财 ${productCode}`,
  productType: "非保本",
  riskLevel: "R2",
  termDays: 182,
  startingAmount: 1.5,
  expectedRate: 3.25,
  salesStart: "2024-01-01",
  salesEnd: "2024-01-15",
  valueDate: "2024-01-16",
  expiryDate: "2024-07-16",
  manualUrl: null,
  remark: null,
  marketingSkills: "适合闲置资金 6 个月以上的客户",
  ...patch
})

export const organization = (outletCode: string, branchCode = "B01"): UploadRow<"organization"> => ({
  branchCode,
  branchName: `支行 ${branchCode}`,
  outletCode,
  outletName: `网点 ${outletCode}`
})

export const tradeFlow = (
  accountNo: string,
  tradeTime: string,
  patch: Partial<UploadRow<"trade_flow">> = {}
): UploadRow<"trade_flow"> => ({
  companyCode: "C1",
  accountNo,
  tradeTime,
  direction: "贷",
  amount: 1234.56,
  balance: 98_765.43,
  counterpartyBank: null,
  channel: "网银",
  ...patch
})

export const financialTrade = (
  tradeId: string,
  patch: Partial<UploadRow<"financial_trade">> = {}
): UploadRow<"financial_trade"> => ({
  tradeId,
  companyCode: "C1",
  productCode: "P1",
  businessType: "赎回",
  tradeTime: "2024-03-01 10:15:00",
  valueDate: null,
  expiryDate: null,
  amount: 100.123456,
  balance: 0,
  interestRate: null,
  channel: "柜台",
  allRedeemFlag: true,
  ...patch
})

export const pointer = (
  version: number,
  snapshots: DatasetPointer["snapshots"] = {},
  analysisDate: string | null = "2024-06-30"
): DatasetPointer => ({ version, appliedAt: T0 + version, snapshots, analysisDate })

const balanceFigure = (rank: number): BalanceFigure => ({
  balance: [1_250_000.5, -3_000.25, 412_345.678],
  fluctuationDegree: "中",
  rank,
  branchRank: 1,
  outletRank: 1,
  level: 5
})

const block = (rank: number, withTrade: boolean): DirectionBlock => ({
  hourBalance: balanceFigure(rank),
  monthBalance: null,
  trade: withTrade
    ? {
        amount: [90_000, 0, 30_000.33],
        quantity: [12, 0, 4.5],
        amountFluctuationDegree: "高",
        quantityFluctuationDegree: "无",
        rank,
        branchRank: 2,
        outletRank: 1,
        level: 3
      }
    : null
})

const months = (): ReadonlyArray<MonthFigures> =>
  ["2024-04", "2024-05", "2024-06"].map((month, i) => ({
    month,
    avgBalance: i === 0 ? null : 100_000 * i + 0.5,
    borrowAmount: 1_000 * i,
    borrowCount: i,
    lendAmount: 0,
    lendCount: 0
  }))

/** 理财偏好 of a not-bought customer: a null rate range and a feature list to round-trip. */
const fixturePreference: Preference = {
  bought: false,
  risk: 2,
  amount: "50万以下",
  cycle: "3-6个月",
  interestRate: null,
  channel: "网银",
  category: "低潜力客户",
  features: ["资金波动大", "行内交易为主"]
}

/** A stored portrait shaped like the engine's output: nested blocks, triples, nulls and a month list. */
export const storedPortrait = (
  code: string,
  patch: Partial<Omit<StoredPortrait, "portrait">> & { readonly idleFunds?: number | null } = {}
): StoredPortrait => {
  const { idleFunds = 88_000.01, preference = fixturePreference, ...fields } = patch
  const outletCode = fields.outletCode ?? "O11"
  const branchCode = fields.branchCode ?? "B01"
  const portrait: CompanyPortrait = {
    code,
    outletCode,
    branchCode,
    all: block(1, true),
    borrow: block(2, false),
    lend: { hourBalance: null, monthBalance: null, trade: null },
    innerScale: { trade: 0.25, quantity: 0.3333, borrowTrade: 0, borrowQuantity: 0, lendTrade: 1, lendQuantity: 1 },
    idleFunds,
    months: months()
  }
  return {
    code,
    name: `Company ${code}`,
    linkman: "韩梅梅",
    contact: "021-12345678",
    riskRating: null,
    listedCompanyId: null,
    ...fields,
    outletCode,
    branchCode,
    portrait,
    preference
  }
}
