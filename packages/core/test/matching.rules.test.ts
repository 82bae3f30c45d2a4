/**
 * The matching rules on hand-made cases: where each score component peaks, how the weights steer the score,
 * that a bought customer's largest purchase widens feasibility, and the reasons a manager reads.
 */
import { describe, expect, it } from "vitest"
import {
  buildMarketIndex,
  defaultMatchingConfig,
  defaultPreferenceConfig,
  factsAt,
  type MarketCustomer,
  type MatchFacts,
  makeMatchingConfig,
  matchProduct,
  type ProductRow,
  reasonsOf,
  recommendFor,
  scoreOf
} from "../src/index.js"

const row = (patch: Partial<ProductRow>): ProductRow => ({
  productCode: "P1",
  productName: "稳健一号",
  productType: "非保本",
  riskLevel: "R3",
  termDays: 120,
  startingAmount: 5,
  expectedRate: 3.5,
  salesStart: "2026-06-01",
  salesEnd: "2026-07-31",
  valueDate: "2026-08-01",
  expiryDate: "2027-01-30",
  manualUrl: null,
  remark: null,
  marketingSkills: null,
  ...patch
})
const product = (patch: Partial<ProductRow>, purchases = 0) =>
  matchProduct(row(patch), purchases, 10, defaultPreferenceConfig)
// Tolerance R3, cycle 3-6个月 (index 1), rates from 3%, 1,000,000 yuan to invest.
const facts: MatchFacts = { tolerance: 3, cycle: 1, rateMin: 3, capacityYuan: 1_000_000 }

describe("the score", () => {
  it("is highest for a product at the customer's tolerance, term, rate and well inside its funds", () => {
    const ideal = scoreOf(facts, product({}, 10), defaultMatchingConfig)
    expect(ideal).toBe(100)
    expect(scoreOf(facts, product({ riskLevel: "R2" }, 10), defaultMatchingConfig)).toBeLessThan(ideal)
    expect(scoreOf(facts, product({ termDays: 400 }, 10), defaultMatchingConfig)).toBeLessThan(ideal)
    expect(scoreOf(facts, product({ expectedRate: 2.5 }, 10), defaultMatchingConfig)).toBeLessThan(ideal)
    expect(scoreOf(facts, product({ startingAmount: 90 }, 10), defaultMatchingConfig)).toBeLessThan(ideal)
    expect(scoreOf(facts, product({}, 0), defaultMatchingConfig)).toBeLessThan(ideal)
  })

  it("follows the configured weights", () => {
    const riskOnly = makeMatchingConfig({ weights: { risk: 1, term: 0, rate: 0, amount: 0, popularity: 0 } })
    expect(scoreOf(facts, product({ riskLevel: "R1", termDays: 900 }), riskOnly)).toBe(0)
    expect(scoreOf(facts, product({ riskLevel: "R2", termDays: 900 }), riskOnly)).toBe(50)
    expect(scoreOf(facts, product({ riskLevel: "R3", termDays: 900 }), riskOnly)).toBe(100)
  })
})

describe("the reasons", () => {
  it("say in Chinese why the product fits", () => {
    expect(reasonsOf(facts, product({}, 4), defaultMatchingConfig)).toEqual([
      "风险等级R3，与客户风险承受能力（R3）一致",
      "期限120天，符合周期偏好（3-6个月）",
      "预期收益率3.5%，不低于客户偏好（3%起）",
      "起购5万元，远低于可投资金（100万元）",
      "本行客户已购买4笔"
    ])
    expect(reasonsOf(facts, product({ riskLevel: "R2" }), defaultMatchingConfig)[0]).toBe(
      "风险等级R2，在客户承受范围内（R3）"
    )
  })
})

const customer = (patch: Partial<MarketCustomer> = {}): MarketCustomer => ({
  code: "C1",
  name: "东方制造",
  outletCode: "B1O1",
  branchCode: "B1",
  riskRating: null,
  idleFunds: 100_000,
  preference: {
    bought: true,
    risk: 4,
    amount: "100-500万",
    cycle: "3-6个月",
    interestRate: { min: 3, max: 4 },
    channel: "网银",
    category: "稳定持有客户",
    features: []
  },
  ...patch
})
const purchase = (amount: number) => ({
  companyCode: "C1",
  productCode: "OLD",
  businessType: "认购",
  tradeTime: "2026-03-01 10:00:00",
  amount,
  channel: "网银"
})

describe("the hard rules through the index", () => {
  it("let a bought customer's largest purchase, not only its idle funds, afford a product", () => {
    const big = row({ productCode: "BIG", startingAmount: 100 })
    const without = buildMarketIndex({
      customers: [customer()],
      products: [big],
      trades: [],
      day: "2026-06-30",
      topSellerDays: 30
    })
    expect(recommendFor(without, 0, new Set(), "2026-06-30", defaultMatchingConfig)).toEqual([])
    const withPurchase = buildMarketIndex({
      customers: [customer()],
      products: [big],
      trades: [purchase(150)],
      day: "2026-06-30",
      topSellerDays: 30
    })
    expect(factsAt(withPurchase, 0).capacityYuan).toBe(1_500_000)
    expect(
      recommendFor(withPurchase, 0, new Set(), "2026-06-30", defaultMatchingConfig).map((r) => r.product.productCode)
    ).toEqual(["BIG"])
  })

  it("take the tolerance from riskRating when known, above the preference's risk", () => {
    const r4 = row({ productCode: "R4", riskLevel: "R4" })
    const rated = buildMarketIndex({
      customers: [customer({ riskRating: "R2" })],
      products: [r4],
      trades: [],
      day: "2026-06-30",
      topSellerDays: 30
    })
    expect(rated.tolerance[0]).toBe(2)
    expect(recommendFor(rated, 0, new Set(), "2026-06-30", defaultMatchingConfig)).toEqual([])
  })

  it("recommend only products whose sales window contains the day", () => {
    const ended = row({ productCode: "OLD", salesEnd: "2026-06-29" })
    const index = buildMarketIndex({
      customers: [customer()],
      products: [ended, row({})],
      trades: [],
      day: "2026-06-30",
      topSellerDays: 30
    })
    expect(
      recommendFor(index, 0, new Set(), "2026-06-30", defaultMatchingConfig).map((r) => r.product.productCode)
    ).toEqual(["P1"])
  })
})
