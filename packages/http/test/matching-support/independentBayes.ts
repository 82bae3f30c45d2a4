/**
 * A Bayes ceiling for the independent bank (independentWorld.ts): the best any recommender can do from the files.
 * It knows the world's utility and rules, every product's appeal and the customer's rating; it does not know the
 * customer's tastes, so it weighs each taste of the world's prior (tasteGrid) by how likely it makes the customer's
 * purchases, choice by choice among what the customer could buy that day, and ranks the products on D by the
 * choice probability averaged over that posterior. The oracle knows the tastes; the ceiling ÷ the oracle is how much
 * of the oracle's hit rate the data allow.
 */
import { eligible, heldOn, type Purchase, recordPurchase, utility } from "./independentPurchases.js"
import { type Customer, D, type Product, tasteGrid } from "./independentWorld.js"

/** ln Σ exp(u) over the customer's choice among `allowed`, and u of the product chosen. */
const logChance = (
  c: Customer,
  products: ReadonlyArray<Product>,
  allowed: ReadonlyArray<number>,
  day: number,
  bought: ReadonlyMap<number, number>,
  chosen: number
) => {
  let z = 0
  let u = 0
  for (const i of allowed) {
    const v = utility(c, products[i]!, day, bought.get(i) ?? 0)
    z += Math.exp(v)
    if (i === chosen) u = v
  }
  return u - Math.log(z)
}

/**
 * The ceiling's top 5 on D for customer `c`, given its purchases before D (oldest first), what it holds and has
 * bought on D, and the products it may buy on D.
 */
export const bayesTop5 = (
  c: Customer,
  purchases: ReadonlyArray<Purchase>,
  products: ReadonlyArray<Product>,
  allowedOnD: ReadonlyArray<number>,
  boughtOnD: ReadonlyMap<number, number>
): Array<number> => {
  const grid = tasteGrid(c.rating).map(({ tastes, chance }) => ({
    customer: { ...c, ...tastes },
    log: Math.log(chance)
  }))
  // The purchases replayed as the world drew them (simulate's own bookkeeping): what was held, bought so far.
  const bought = new Map<number, number>()
  const maturities = new Map<number, number>()
  for (const p of purchases) {
    const held = heldOn(maturities, p.day)
    const allowed = products.flatMap((q, i) => (eligible(c, q, p.day, held, i) ? [i] : []))
    for (const g of grid) g.log += logChance(g.customer, products, allowed, p.day, bought, p.product)
    recordPurchase(bought, maturities, products, p.product, p.day)
  }
  const most = Math.max(...grid.map((g) => g.log))
  const chance = new Float64Array(allowedOnD.length)
  for (const g of grid) {
    const weight = Math.exp(g.log - most)
    // Tastes a billion times less likely than the best move no rank.
    if (weight < 1e-9) continue
    const u = allowedOnD.map((i) => Math.exp(utility(g.customer, products[i]!, D, boughtOnD.get(i) ?? 0)))
    const z = u.reduce((a, b) => a + b, 0)
    u.forEach((v, j) => {
      chance[j]! += (weight * v) / z
    })
  }
  return allowedOnD
    .map((i, j) => [i, chance[j]!] as const)
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, 5)
    .map(([i]) => i)
}
