/**
 * 企业分类 precedence, the top-20 % rule with ties, the warning window, every 理财特征 tag and the /api/params
 * lists (DOMAIN.md §4, §6). D = 2024-06-30: the 90-day look-back starts 2024-04-02, warnings run to 2024-08-09.
 */
import { describe, expect, it } from "vitest"
import {
  computePreferences,
  type HoldingFacts,
  highValueIndexes,
  type PortraitFacts,
  type PreferenceCustomer,
  type PurchaseRow,
  preferenceParams
} from "../src/Preferences/index.js"

const D = "2024-06-30"
const products = [
  { productCode: "P", riskLevel: "R2", termDays: 60, expectedRate: 3, productType: "非保本" },
  { productCode: "S", riskLevel: "R1", termDays: 365, expectedRate: 2, productType: "保本" },
  { productCode: "L", riskLevel: "R3", termDays: 200, expectedRate: 4, productType: "结构性" }
]
const buy = (
  companyCode: string,
  amount: number,
  tradeTime = "2024-01-10 09:00:00",
  productCode = "P"
): PurchaseRow => ({
  companyCode,
  productCode,
  businessType: "认购",
  tradeTime,
  amount,
  channel: "柜台"
})
const facts = (patch: Partial<PortraitFacts> = {}): PortraitFacts => ({
  idleFunds: 0,
  all: { monthBalance: { fluctuationDegree: "低" }, trade: { level: 3 } },
  innerScale: { trade: 0 },
  ...patch
})
const customer = (code: string, portrait = facts()): PreferenceCustomer => ({
  code,
  riskRating: null,
  portrait,
  transactionChannel: null
})
// Four bigger buyers with equal totals: all rank 1 of 5, so the customer "C" under test is never high value.
const fillers = ["F1", "F2", "F3", "F4"]
const categoryOf = (trades: ReadonlyArray<PurchaseRow>, holdings: ReadonlyArray<HoldingFacts>, portrait = facts()) =>
  computePreferences({
    analysisDate: D,
    customers: [customer("C", portrait), ...fillers.map((f) => customer(f))],
    trades: [...trades, ...fillers.map((f) => buy(f, 1000))],
    products,
    holdings
  })[0]!

describe("企业分类 of bought customers", () => {
  it("ranks by purchase total: with 5 buyers only the top one, with ties at the edge all of them", () => {
    expect([...highValueIndexes([500, 400, 300, 200, 100], 20)]).toEqual([0])
    expect([...highValueIndexes([900, 800, 800, 700, 1, 1, 1, 1, 1, 1], 20)].sort()).toEqual([0, 1, 2])
    expect(
      highValueIndexes(
        Array.from({ length: 15 }, (_, i) => i),
        20
      )
    ).toEqual(new Set([14, 13, 12]))
    expect([...highValueIndexes([7], 20)]).toEqual([0])
    expect([...highValueIndexes([100.1 + 0.2, 100.3, 1, 1, 1], 20)].sort()).toEqual([0, 1])
  })
  it("marks a holding maturing in the window with nothing bought in 90 days as 到期流失风险客户", () => {
    const maturing = [{ companyCode: "C", expiryDate: "2024-07-10" }]
    expect(categoryOf([buy("C", 10, "2024-04-01 23:59:59")], maturing).category).toBe("到期流失风险客户")
    expect(categoryOf([buy("C", 10, "2024-04-02 00:00:00")], maturing).category).toBe("稳定持有客户")
  })
  it("warns about expiries from today through today + 40 days", () => {
    const at = (expiryDate: string) => categoryOf([buy("C", 10)], [{ companyCode: "C", expiryDate }]).category
    expect([at("2024-06-29"), at("2024-06-30"), at("2024-08-09"), at("2024-08-10")]).toEqual([
      "稳定持有客户",
      "到期流失风险客户",
      "到期流失风险客户",
      "稳定持有客户"
    ])
  })
  it("puts 高价值客户 before 到期流失风险客户", () => {
    const p = categoryOf([buy("C", 5000)], [{ companyCode: "C", expiryDate: "2024-07-10" }])
    expect(p.category).toBe("高价值客户")
    expect(p.features).toContain("持有即将到期")
  })
})

describe("企业分类 of customers without purchases, by idle funds in yuan", () => {
  it("splits at 500万 and 50万, each edge included in the higher class", () => {
    const of = (idleFunds: number | null) => categoryOf([], [], facts({ idleFunds })).category
    expect([of(5_000_000), of(4_999_999.99), of(500_000), of(499_999.99), of(null)]).toEqual([
      "高潜力客户",
      "一般潜力客户",
      "一般潜力客户",
      "低潜力客户",
      "低潜力客户"
    ])
  })
})

describe("理财特征", () => {
  it("tags nothing for a quiet customer", () => {
    expect(categoryOf([buy("C", 10, undefined, "L")], []).features).toEqual([])
  })
  it("tags every feature, in the documented order", () => {
    const rich = facts({
      idleFunds: 5_000_000,
      all: { monthBalance: { fluctuationDegree: "高" }, trade: { level: 1 } },
      innerScale: { trade: 0.6 }
    })
    // 80 of 100 万元 in 保本 product S; terms 365, 60 → 212.5 → 6-12个月, so no 偏好短期 here.
    const p = categoryOf([buy("C", 80, undefined, "S"), buy("C", 20)], [{ companyCode: "C", expiryDate: D }], rich)
    expect(p.features).toEqual(["资金沉淀充足", "资金波动大", "偏好保本", "交易活跃", "行内交易为主", "持有即将到期"])
    // Not bought with 高 fluctuation → cycle 3个月以内 → 偏好短期; 偏好保本 needs purchases.
    expect(categoryOf([], [], rich).features).toContain("偏好短期")
  })
  it("needs 80 % of the amount in 保本 and innerScale.trade of 0.6", () => {
    const below = facts({ innerScale: { trade: 0.5999 } })
    const p = categoryOf([buy("C", 79.99, undefined, "S"), buy("C", 20.01)], [], below)
    expect(p.features).toEqual([])
  })
  it("tags 偏好短期 for a bought median term of 90 days", () => {
    expect(categoryOf([buy("C", 10)], []).features).toEqual(["偏好短期"])
  })
})

describe("/api/params lists", () => {
  it("gives categories unique ids across bought and not bought, and leaves 偏好保本 out of not bought", () => {
    const ids = [...preferenceParams.bought.categories, ...preferenceParams.notBought.categories].map((c) => c.id)
    expect(ids).toEqual([1, 2, 3, 4, 5, 6])
    expect(preferenceParams.notBought.categories[0]).toEqual({ id: 4, label: "高潜力客户" })
    expect(preferenceParams.bought.features.map((f) => f.label)).toContain("偏好保本")
    expect(preferenceParams.notBought.features.map((f) => f.label)).not.toContain("偏好保本")
    expect(preferenceParams.bought.risks.map((r) => r.id)).toEqual([1, 2, 3, 4, 5])
  })
})
