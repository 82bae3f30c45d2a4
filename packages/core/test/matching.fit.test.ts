/**
 * The learned score's fitting machinery on planted choice data: the prior's strength chosen on held-out purchases
 * (strong where purchases are noise, weak where a feature decides them), the fit against its objective written
 * out plainly (the optimiser's loops run several features a step), and the purchases' time order and grouping by
 * customer.
 */
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { baselineWins, JUDGED_ALONE, verdicts } from "../src/Matching/Learned/Check.js"
import { emptyMoment } from "../src/Matching/Learned/Columns.js"
import {
  coPurchase,
  coPurchaseLift,
  coPurchaseLiftSum,
  coPurchaseSums,
  freeze
} from "../src/Matching/Learned/CoPurchase.js"
import { curvatureSteps } from "../src/Matching/Learned/Curvature.js"
import { type ChoiceData, fitChoices } from "../src/Matching/Learned/Fit.js"
import { finalHistory, groupByCustomer, keptFrom, purchaseColumns } from "../src/Matching/Learned/History.js"
import { choosePrior, heldOutLogLikelihood } from "../src/Matching/Learned/Regularisation.js"
import { emptySummary } from "../src/Matching/Learned/Summary.js"
import { timeOrder } from "../src/Matching/Learned/TimeOrder.js"
import { runSteps } from "../src/Records/Steps.js"

/** `events` choices among 8 products with 3 features each; `signal` = how much feature 0 drives the choice. */
const planted = (events: number, signal: number, seed: number): ChoiceData => {
  let r = seed
  const next = () => {
    r = (Math.imul(r, 1_103_515_245) + 12_345) >>> 0
    return r / 4_294_967_296
  }
  const F = 3
  const n = 8
  const x = new Float32Array(events * n * F)
  const product = new Int32Array(events * n)
  const from = new Int32Array(events + 1)
  const chosen = new Int32Array(events)
  for (let e = 0; e < events; e++) {
    from[e + 1] = (e + 1) * n
    const weights: Array<number> = []
    for (let j = 0; j < n; j++) {
      product[e * n + j] = j
      for (let f = 0; f < F; f++) x[(e * n + j) * F + f] = next() * 2 - 1
      weights.push(Math.exp(signal * x[(e * n + j) * F]!))
    }
    let u = next() * weights.reduce((a, b) => a + b, 0)
    let pick = 0
    while (pick < n - 1 && u > weights[pick]!) u -= weights[pick++]!
    chosen[e] = e * n + pick
  }
  return { events, from, chosen, product, x, features: F, products: n }
}

const base = { l2: 0.5 / 240, l2Product: 2 / 240, iterations: 60 }
const scales = [1024, 64, 4, 1]

describe("the prior's strength chosen on the held-out purchases", () => {
  it("is the strongest tried when the purchases are noise, and the weakest when a feature decides them", () => {
    const noise = planted(300, 0, 11)
    const signal = planted(300, 6, 11)
    expect(choosePrior(noise, 240, base, scales, 60, 30).scale).toBe(1024)
    expect(choosePrior(signal, 240, base, scales, 60, 30).scale).toBeLessThanOrEqual(4)
  })

  it("keeps the fit whose held-out purchases are likeliest along the path", () => {
    const d = planted(300, 1, 5)
    const chosen = choosePrior(d, 240, base, scales, 60, 30)
    const best = Math.max(...chosen.path.map((p) => p.heldOut))
    expect(chosen.path.find((p) => p.scale === chosen.scale)!.heldOut).toBe(best)
    expect(heldOutLogLikelihood(d, chosen.theta, 240, 300)).toBeCloseTo(best, 10)
    // A held-out log-likelihood is at most 0 and at least that of a uniform guess among 8 for a flat fit.
    expect(heldOutLogLikelihood(d, new Float64Array(3 + 8), 240, 300)).toBeCloseTo(-Math.log(8), 10)
  })
})

/** The fit's objective written out plainly: mean negative log-likelihood plus both priors (centre zero). */
const objective = (d: ChoiceData, theta: Float64Array, l2: number, l2Product: number) => {
  const F = d.features
  let loss = 0
  for (let e = 0; e < d.events; e++) {
    const utilities: Array<number> = []
    for (let j = d.from[e]!; j < d.from[e + 1]!; j++) {
      let v = theta[F + d.product[j]!]!
      for (let f = 0; f < F; f++) v += theta[f]! * d.x[j * F + f]!
      utilities.push(v)
    }
    const chosen = utilities[d.chosen[e]! - d.from[e]!]!
    loss -= chosen - Math.log(utilities.reduce((z, v) => z + Math.exp(v), 0))
  }
  let prior = 0
  theta.forEach((t, i) => {
    prior += 0.5 * (i < F ? l2 : l2Product) * t * t
  })
  return loss / d.events + prior
}

describe("the conditional logit's fit", () => {
  it("ends where the plainly written objective is flat, for any number of features", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 1_000 }), (F, seed) => {
        const d = { ...planted(80, 2, seed), features: F }
        const x = new Float32Array(d.from[d.events]! * F)
        let r = seed
        for (let i = 0; i < x.length; i++) {
          r = (Math.imul(r, 1_103_515_245) + 12_345) >>> 0
          x[i] = r / 4_294_967_296 - 0.5
        }
        const data: ChoiceData = { ...d, x }
        const l2 = 0.05
        const l2Product = 0.2
        const theta = fitChoices(data, { l2, l2Product, iterations: 300, first: 0, last: data.events })
        expect(objective(data, theta, l2, l2Product)).toBeLessThan(
          objective(
            data,
            theta.map(() => 0),
            l2,
            l2Product
          )
        )
        // Central differences of the plain objective: every feature weight and intercept at a minimum.
        for (let i = 0; i < theta.length; i++) {
          const step = 1e-4
          const up = Float64Array.from(theta)
          const down = Float64Array.from(theta)
          up[i]! += step
          down[i]! -= step
          const slope = (objective(data, up, l2, l2Product) - objective(data, down, l2, l2Product)) / (2 * step)
          expect(Math.abs(slope)).toBeLessThan(2e-3)
        }
      }),
      { numRuns: 30 }
    )
  })
})

describe("the fit's curvature", () => {
  it("is the plainly written objective's second derivative along each coordinate", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000 }), (seed) => {
        const d = planted(60, 2, seed)
        const l2 = 0.05
        const l2Product = 0.2
        let r = seed
        const theta = Float64Array.from({ length: d.features + d.products }, () => {
          r = (Math.imul(r, 1_103_515_245) + 12_345) >>> 0
          return r / 4_294_967_296 - 0.5
        })
        const h = runSteps(curvatureSteps(d, theta, { l2, l2Product, iterations: 0, first: 0, last: d.events }))
        const step = 1e-3
        const at = objective(d, theta, l2, l2Product)
        for (let i = 0; i < theta.length; i++) {
          const up = Float64Array.from(theta)
          const down = Float64Array.from(theta)
          up[i]! += step
          down[i]! -= step
          const second = (objective(d, up, l2, l2Product) - 2 * at + objective(d, down, l2, l2Product)) / step ** 2
          expect(h[i]).toBeCloseTo(second, 4)
        }
      }),
      { numRuns: 20 }
    )
  })
})

describe("the purchases' time order", () => {
  it("orders by time, purchases at the same time in file order", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 200 }), (hours) => {
        const ms = Float64Array.from(hours, (h) => 1_700_000_000_000 + h * 3_600_000)
        const day = Int32Array.from(ms, (t) => Math.floor(t / 86_400_000))
        const expected = hours.map((_, i) => i).sort((a, b) => ms[a]! - ms[b]! || a - b)
        expect(Array.from(timeOrder(ms, day))).toEqual(expected)
      })
    )
  })

  it("groups by customer in time order, each history the customer's latest purchases before the moment", () => {
    const purchase = fc.record({ customer: fc.nat(5), product: fc.nat(9), day: fc.nat(30), amount: fc.nat(100) })
    fc.assert(
      fc.property(fc.array(purchase, { maxLength: 120 }), fc.integer({ min: 1, max: 8 }), (events, length) => {
        const h = groupByCustomer(purchaseColumns(events), 6, length)
        events.forEach((e, j) => {
          // Before purchase j: the customer's purchases listed earlier, at most the latest `length`.
          const earlier = events.slice(0, j).filter((x) => x.customer === e.customer)
          const to = h.at[j]!
          const from = keptFrom(h, e.customer, to)
          expect(h.product[to]).toBe(e.product)
          expect(h.amount[to]).toBe(e.amount)
          const kept = Array.from({ length: to - from }, (_, q) => [h.product[from + q], h.day[from + q]])
          expect(kept).toEqual(earlier.slice(-length).map((x) => [x.product, x.day]))
        })
        for (let c = 0; c < 6; c++) {
          const { from, to } = finalHistory(h, c)
          const all = events.filter((x) => x.customer === c)
          expect(Array.from(h.product.subarray(from, to))).toEqual(all.slice(-length).map((x) => x.product))
        }
      })
    )
  })
})

describe("the co-purchase sums in one pass", () => {
  it("equal the three co-purchase features, while the moment moves and once frozen", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 5 * 5, maxLength: 5 * 5 }),
        fc.array(fc.double({ min: 0.01, max: 1, noNaN: true }), { minLength: 3, maxLength: 3 }),
        (counts, shares) => {
          const m = emptyMoment(5, true, null)
          m.customers = 40
          for (let q = 0; q < 5; q++) {
            m.buyers[q] = 10 + q
            for (let k = 0; k < 5; k++) m.co![q * 5 + k] = Math.min(counts[q * 5 + k]!, counts[k * 5 + q]!)
          }
          const s = emptySummary()
          s.count = 3
          s.lists = Float64Array.of(0, 2, 3, ...shares)
          s.productCount = 3
          const out = new Float64Array(3)
          for (const frozen of [false, true]) {
            if (frozen) freeze(m, 5)
            for (let k = 0; k < 5; k++) {
              coPurchaseSums(s, k, m, 5, out)
              expect(Array.from(out)).toEqual([
                coPurchase(s, k, m, 5),
                coPurchaseLift(s, k, m, 5),
                coPurchaseLiftSum(s, k, m, 5)
              ])
            }
          }
        }
      )
    )
  })
})

describe("the held-out verdict of a segment", () => {
  const status = (validated: number, model: number, baseline: number) => ({
    validated,
    modelHitRate: model,
    baselineHitRate: baseline,
    scorer: model >= baseline ? ("model" as const) : ("baseline" as const)
  })

  it("follows all held-out purchases together when the segment has too few to judge alone", () => {
    // 35 warm purchases: the baseline ahead by one purchase; pooled with 27 first purchases, the model ahead.
    const [warm, cold] = verdicts(
      status(35, 15 / 35, 16 / 35),
      status(27, 20 / 27, 13 / 27),
      status(62, 35 / 62, 29 / 62)
    )
    expect(warm.scorer).toBe("model")
    expect(cold.scorer).toBe("model")
    expect(warm.baselineHitRate).toBe(16 / 35)
  })

  it("gives a segment to the baseline only when it ranks clearly more of the held-out purchases in its top 5", () => {
    // Purchases only the model ranked in its top 5 against those only the baseline did.
    expect(baselineWins(36, 38)).toBe(false)
    expect(baselineWins(10, 16)).toBe(false)
    expect(baselineWins(0, 3)).toBe(false)
    expect(baselineWins(5, 15)).toBe(true)
    expect(baselineWins(0, 10)).toBe(true)
    expect(baselineWins(20, 5)).toBe(false)
  })

  it("keeps its own verdict with enough held-out purchases", () => {
    const [warm, cold] = verdicts(
      status(JUDGED_ALONE, 0.4, 0.5),
      status(JUDGED_ALONE - 1, 0.4, 0.5),
      status(2 * JUDGED_ALONE - 1, 0.6, 0.5)
    )
    expect(warm.scorer).toBe("baseline")
    expect(cold.scorer).toBe("model")
  })
})
