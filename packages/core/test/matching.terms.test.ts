/**
 * The learned score's term features (Segment.termSums): the share of a customer's purchases at a product's exact
 * term, and how far the product's term lies from the terms it bought on a log scale, checked against the same
 * numbers worked out directly from the purchases.
 */
import { describe, expect, it } from "vitest"
import { groupByCustomer, purchaseColumns } from "../src/Matching/Learned/History.js"
import { termSums } from "../src/Matching/Learned/Segment.js"
import { emptySummary, summarise } from "../src/Matching/Learned/Summary.js"
import { defaultPreferenceConfig } from "../src/Preferences/PreferenceConfig.js"
import { plainCatalogue } from "./matching-support/catalogue.js"

const DAY = 20_000
const TERMS = [7, 30, 91, 91, 182, 730]

const products = plainCatalogue(
  DAY,
  TERMS.map(() => 2),
  TERMS
)

/** The summary at DAY of purchases of these products, all on one day (so each weighs the same). */
const summaryOf = (bought: ReadonlyArray<number>) => {
  const h = groupByCustomer(
    purchaseColumns(bought.map((product) => ({ customer: 0, product, day: DAY - 10, amount: 1 }))),
    1,
    24
  )
  return summarise(emptySummary(), h, 0, bought.length, DAY, 0, products, 365, defaultPreferenceConfig)
}

const sumsOf = (bought: ReadonlyArray<number>, k: number) => {
  const out = new Float64Array(2)
  termSums(summaryOf(bought), products, k, out)
  return { share: out[0]!, distance: out[1]! }
}

describe("the term features", () => {
  // Two purchases of product 2 (91 days) and one of product 4 (182 days).
  const bought = [2, 2, 4]

  it("count the purchases at the product's exact term, whichever product they were", () => {
    // Product 3 is another 91-day product: the 91-day purchases count for it too.
    expect(sumsOf(bought, 3).share).toBeCloseTo(2 / 3, 12)
    expect(sumsOf(bought, 4).share).toBeCloseTo(1 / 3, 12)
    expect(sumsOf(bought, 0).share).toBe(0)
  })

  it("measure the mean distance on a log scale from the terms bought, in units of ln 100", () => {
    const expected = (days: number) =>
      (2 * Math.abs(Math.log(days / 91)) + Math.abs(Math.log(days / 182))) / 3 / Math.log(100)
    expect(sumsOf(bought, 3).distance).toBeCloseTo(expected(91), 12)
    expect(sumsOf(bought, 1).distance).toBeCloseTo(expected(30), 12)
    expect(sumsOf(bought, 0).distance).toBeCloseTo(expected(7), 12)
    // 91 days lies nearer what was bought than 30 days, and 30 days nearer than a week.
    expect(sumsOf(bought, 3).distance).toBeLessThan(sumsOf(bought, 1).distance)
    expect(sumsOf(bought, 1).distance).toBeLessThan(sumsOf(bought, 0).distance)
  })

  it("cap the distance at 1: terms a hundredfold apart are as unrelated as it gets", () => {
    expect(sumsOf([0], 5).distance).toBe(1)
  })

  it("are 0 for a customer without purchases", () => {
    expect(sumsOf([], 2)).toEqual({ share: 0, distance: 0 })
  })
})
