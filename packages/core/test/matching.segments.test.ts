/**
 * The co-purchase segments on planted purchases: classes follow what customers choose among the products they
 * could buy (not the hard rules that limit them), and a customer's own purchases never shape its posterior.
 */
import { describe, expect, it } from "vitest"
import { groupByCustomer, type PurchaseEvent, purchaseColumns } from "../src/Matching/Learned/History.js"
import { fitSegments, type Segments, segmentLift, segmentOf } from "../src/Matching/Learned/Segments.js"
import { emptySummary } from "../src/Matching/Learned/Summary.js"
import { plainCatalogue } from "./matching-support/catalogue.js"

const P = 12
const DAY = 20_000

/** Products 0–5 at R1 and 6–11 at R3, all on sale throughout, 10,000 yuan to start. */
const products = plainCatalogue(
  DAY,
  Array.from({ length: P }, (_, k) => (k < 6 ? 1 : 3)),
  Array.from({ length: P }, () => 90)
)

/**
 * 1,200 customers: a third rated R1 (they can only buy 0–5), the others R3 and split by taste — "low" customers
 * buy among 0–2 and 6–8, "high" ones among 3–5 and 9–11. Six purchases each, deterministic.
 */
const bank = () => {
  const customers = 1200
  const tolerance = Uint8Array.from({ length: customers }, (_, c) => (c % 3 === 0 ? 1 : 3))
  const capacity = new Float64Array(customers).fill(1e6)
  const events: Array<PurchaseEvent> = []
  let r = 7
  const next = () => {
    r = (Math.imul(r, 1_103_515_245) + 12_345) >>> 0
    return r / 4_294_967_296
  }
  for (let j = 0; j < 6; j++)
    for (let c = 0; c < customers; c++) {
      const high = c % 3 === 2
      const pick = Math.floor(next() * 3)
      const k = tolerance[c] === 1 ? Math.floor(next() * 6) : (high ? 3 : 0) + pick + (next() < 0.5 ? 0 : 6)
      events.push({ customer: c, product: k, day: DAY - 300 + j * 40, amount: 1 })
    }
  return { events, customers, tolerance, capacity }
}

/** A bank's purchases as the segments read them. */
const columnsOf = (b: ReturnType<typeof bank>, events = b.events) => ({ ...b, events: purchaseColumns(events) })

/** Segment state of one customer's history (its purchases, oldest first). */
const summaryOf = (g: Segments, history: Array<PurchaseEvent>, tolerance: number) => {
  const h = groupByCustomer(purchaseColumns(history.map((e) => ({ ...e, customer: 0 }))), 1, 24)
  const s = emptySummary()
  s.count = history.length
  segmentOf(s, h, 0, history.length, history[0]?.customer ?? 0, g, tolerance, 1e6, DAY)
  return s
}

const liftFor = (g: Segments, history: Array<PurchaseEvent>, tolerance: number, k: number) => {
  const s = summaryOf(g, history, tolerance)
  return segmentLift(g, s, k)
}

describe("co-purchase segments", () => {
  const b = bank()
  const g = fitSegments({ ...columnsOf(b), products }, 4, 25, 4000)

  it("lifts the products of a customer's own taste and lowers the others'", () => {
    // Customer 1 is a "low" R3 customer.
    const history = b.events.filter((e) => e.customer === 1)
    expect(liftFor(g, history, 3, 1)).toBeGreaterThan(0.3)
    expect(liftFor(g, history, 3, 7)).toBeGreaterThan(0.3)
    expect(liftFor(g, history, 3, 4)).toBeLessThan(-0.3)
    expect(liftFor(g, history, 3, 10)).toBeLessThan(-0.3)
  })

  it("reads an R1 customer's purchases within what it could buy: the rule that limits it is not a taste", () => {
    // R1 customers buy 0–5 evenly. One that bought each once is like the bank within its set: no lift for any of
    // them (a mixture blind to the rule would give them a class of their own, lifting 0–5 about twice).
    const history = [0, 1, 2, 3, 4, 5].map((k, j) => ({ customer: 0, product: k, day: DAY - 300 + j * 40, amount: 1 }))
    for (const k of [0, 1, 4, 5]) expect(Math.abs(liftFor(g, history, 1, k))).toBeLessThan(0.2)
  })

  it("gives a customer without purchases no lift", () => {
    expect(liftFor(g, [], 3, 1)).toBe(0)
  })

  it("never lets a customer's own purchases shape the mixture that scores it", () => {
    // Customer 1's fold is scored by the mixture fitted on the other fold: changing its purchases leaves that
    // mixture as it was, while the other fold's mixture (which read them) moves.
    const moved = b.events.map((e) => (e.customer === 1 ? { ...e, product: 11 } : e))
    const h = fitSegments({ ...columnsOf(b, moved), products }, 4, 25, 4000)
    const own = summaryOf(g, [b.events.find((e) => e.customer === 1)!], 3).segmentFold
    expect(Array.from(h.mixtures[own]!.theta)).toEqual(Array.from(g.mixtures[own]!.theta))
    expect(Array.from(h.mixtures[1 - own]!.theta)).not.toEqual(Array.from(g.mixtures[1 - own]!.theta))
  })
})
