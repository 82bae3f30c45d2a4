/**
 * Matching as properties over random banks (DOMAIN.md §5): no ranking or recommendation ever breaks suitability
 * or feasibility, scores stay in 0–100, orders are by score, held products are never recommended, and the
 * search form and rankings agree with a brute-force reading of the same rules.
 */
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import {
  allowed,
  allowedOnDay,
  buildMarketIndex,
  defaultMatchingConfig as config,
  factsAt,
  indexScope,
  type MarketIndex,
  makeMatchingConfig,
  onSaleOn,
  pairScore,
  rankCustomers,
  recommendFor,
  type SearchCriteria,
  scoreOf,
  searchCustomers,
  topSellers
} from "../src/index.js"
import { finalHistory } from "../src/Matching/Learned/History.js"
import { featureUtilityAt, utilityAt } from "../src/Matching/Learned/Scorer.js"
import { segmentOf } from "../src/Matching/Learned/Segments.js"
import { emptySummary, summarise } from "../src/Matching/Learned/Summary.js"
import { defaultPreferenceConfig } from "../src/Preferences/PreferenceConfig.js"
import { bank, DAY, type RandomBank, richBank } from "./matching-support/arbitraries.js"

// The rules alone (the default needs more purchases than these banks hold), a configuration that learns the full
// model from a handful of purchases and one that learns only the baseline, so every scorer meets the same properties.
const learning = makeMatchingConfig({
  learning: { minBaselineEvents: 4, minEvents: 4, maxFitEvents: 60, iterations: 10 }
})
const baseline = makeMatchingConfig({
  learning: { minBaselineEvents: 4, minEvents: Number.POSITIVE_INFINITY, maxFitEvents: 60 }
})
const indexOf = (b: RandomBank, matching = config) =>
  buildMarketIndex({
    customers: b.customers,
    products: b.products,
    trades: b.trades,
    holdings: b.holdings,
    day: DAY,
    topSellerDays: 30,
    matching
  })

const everyone = { page: 1, count: 1_000 }

describe("the learned utility", () => {
  it("served factored equals w · features, pair by pair", () => {
    fc.assert(
      fc.property(richBank, (b) => {
        const index = indexOf(b, learning)
        const sc = index.scorer
        if (sc === null) return
        for (let i = 0; i < index.size; i++) {
          for (let k = 0; k < index.products.length; k++) {
            expect(utilityAt(sc, i, k)).toBeCloseTo(featureUtilityAt(sc, i, k), 9)
          }
        }
      }),
      { numRuns: 60 }
    )
  })

  it("reads each customer's own revealed preferences at D, as summarising its history afresh gives", () => {
    // The scorer keeps every customer's shares and class posterior in one pooled array: no two may overlap.
    fc.assert(
      fc.property(richBank, (b) => {
        const index = indexOf(b, learning)
        const sc = index.scorer
        if (sc === null) return
        const m = sc.learned.moment
        const h = sc.learned.histories
        for (let i = 0; i < index.size; i++) {
          const { from, to } = finalHistory(h, i)
          if (to === from) continue
          const half = learning.learning.halfLifeDays
          const fresh = summarise(emptySummary(), h, from, to, m.day, 0, sc.products, half, defaultPreferenceConfig)
          segmentOf(fresh, h, from, to, i, m.segments, sc.tolerance[i]!, sc.capacity[i]!, m.day)
          expect(Array.from(sc.summaries[i]!.levels)).toEqual(Array.from(fresh.levels))
          expect(Array.from(sc.summaries[i]!.segment)).toEqual(Array.from(fresh.segment))
        }
      }),
      { numRuns: 40 }
    )
  })
})

describe("the hard rules", () => {
  it("allow on D, customer by customer over the catalogue, exactly the pairs they allow one by one", () => {
    fc.assert(
      fc.property(bank, (b) => {
        const index = indexOf(b)
        const row = new Uint8Array(index.products.length)
        for (let i = 0; i < index.size; i++) {
          allowedOnDay(index, i, row)
          for (let k = 0; k < index.products.length; k++) expect(row[k] === 1).toBe(allowed(index, i, k, index.day!))
        }
      })
    )
  })
})

describe("the random banks", () => {
  it("make the learned and the baseline configurations fit on most rich banks", () => {
    const banks = fc.sample(richBank, { numRuns: 60, seed: 7 })
    const learned = banks.filter((b) => indexOf(b, learning).scorer !== null).length
    expect(learned).toBeGreaterThan(banks.length / 2)
    const weighed = banks.filter((b) => indexOf(b, baseline).learning.mode === "baseline").length
    expect(weighed).toBeGreaterThan(banks.length / 2)
  })
})
const customers = (index: MarketIndex) => Array.from({ length: index.size }, (_, i) => i)
/** The hard rules read straight from the bank's rows, not through the index's helpers. */
const passesRules = (b: RandomBank, index: MarketIndex, i: number, k: number) => {
  const p = index.products[k]!
  const code = index.codes[i]!
  return (
    onSaleOn(p.row, DAY) &&
    !b.holdings.some((h) => h.companyCode === code && h.productCode === p.row.productCode) &&
    p.risk <= index.tolerance[i]! &&
    p.startingYuan <= index.capacity[i]!
  )
}

describe.each([
  ["the rules", config, bank],
  ["the learned score", learning, richBank],
  ["the baseline", baseline, richBank]
])("ranking customers for a product with %s", (_, matching, bank) => {
  it("lists exactly the customers the hard rules allow on D, scores in 0–100, best first", () => {
    fc.assert(
      fc.property(bank, (b) => {
        const index = indexOf(b, matching)
        index.products.forEach((product, k) => {
          const ranked = rankCustomers(index, product, indexScope(index, {}), everyone, matching)
          const eligible = customers(index).filter((i) => passesRules(b, index, i, k))
          expect(ranked.total).toBe(eligible.length)
          expect(ranked.items.map((r) => r.index).sort((x, y) => x - y)).toEqual(eligible)
          ranked.items.forEach((r, n) => {
            expect(r.score).toBeGreaterThanOrEqual(0)
            expect(r.score).toBeLessThanOrEqual(100)
            expect(r.score).toBe(pairScore(index, r.index, k, matching))
            if (index.scorer === null) expect(r.score).toBe(scoreOf(factsAt(index, r.index), product, matching))
            if (n > 0) expect(ranked.items[n - 1]!.score).toBeGreaterThanOrEqual(r.score)
          })
        })
      }),
      { numRuns: 100 }
    )
  })

  it("pages the same ranking whatever the page size", () => {
    fc.assert(
      fc.property(bank, fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 7 }), (b, page, count) => {
        const index = indexOf(b, matching)
        for (const product of index.products) {
          const all = rankCustomers(index, product, indexScope(index, {}), everyone, matching)
          const one = rankCustomers(index, product, indexScope(index, {}), { page, count }, matching)
          expect(one.total).toBe(all.total)
          expect(one.items).toEqual(all.items.slice((page - 1) * count, page * count))
        }
      }),
      { numRuns: 100 }
    )
  })

  it("never shows a customer of another outlet to an outlet's scope", () => {
    fc.assert(
      fc.property(bank, (b) => {
        const index = indexOf(b, matching)
        for (const product of index.products) {
          const ranked = rankCustomers(index, product, indexScope(index, { outletCode: "B1O1" }), everyone, matching)
          for (const r of ranked.items) expect(index.outletCodes[index.outlet[r.index]!]).toBe("B1O1")
        }
      })
    )
  })
})

describe.each([
  ["the rules", config, bank],
  ["the learned score", learning, richBank],
  ["the baseline", baseline, richBank]
])("a customer's recommendations with %s", (_, matching, bank) => {
  it("are on sale on D, suitable, feasible, not held, at most 5, best first, and the best there are", () => {
    fc.assert(
      fc.property(bank, fc.array(fc.integer({ min: 0, max: 11 }), { maxLength: 4 }), (b, heldIds) => {
        const index = indexOf(b, matching)
        const alsoHeld = new Set(heldIds.map((k) => `P${k}`))
        for (let i = 0; i < index.size; i++) {
          const recs = recommendFor(index, i, alsoHeld, DAY, matching)
          expect(recs.length).toBeLessThanOrEqual(5)
          const eligible = index.products.filter(
            (p, k) => passesRules(b, index, i, k) && !alsoHeld.has(p.row.productCode)
          )
          expect(recs.length).toBe(Math.min(5, eligible.length))
          for (const r of recs) {
            const k = index.productByCode.get(r.product.productCode)!
            expect(passesRules(b, index, i, k)).toBe(true)
            expect(alsoHeld.has(r.product.productCode)).toBe(false)
            expect(r.score).toBeGreaterThanOrEqual(0)
            expect(r.score).toBeLessThanOrEqual(100)
            expect(r.reasons[0]).toMatch(/^风险等级R[1-5]，/)
          }
          for (let n = 1; n < recs.length; n++) expect(recs[n - 1]!.score).toBeGreaterThanOrEqual(recs[n]!.score)
          if (alsoHeld.size === 0) {
            // Brute force: the same scores as the best of every allowed pair, scored one by one.
            const best = eligible
              .map((p) => pairScore(index, i, index.productByCode.get(p.row.productCode)!, matching))
              .sort((x, y) => y - x)
            expect(recs.map((r) => r.score)).toEqual(best.slice(0, 5))
          }
          if (index.scorer === null) {
            const facts = factsAt(index, i)
            const best = eligible.map((p) => scoreOf(facts, p, matching)).sort((x, y) => y - x)
            expect(recs.map((r) => r.score)).toEqual(best.slice(0, 5))
          }
        }
      }),
      { numRuns: 100 }
    )
  })

  it("give every pair the score /api/company/match gives it", () => {
    fc.assert(
      fc.property(bank, (b) => {
        const index = indexOf(b, matching)
        const all = makeMatchingConfig({ ...matching, recommendations: 1_000 })
        for (let i = 0; i < index.size; i++) {
          for (const r of recommendFor(index, i, new Set(), DAY, all)) {
            const k = index.productByCode.get(r.product.productCode)!
            const ranked = rankCustomers(index, index.products[k]!, indexScope(index, {}), everyone, matching)
            expect(ranked.items.find((x) => x.index === i)?.score).toBe(r.score)
            expect(allowed(index, i, k, DAY)).toBe(true)
          }
        }
      }),
      { numRuns: 60 }
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
