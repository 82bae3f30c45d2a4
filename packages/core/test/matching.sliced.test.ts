/**
 * The market index built in time slices (as the server builds it, on its request thread) is the index built at
 * once, number for number — fitted weights, normalisers, every customer's top 5 — and while it is built the event
 * loop runs (a timer set before the build fires before the build ends).
 */
import { Effect } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import {
  buildMarketIndex,
  buildMarketIndexSliced,
  type MarketCustomer,
  type MarketIndex,
  type MarketInput,
  makeMatchingConfig,
  type ProductRow,
  type PurchaseRow,
  recommendFor
} from "../src/index.js"
import { DAY, richBank } from "./matching-support/arbitraries.js"

const D = "2026-06-30"
const config = makeMatchingConfig()

/** A seeded bank: `count` customers of five tastes (risk, term) buying 40 products over two years. */
const generatedBank = (count: number): MarketInput => {
  let seed = 20_261_206
  const next = () => {
    seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0
    return seed / 4_294_967_296
  }
  const products: Array<ProductRow> = Array.from({ length: 40 }, (_, k) => ({
    productCode: `P${String(k).padStart(2, "0")}`,
    productName: `产品${k}号`,
    productType: k % 3 === 0 ? "保本" : "非保本",
    riskLevel: `R${1 + (k % 5)}` as ProductRow["riskLevel"],
    termDays: [30, 90, 180, 365, 730][k % 5]! + (k % 7),
    startingAmount: 1 + (k % 4) * 10,
    expectedRate: 2 + (k % 9) * 0.3,
    salesStart: k % 6 === 0 ? "2025-09-01" : "2024-01-01",
    salesEnd: k % 8 === 0 ? "2026-03-31" : "2026-12-31",
    valueDate: "2024-01-01",
    expiryDate: "2029-12-31",
    manualUrl: null,
    remark: null,
    marketingSkills: null
  }))
  const customers: Array<MarketCustomer> = Array.from({ length: count }, (_, i) => ({
    code: `C${String(i).padStart(5, "0")}`,
    name: `客户${i}`,
    outletCode: `B${i % 4}O${i % 3}`,
    branchCode: `B${i % 4}`,
    riskRating: i % 5 === 0 ? null : `R${1 + (i % 5)}`,
    idleFunds: i % 11 === 0 ? null : Math.round(next() * 5_000_000),
    preference: {
      bought: i % 9 !== 0,
      risk: (1 + ((i * 7) % 5)) as MarketCustomer["preference"]["risk"],
      amount: "50万以下",
      cycle: "3个月以内",
      interestRate: i % 4 === 0 ? null : { min: 2, max: 3.5 },
      channel: "网银",
      category: "稳定持有客户",
      features: []
    },
    fluctuation: null
  }))
  const trades: Array<PurchaseRow> = []
  for (let i = 0; i < count; i++) {
    if (i % 9 === 0) continue
    const taste = i % 5
    const each = 2 + Math.floor(next() * 10)
    for (let j = 0; j < each; j++) {
      const k = next() < 0.7 ? taste + 5 * Math.floor(next() * 8) : Math.floor(next() * 40)
      const day = new Date(Date.UTC(2026, 5, 30) - Math.floor(next() * 720) * 86_400_000).toISOString().slice(0, 10)
      trades.push({
        companyCode: customers[i]!.code,
        productCode: products[k]!.productCode,
        businessType: next() < 0.5 ? "认购" : "申购",
        tradeTime: `${day} ${String(9 + Math.floor(next() * 8)).padStart(2, "0")}:00:00`,
        amount: 10 + Math.floor(next() * 200),
        channel: "网银"
      })
    }
  }
  return { customers, products, trades, day: D, topSellerDays: 30, matching: config }
}

/** Everything a build computes, save how long its fit and scoring took. */
const comparable = (index: MarketIndex) => {
  const { scorer, learning, ...columns } = index
  const { fitMs: _, scoringMs: __, ...status } = learning
  return {
    columns,
    status,
    weights: scorer?.learned.weights,
    intercepts: scorer?.learned.intercepts,
    normaliser: scorer?.normaliser,
    parts: scorer?.parts
  }
}

const top5 = (index: MarketIndex, day: string) =>
  Array.from({ length: index.size }, (_, i) =>
    recommendFor(index, i, new Set(), day, config)
      .slice(0, 5)
      .map((r) => `${r.product.productCode}:${r.score}`)
  )

describe("the market index built in slices", () => {
  const input = generatedBank(3_000)

  it("is the index built at once: the same fitted weights, normalisers and every customer's top 5", async () => {
    const atOnce = buildMarketIndex(input)
    const sliced = await Effect.runPromise(buildMarketIndexSliced(input))
    expect(atOnce.scorer).not.toBeNull()
    expect(atOnce.learning.mode).toBe("learned")
    expect(comparable(sliced)).toEqual(comparable(atOnce))
    expect(top5(sliced, D)).toEqual(top5(atOnce, D))
  })

  it("lets the event loop run while it is built", async () => {
    const order: Array<string> = []
    let turns = 0
    let building = true
    const tick = () => {
      turns++
      if (building) setImmediate(tick)
    }
    setTimeout(() => order.push("timer"), 0)
    setImmediate(tick)
    await Effect.runPromise(buildMarketIndexSliced(input)).then(() => {
      building = false
      order.push("built")
    })
    expect(order).toEqual(["timer", "built"])
    // The build holds the thread for far longer than one slice, so the loop turns many times during it.
    expect(turns).toBeGreaterThan(3)
  })

  it("equals the index built at once on random banks", async () => {
    const learning = makeMatchingConfig({
      learning: { minBaselineEvents: 4, minEvents: 4, maxFitEvents: 60, iterations: 10 }
    })
    await fc.assert(
      fc.asyncProperty(richBank, async (b) => {
        const bankInput: MarketInput = { ...b, day: DAY, topSellerDays: 30, matching: learning }
        const sliced = await Effect.runPromise(buildMarketIndexSliced(bankInput))
        expect(comparable(sliced)).toEqual(comparable(buildMarketIndex(bankInput)))
      }),
      { numRuns: 30 }
    )
  })
})
