// The Bayes ceiling of the independently generated bank (matching-support/independentBayes.ts), which the
// recommendation bench compares the recommender with: it must read tastes from purchases, and nothing else hidden.
import { describe, expect, it } from "vitest"
import { bayesTop5 } from "./matching-support/independentBayes.js"
import { eligible, type Purchase, simulate, utility } from "./matching-support/independentPurchases.js"
import { D, drawTastes, makeCatalogue, makeCustomers, random } from "./matching-support/independentWorld.js"

const r = random(5)
const products = makeCatalogue(r, 40, 730)
const customers = makeCustomers(r, 400)
const history = simulate(r, customers, products, 730)
const purchasesOf = customers.map((): Array<Purchase> => [])
for (const p of history.purchases) purchasesOf[p.customer]!.push(p)

const allowedOnD = (ci: number) =>
  products.flatMap((p, i) => (eligible(customers[ci]!, p, D, history.heldOnD[ci]!, i) ? [i] : []))
const ceilingOf = (ci: number) =>
  bayesTop5(customers[ci]!, purchasesOf[ci]!, products, allowedOnD(ci), history.bought[ci]!)
const oracleOf = (ci: number) =>
  [...allowedOnD(ci)]
    .sort(
      (a, b) =>
        utility(customers[ci]!, products[b]!, D, history.bought[ci]!.get(b) ?? 0) -
          utility(customers[ci]!, products[a]!, D, history.bought[ci]!.get(a) ?? 0) || a - b
    )
    .slice(0, 5)

describe("the Bayes ceiling of the independent bank", () => {
  it("ranks nearly as the oracle does for customers whose many purchases reveal their tastes", () => {
    const rich = customers.flatMap((_, ci) => (purchasesOf[ci]!.length >= 8 ? [ci] : []))
    expect(rich.length).toBeGreaterThan(20)
    const shared = rich.map((ci) => ceilingOf(ci).filter((k) => oracleOf(ci).includes(k)).length)
    expect(shared.reduce((a, b) => a + b, 0) / rich.length).toBeGreaterThan(3.5)
  })

  it("ranks customers without purchases by what the files show, whatever their hidden tastes", () => {
    const cold = customers.findIndex((_, ci) => purchasesOf[ci]!.length === 0 && allowedOnD(ci).length > 5)
    expect(cold).toBeGreaterThanOrEqual(0)
    const c = customers[cold]!
    const top = ceilingOf(cold)
    for (let draw = 0; draw < 5; draw++) {
      const other = { ...c, ...drawTastes(random(draw), c.rating) }
      expect(bayesTop5(other, [], products, allowedOnD(cold), new Map())).toEqual(top)
    }
  })
})
