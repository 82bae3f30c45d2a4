/**
 * Matching as properties over random banks (DOMAIN.md §5): no ranking or recommendation ever breaks suitability
 * or feasibility, scores stay in 0–100, orders are by score, held products are never recommended, and the
 * search form and rankings agree with a brute-force reading of the same rules.
 */
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import {
  buildMarketIndex,
  defaultMatchingConfig as config,
  factsAt,
  indexScope,
  onSaleOn,
  rankCustomers,
  recommendFor,
  type SearchCriteria,
  scoreOf,
  searchCustomers,
  topSellers
} from "../src/index.js"
import { bank, DAY, type RandomBank } from "./matching-support/arbitraries.js"

const indexOf = (b: RandomBank) =>
  buildMarketIndex({ customers: b.customers, products: b.products, trades: b.trades, day: DAY, topSellerDays: 30 })

const everyone = { page: 1, count: 1_000 }

describe("ranking customers for a product", () => {
  it("lists exactly the suitable and feasible customers, scores in 0–100, best first", () => {
    fc.assert(
      fc.property(bank, (b) => {
        const index = indexOf(b)
        for (const product of index.products) {
          const ranked = rankCustomers(index, product, indexScope(index, {}), everyone, config)
          const eligible = Array.from({ length: index.size }, (_, i) => i).filter(
            (i) => product.risk <= index.tolerance[i]! && product.startingYuan <= index.capacity[i]!
          )
          expect(ranked.total).toBe(eligible.length)
          expect(ranked.items.map((r) => r.index).sort((x, y) => x - y)).toEqual(eligible)
          ranked.items.forEach((r, k) => {
            expect(r.score).toBeGreaterThanOrEqual(0)
            expect(r.score).toBeLessThanOrEqual(100)
            expect(r.score).toBe(scoreOf(factsAt(index, r.index), product, config))
            if (k > 0) expect(ranked.items[k - 1]!.score).toBeGreaterThanOrEqual(r.score)
          })
        }
      }),
      { numRuns: 150 }
    )
  })

  it("pages the same ranking whatever the page size", () => {
    fc.assert(
      fc.property(bank, fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 7 }), (b, page, count) => {
        const index = indexOf(b)
        for (const product of index.products) {
          const all = rankCustomers(index, product, indexScope(index, {}), everyone, config)
          const one = rankCustomers(index, product, indexScope(index, {}), { page, count }, config)
          expect(one.total).toBe(all.total)
          expect(one.items).toEqual(all.items.slice((page - 1) * count, page * count))
        }
      }),
      { numRuns: 150 }
    )
  })

  it("never shows a customer of another outlet to an outlet's scope", () => {
    fc.assert(
      fc.property(bank, (b) => {
        const index = indexOf(b)
        for (const product of index.products) {
          const ranked = rankCustomers(index, product, indexScope(index, { outletCode: "B1O1" }), everyone, config)
          for (const r of ranked.items) expect(index.outletCodes[index.outlet[r.index]!]).toBe("B1O1")
        }
      })
    )
  })
})

describe("a customer's recommendations", () => {
  it("are on sale on D, suitable, feasible, not held, at most 5, best first, and the best there are", () => {
    fc.assert(
      fc.property(bank, fc.array(fc.integer({ min: 0, max: 11 }), { maxLength: 4 }), (b, heldIds) => {
        const index = indexOf(b)
        const held = new Set(heldIds.map((k) => `P${k}`))
        for (let i = 0; i < index.size; i++) {
          const facts = factsAt(index, i)
          const recs = recommendFor(index, i, held, DAY, config)
          expect(recs.length).toBeLessThanOrEqual(5)
          const eligible = index.products.filter(
            (p) =>
              onSaleOn(p.row, DAY) &&
              !held.has(p.row.productCode) &&
              p.risk <= facts.tolerance &&
              p.startingYuan <= facts.capacityYuan
          )
          expect(recs.length).toBe(Math.min(5, eligible.length))
          const best = eligible.map((p) => scoreOf(facts, p, config)).sort((x, y) => y - x)
          expect(recs.map((r) => r.score)).toEqual(best.slice(0, 5))
          for (const r of recs) {
            expect(held.has(r.product.productCode)).toBe(false)
            expect(Number(r.product.riskLevel.slice(1))).toBeLessThanOrEqual(facts.tolerance)
            expect(r.product.startingAmount * 10_000).toBeLessThanOrEqual(facts.capacityYuan)
            expect(r.score).toBeGreaterThanOrEqual(0)
            expect(r.score).toBeLessThanOrEqual(100)
            expect(r.reasons[0]).toMatch(/^风险等级R[1-5]，/)
          }
        }
      }),
      { numRuns: 150 }
    )
  })
})

describe("top sellers", () => {
  it("are on sale on D, bought in the last 30 days, most bought first, at most 5", () => {
    fc.assert(
      fc.property(bank, (b) => {
        const index = indexOf(b)
        const top = topSellers(index, DAY, config)
        expect(top.length).toBeLessThanOrEqual(5)
        const amountOf = (code: string) =>
          b.trades
            .filter(
              (t) =>
                t.productCode === code &&
                t.businessType !== "赎回" &&
                t.tradeTime.slice(0, 10) > "2026-05-31" &&
                t.tradeTime.slice(0, 10) <= DAY
            )
            .reduce((s, t) => s + t.amount, 0)
        const amounts = top.map((p) => amountOf(p.row.productCode))
        for (const [k, p] of top.entries()) {
          expect(onSaleOn(p.row, DAY)).toBe(true)
          expect(amounts[k]).toBeGreaterThan(0)
          if (k > 0) expect(amounts[k - 1]).toBeGreaterThanOrEqual(amounts[k]! - 1e-9)
        }
      })
    )
  })
})

const criteria: fc.Arbitrary<SearchCriteria> = fc.record(
  {
    bought: fc.constantFrom(0 as const, 1 as const),
    risks: fc.subarray([1, 2, 3, 4, 5]),
    amounts: fc.subarray([1, 2, 3, 4, 5]),
    cycles: fc.subarray([1, 2, 3, 4]),
    categories: fc.subarray([1, 2, 3, 4, 5, 6]),
    features: fc.subarray([1, 2, 3, 4, 5, 6, 7]),
    rate: fc
      .tuple(fc.double({ min: 0, max: 8, noNaN: true }), fc.double({ min: 0, max: 3, noNaN: true }))
      .map(([a, w]) => ({
        min: a,
        max: a + w
      }))
  },
  { requiredKeys: [] }
)

describe("the search form", () => {
  it("answers the customers meeting every criterion, idle funds descending, and pages them", () => {
    fc.assert(
      fc.property(bank, criteria, fc.integer({ min: 1, max: 4 }), (b, c, page) => {
        const index = indexOf(b)
        const all = searchCustomers(index, c, indexScope(index, {}), everyone)
        const expected = [...b.customers]
          .filter((x) => {
            const p = x.preference
            const any = (ids: ReadonlyArray<number> | undefined, id: number) =>
              ids === undefined || ids.length === 0 || ids.includes(id)
            return (
              (c.bought === undefined || p.bought === (c.bought === 1)) &&
              any(c.risks, p.risk) &&
              any(c.amounts, ["50万以下", "50-100万", "100-500万", "500-1000万", "1000万以上"].indexOf(p.amount) + 1) &&
              any(c.cycles, ["3个月以内", "3-6个月", "6-12个月", "1年以上"].indexOf(p.cycle) + 1) &&
              (c.features === undefined ||
                c.features.length === 0 ||
                p.features.some((f) =>
                  c.features!.includes(
                    [
                      "资金沉淀充足",
                      "资金波动大",
                      "偏好短期",
                      "偏好保本",
                      "交易活跃",
                      "行内交易为主",
                      "持有即将到期"
                    ].indexOf(f) + 1
                  )
                )) &&
              (c.rate === undefined ||
                (p.interestRate !== null && p.interestRate.min <= c.rate.max && p.interestRate.max >= c.rate.min))
            )
          })
          .filter(
            (x) =>
              c.categories === undefined ||
              c.categories.length === 0 ||
              c.categories.includes(
                ["高价值客户", "到期流失风险客户", "稳定持有客户", "高潜力客户", "一般潜力客户", "低潜力客户"].indexOf(
                  x.preference.category
                ) + 1
              )
          )
          .map((x) => x.code)
          .sort()
        expect(all.total).toBe(expected.length)
        expect(all.items.map((i) => index.codes[i]).sort()).toEqual(expected)
        const idle = all.items.map((i) => index.idle[i]!)
        for (let k = 1; k < idle.length; k++) {
          if (!Number.isNaN(idle[k]!)) expect(idle[k - 1]!).toBeGreaterThanOrEqual(idle[k]!)
        }
        const paged = searchCustomers(index, c, indexScope(index, {}), { page, count: 3 })
        expect(paged.total).toBe(all.total)
        expect(paged.items).toEqual(all.items.slice((page - 1) * 3, page * 3))
      }),
      { numRuns: 200 }
    )
  })
})
