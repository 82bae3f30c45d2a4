/**
 * 理财偏好 as properties over random customers, purchases and holdings: risk is always 1–5, features come from
 * the known set in the documented order, and the category belongs to the bought or not-bought family.
 */
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import {
  amountBuckets,
  boughtCategories,
  computePreferences,
  cycleBuckets,
  featureLabels,
  notBoughtCategories,
  type PortraitFacts,
  type PurchaseRow
} from "../src/Preferences/index.js"

const codes = ["A", "B", "C", "D", "E", "F"]
const day = fc
  .integer({ min: 0, max: 1200 })
  .map((n) => new Date(Date.UTC(2021, 0, 1) + n * 86_400_000).toISOString().slice(0, 10))
const purchase: fc.Arbitrary<PurchaseRow> = fc.record({
  companyCode: fc.constantFrom(...codes),
  productCode: fc.constantFrom("P1", "P2", "P3", "X"),
  businessType: fc.constantFrom("认购", "申购", "赎回", "到期兑付"),
  tradeTime: day.map((d) => `${d} 12:00:00`),
  amount: fc.double({ min: 0, max: 5000, noNaN: true }),
  channel: fc.constantFrom("网银", "手机银行", "柜台")
})
const product = (code: string) =>
  fc.record({
    productCode: fc.constant(code),
    riskLevel: fc.constantFrom("R1", "R2", "R3", "R4", "R5"),
    termDays: fc.integer({ min: 1, max: 1000 }),
    expectedRate: fc.double({ min: 0, max: 10, noNaN: true }),
    productType: fc.constantFrom("保本", "非保本", "结构性")
  })
const portrait: fc.Arbitrary<PortraitFacts | null> = fc.option(
  fc.record({
    idleFunds: fc.option(fc.double({ min: -1e6, max: 2e8, noNaN: true })),
    all: fc.record({
      monthBalance: fc.option(fc.record({ fluctuationDegree: fc.constantFrom("低", "中", "高", "无" as const) })),
      trade: fc.option(fc.record({ level: fc.integer({ min: 1, max: 5 }) }))
    }),
    innerScale: fc.record({ trade: fc.double({ min: 0, max: 1, noNaN: true }) })
  })
)
const customer = (code: string) =>
  fc.record({
    code: fc.constant(code),
    riskRating: fc.option(fc.constantFrom("R1", "R2", "R3", "R4", "R5", "R9")),
    portrait,
    transactionChannel: fc.option(fc.constantFrom("网银", "ATM"))
  })

describe("理财偏好 properties", () => {
  it("keeps risk in 1–5, labels in their lists and the category in the bought or not-bought family", () => {
    fc.assert(
      fc.property(
        fc.tuple(...codes.map(customer)),
        fc.array(purchase, { maxLength: 40 }),
        fc.tuple(product("P1"), product("P2"), product("P3")),
        fc.array(fc.record({ companyCode: fc.constantFrom(...codes), expiryDate: day }), { maxLength: 8 }),
        (customers, trades, products, holdings) => {
          const out = computePreferences({ analysisDate: "2023-12-31", customers, trades, products, holdings })
          expect(out).toHaveLength(customers.length)
          for (const p of out) {
            expect(p.risk).toBeGreaterThanOrEqual(1)
            expect(p.risk).toBeLessThanOrEqual(5)
            expect(amountBuckets).toContain(p.amount)
            expect(cycleBuckets).toContain(p.cycle)
            expect(p.features).toEqual(featureLabels.filter((f) => p.features.includes(f)))
            const family: ReadonlyArray<string> = p.bought ? boughtCategories : notBoughtCategories
            expect(family).toContain(p.category)
            if (!p.bought) expect(p.interestRate).toBeNull()
            if (!p.bought) expect(p.features).not.toContain("偏好保本")
            if (p.interestRate !== null) expect(p.interestRate.min).toBeLessThanOrEqual(p.interestRate.max)
          }
          if (out.some((p) => p.bought)) expect(out.map((p) => p.category)).toContain("高价值客户")
        }
      ),
      { numRuns: 300 }
    )
  })
})
