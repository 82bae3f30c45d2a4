/**
 * The learned score on planted banks: it finds a preference the declared rating hides (customers rated R5 who
 * buy R1–R2 get R1–R2 first), falls back to a baseline of the rule score and popularity with few purchases and to
 * the rules alone with fewer, shows its fitted weights, gives
 * `match` and `recommand` the same score, and its reasons state facts of the data.
 */
import { describe, expect, it } from "vitest"
import {
  buildMarketIndex,
  FEATURES,
  factsAt,
  indexScope,
  type MarketCustomer,
  makeMatchingConfig,
  type ProductRow,
  type PurchaseRow,
  rankCustomers,
  recommendFor,
  scoreOf
} from "../src/index.js"

const D = "2026-06-30"
const product = (k: number, risk: number, termDays: number): ProductRow => ({
  productCode: `P${k}`,
  productName: `产品${k}号`,
  productType: "非保本",
  riskLevel: `R${risk}` as ProductRow["riskLevel"],
  termDays,
  startingAmount: 1,
  expectedRate: 2 + risk * 0.5,
  salesStart: "2025-01-01",
  salesEnd: "2026-12-31",
  valueDate: "2025-01-01",
  expiryDate: "2028-12-31",
  manualUrl: null,
  remark: null,
  marketingSkills: null
})
// Two products of each risk level, one short and one long.
const products = Array.from({ length: 10 }, (_, k) => product(k, 1 + (k >> 1), k % 2 === 0 ? 60 : 400))

const customer = (i: number): MarketCustomer => ({
  code: `C${String(i).padStart(3, "0")}`,
  name: `客户${i}`,
  outletCode: "B1O1",
  branchCode: "B1",
  riskRating: "R5",
  idleFunds: 10_000_000,
  preference: {
    bought: true,
    risk: 5,
    amount: "50万以下",
    cycle: "3个月以内",
    interestRate: { min: 2.5, max: 3 },
    channel: "网银",
    category: "稳定持有客户",
    features: []
  }
})

/** `count` customers, each buying `each` products of R1–R2 (never R3–R5) on days spread over the last year. */
const plantedBank = (count: number, each: number) => {
  const customers = Array.from({ length: count }, (_, i) => customer(i))
  const trades: Array<PurchaseRow> = []
  let seed = 7
  const next = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31
    return seed / 2 ** 31
  }
  for (const c of customers) {
    for (let j = 0; j < each; j++) {
      const day = new Date(Date.UTC(2026, 5, 29) - Math.floor(next() * 360) * 86_400_000).toISOString().slice(0, 10)
      trades.push({
        companyCode: c.code,
        productCode: `P${Math.floor(next() * 4)}`,
        businessType: "认购",
        tradeTime: `${day} 10:00:00`,
        amount: 20,
        channel: "网银"
      })
    }
  }
  return { customers, trades }
}

const indexOf = (bank: ReturnType<typeof plantedBank>, learning = {}) =>
  buildMarketIndex({
    customers: bank.customers,
    products,
    trades: bank.trades,
    day: D,
    topSellerDays: 30,
    matching: makeMatchingConfig({ learning })
  })
const config = makeMatchingConfig()
const firstRisk = (index: ReturnType<typeof indexOf>, i: number) =>
  Number(recommendFor(index, i, new Set(), D, config)[0]!.product.riskLevel.slice(1))

describe("the learned score", () => {
  const bank = plantedBank(300, 4)
  const learned = indexOf(bank)
  const rules = indexOf(bank, { minBaselineEvents: Number.POSITIVE_INFINITY, minEvents: Number.POSITIVE_INFINITY })

  it("offers customers rated R5 who buy R1–R2 what they buy, where the rules offer R5", () => {
    expect(learned.scorer).not.toBeNull()
    const all = Array.from({ length: learned.size }, (_, i) => i)
    const low = all.filter((i) => firstRisk(learned, i) <= 2).length
    expect(low / learned.size).toBeGreaterThan(0.95)
    expect(all.every((i) => firstRisk(rules, i) === 5)).toBe(true)
  })

  it("keeps the rules when the bank has too little history", () => {
    const thin = indexOf(plantedBank(10, 2))
    expect(thin.scorer).toBeNull()
    expect(thin.learning.mode).toBe("rules")
    expect(thin.learning.reason).toMatch(/too little history: 20 purchases \(at least 30\)/)
    const recs = recommendFor(thin, 0, new Set(), D, config)
    const facts = factsAt(thin, 0)
    expect(recs.map((r) => r.score)).toEqual(
      products
        .map((_, k) => scoreOf(facts, thin.products[k]!, config))
        .sort((a, b) => b - a)
        .slice(0, 5)
    )
  })

  it("counts only purchases of known customers and products up to D as history", () => {
    const thin = plantedBank(10, 2)
    const stray = (companyCode: string, productCode: string, tradeTime: string): PurchaseRow => ({
      companyCode,
      productCode,
      businessType: "认购",
      tradeTime,
      amount: 20,
      channel: "网银"
    })
    const trades = [
      ...thin.trades,
      stray("C999", "P0", "2026-06-01 10:00:00"),
      stray("C000", "P99", "2026-06-01 10:00:00"),
      stray("C000", "P0", "2026-07-15 10:00:00")
    ]
    const s = indexOf({ ...thin, trades }).learning
    expect(s.purchases).toBe(20)
    expect(s.reason).toMatch(/too little history: 20 purchases \(at least 30\)/)
  })

  it("weighs the rule score against the bank's top sellers when there are too few purchases for the full model", () => {
    // 45 purchases of R1–R2 products by customers rated R5: the rules alone offer R5 first.
    const few = indexOf(plantedBank(15, 3))
    const s = few.learning
    expect(s.mode).toBe("baseline")
    expect(s.reason).toMatch(/45 purchases: too few for the full model \(at least 50\)/)
    expect(s.weights).toEqual({})
    expect(s.baseline.popularity! + s.baseline.recentPopularity!).toBeGreaterThan(0)
    expect(s.rulesWeight).toBe(s.baseline.rules)
    const all = Array.from({ length: few.size }, (_, i) => i)
    expect(all.filter((i) => firstRisk(few, i) <= 2).length / few.size).toBeGreaterThan(0.95)
    // Its reasons are the learned ones: facts beside the hard rule.
    const recs = recommendFor(few, 0, new Set(), D, config)
    expect(recs.every((r) => r.reasons.length >= 2)).toBe(true)
  })

  it("shows its fitted weights and the held-out check that chose it", () => {
    const s = learned.learning
    expect(s.mode).toBe("learned")
    expect(Object.keys(s.weights)).toEqual([...FEATURES])
    expect(s.warm!.validated).toBeGreaterThan(0)
    expect(s.warm!.scorer).toBe("model")
    expect(s.warm!.modelHitRate).toBeGreaterThanOrEqual(s.warm!.baselineHitRate)
    expect(s.cutoff! <= D).toBe(true)
    expect(s.purchases).toBe(1200)
  })

  it("gives a pair the same score in match as in recommand, and scores a customer's choices as shares", () => {
    for (const i of [0, 17, 299]) {
      const recs = recommendFor(learned, i, new Set(), D, makeMatchingConfig({ recommendations: 10 }))
      const total = recs.reduce((sum, r) => sum + r.score, 0)
      expect(Math.abs(total - 100)).toBeLessThan(1)
      for (const r of recs) {
        const k = learned.productByCode.get(r.product.productCode)!
        const ranked = rankCustomers(
          learned,
          learned.products[k]!,
          indexScope(learned, {}),
          { page: 1, count: 300 },
          config
        )
        expect(ranked.items.find((x) => x.index === i)!.score).toBe(r.score)
      }
    }
  })

  it("states reasons true of the customer's purchases and the bank's", () => {
    const i = 5
    const code = learned.codes[i]!
    const mine = bank.trades.filter((t) => t.productCode && t.companyCode === code)
    for (const r of recommendFor(learned, i, new Set(), D, config)) {
      expect(r.reasons[0]).toMatch(/^风险等级R[1-5]，(与客户风险承受能力|在客户承受范围内)（R5）/)
      for (const reason of r.reasons) {
        const level = /客户近期购买(?:以|中有)(R[1-5])产品/.exec(reason)?.[1]
        if (level !== undefined) expect(level).toBe(r.product.riskLevel)
        if (level !== undefined) {
          expect(mine.some((t) => products.find((p) => p.productCode === t.productCode)!.riskLevel === level)).toBe(
            true
          )
        }
        const recent = /近30天本行客户购买(\d+)笔/.exec(reason)?.[1]
        if (recent !== undefined) {
          const sold = bank.trades.filter(
            (t) => t.productCode === r.product.productCode && t.tradeTime.slice(0, 10) > "2026-05-31"
          ).length
          expect(Number(recent)).toBe(sold)
        }
        const launched = /^新发产品（(\d{4}-\d{2}-\d{2})起售）$/.exec(reason)?.[1]
        if (launched !== undefined) {
          expect(launched).toBe(r.product.salesStart)
          expect(Date.parse(D) - Date.parse(launched)).toBeLessThanOrEqual(90 * 86_400_000)
        }
        if (/与客户近期所购产品的起购金额相同/.test(reason)) {
          const bought = mine.map((t) => products.find((p) => p.productCode === t.productCode)!.startingAmount)
          expect(bought).toContain(r.product.startingAmount)
        }
        if (/与客户近期所购产品的期限相同/.test(reason)) {
          const bought = mine.map((t) => products.find((p) => p.productCode === t.productCode)!.termDays)
          expect(bought).toContain(r.product.termDays)
        }
        if (reason === "客户曾购买过该产品")
          expect(mine.some((t) => t.productCode === r.product.productCode)).toBe(true)
      }
    }
  })
})
