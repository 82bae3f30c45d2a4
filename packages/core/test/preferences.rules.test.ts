/**
 * 理财偏好 rules on hand-made examples (DOMAIN.md §4): bucket edges, medians, risk, rate, channel, the
 * 24-month purchase window and the not-bought inference. Analysis date D = 2024-06-30 throughout, so the
 * purchase window is 2022-07-01 … 2024-06-30.
 */
import { describe, expect, it } from "vitest"
import type { FluctuationDegree } from "../src/Portrait/PortraitTypes.js"
import {
  amountBucket,
  computePreferences,
  defaultPreferenceConfig as config,
  cycleBucket,
  median,
  mostUsed,
  type PortraitFacts,
  type PreferenceCustomer,
  type ProductFacts,
  type PurchaseRow,
  riskOfPurchases
} from "../src/Preferences/index.js"

const D = "2024-06-30"
const product = (productCode: string, riskLevel = "R2", termDays = 182, expectedRate = 3): ProductFacts => ({
  productCode,
  riskLevel,
  termDays,
  expectedRate,
  productType: "非保本"
})
const buy = (
  productCode: string,
  amount: number,
  tradeTime = "2024-05-01 10:00:00",
  channel = "网银"
): PurchaseRow => ({
  companyCode: "C",
  productCode,
  businessType: "申购",
  tradeTime,
  amount,
  channel
})
const facts = (idleFunds: number | null, degree: FluctuationDegree | null = "低"): PortraitFacts => ({
  idleFunds,
  all: { monthBalance: degree === null ? null : { fluctuationDegree: degree }, trade: { level: 3 } },
  innerScale: { trade: 0.1 }
})
const customer = (patch: Partial<PreferenceCustomer> = {}): PreferenceCustomer => ({
  code: "C",
  riskRating: null,
  portrait: facts(100_000),
  transactionChannel: "柜台",
  ...patch
})
const prefer = (trades: ReadonlyArray<PurchaseRow>, products: ReadonlyArray<ProductFacts>, c = customer()) =>
  computePreferences({ analysisDate: D, customers: [c], trades, products, holdings: [] })[0]!

describe("preference buckets and medians", () => {
  it("puts an amount edge into the bucket above it (50万 exactly → 50-100万)", () => {
    const cases: Array<[number, string]> = [
      [0, "50万以下"],
      [49.999999, "50万以下"],
      [50, "50-100万"],
      [99.99, "50-100万"],
      [100, "100-500万"],
      [500, "500-1000万"],
      [999.99, "500-1000万"],
      [1000, "1000万以上"]
    ]
    for (const [wan, label] of cases) expect(amountBucket(wan, config)).toBe(label)
  })
  it("puts a term edge into the bucket below it (90 days → 3个月以内, 365 days → 6-12个月)", () => {
    const cases: Array<[number, string]> = [
      [1, "3个月以内"],
      [90, "3个月以内"],
      [90.5, "3-6个月"],
      [180, "3-6个月"],
      [181, "6-12个月"],
      [365, "6-12个月"],
      [366, "1年以上"]
    ]
    for (const [days, label] of cases) expect(cycleBucket(days, config)).toBe(label)
  })
  it("takes the middle value of an odd count and the mean of the two middle values of an even count", () => {
    expect(median([3, 1, 2])).toBe(2)
    expect(median([10, 1, 3, 2])).toBe(2.5)
    expect(median([])).toBeNaN()
  })
  it("picks the highest risk bought at least twice, else the highest bought", () => {
    expect(riskOfPurchases([0, 0, 2, 0, 1, 0])).toBe(2)
    expect(riskOfPurchases([0, 1, 0, 1, 0, 1])).toBe(5)
    expect(riskOfPurchases([0, 0, 2, 3, 0, 0])).toBe(3)
    expect(riskOfPurchases([0, 0, 0, 0, 0, 0])).toBeNull()
  })
  it("breaks a channel tie in favour of the channel used first", () => {
    expect(
      mostUsed(
        new Map([
          ["柜台", 2],
          ["网银", 2],
          ["手机银行", 1]
        ])
      )
    ).toBe("柜台")
    expect(mostUsed(undefined)).toBeNull()
  })
})

describe("preferences of a bought customer", () => {
  const products = [product("P2", "R2", 30, 2.5), product("P4", "R4", 200, 4.1), product("P1", "R1", 400, 3)]
  it("prefers R2 bought twice over R4 bought once, and reads median amount, term, rate range, channel", () => {
    const p = prefer(
      [buy("P2", 40, undefined, "手机银行"), buy("P2", 60, undefined, "手机银行"), buy("P4", 700)],
      products
    )
    // amounts 40, 60, 700 → 60; terms 30, 30, 200 → 30; rates 2.5 … 4.1.
    expect(p).toMatchObject({ bought: true, risk: 2, amount: "50-100万", cycle: "3个月以内", channel: "手机银行" })
    expect(p.interestRate).toEqual({ min: 2.5, max: 4.1 })
  })
  it("takes the mean of the two middle amounts and terms of an even count", () => {
    // amounts 40, 60 → 50 → 50-100万; terms 30, 200 → 115 → 3-6个月; R1 and R4 once each → 4.
    const p = prefer([buy("P1", 40), buy("P4", 60)], [product("P1", "R1", 30), product("P4", "R4", 200)])
    expect(p).toMatchObject({ amount: "50-100万", cycle: "3-6个月", risk: 4 })
  })
  it("falls back to riskRating, fluctuation and no rate range when the products are unknown", () => {
    const p = prefer([buy("NOPE", 10)], [], customer({ riskRating: "R3", portrait: facts(0, "中") }))
    expect(p).toMatchObject({ bought: true, risk: 3, cycle: "3-6个月", interestRate: null, channel: "网银" })
  })
  it("does not count redemptions (赎回) or maturities (到期兑付) as purchases", () => {
    const trades = [
      { ...buy("P2", 10), businessType: "赎回" },
      { ...buy("P2", 10), businessType: "到期兑付" }
    ]
    expect(prefer(trades, products).bought).toBe(false)
  })
  it("counts purchases from the first day of the 24th month back through the end of the analysis date", () => {
    const at = (tradeTime: string) => prefer([buy("P2", 10, tradeTime)], products).bought
    expect(at("2022-06-30 23:59:59")).toBe(false)
    expect(at("2022-07-01 00:00:00")).toBe(true)
    expect(at("2024-06-30 23:59:59")).toBe(true)
    expect(at("2024-07-01 00:00:00")).toBe(false)
  })
})

describe("preferences inferred for a customer without purchases", () => {
  it("takes the risk from riskRating, else 2", () => {
    expect(prefer([], [], customer({ riskRating: "R4" })).risk).toBe(4)
    expect(prefer([], [], customer({ riskRating: null })).risk).toBe(2)
  })
  it("buckets idle funds converted from yuan to 万元", () => {
    expect(prefer([], [], customer({ portrait: facts(5_000_000) })).amount).toBe("500-1000万")
    expect(prefer([], [], customer({ portrait: facts(499_999.99) })).amount).toBe("50万以下")
    expect(prefer([], [], customer({ portrait: facts(500_000) })).amount).toBe("50-100万")
    expect(prefer([], [], customer({ portrait: null })).amount).toBe("50万以下")
  })
  it("maps monthly balance fluctuation 高/中/低 to 3个月以内/3-6个月/6-12个月, and none to 6-12个月", () => {
    const cycleOf = (degree: FluctuationDegree | null) => prefer([], [], customer({ portrait: facts(0, degree) })).cycle
    expect([cycleOf("高"), cycleOf("中"), cycleOf("低"), cycleOf("无"), cycleOf(null)]).toEqual([
      "3个月以内",
      "3-6个月",
      "6-12个月",
      "6-12个月",
      "6-12个月"
    ])
  })
  it("uses the most used transaction channel and has no rate range", () => {
    const p = prefer([], [], customer({ transactionChannel: "手机银行" }))
    expect(p).toMatchObject({ bought: false, channel: "手机银行", interestRate: null })
  })
})
