/**
 * The purchases of the end-to-end world (independentWorld.ts): a history drawn day by day up to D, the holdings
 * on D, and each buyer's held-out choice on D (not in the files), all by the world's own utility and rules.
 */
import { type Customer, D, type Product } from "./independentWorld.js"

export interface Purchase {
  readonly customer: number
  readonly product: number
  readonly day: number
  /** 万元 */
  readonly amount: number
}

export const onSale = (p: Product, day: number) => p.salesStart <= day && day <= p.salesEnd

/** What the bank may sell the customer that day: on sale, suitable, within funds, not held. */
export const eligible = (c: Customer, p: Product, day: number, held: ReadonlySet<number>, index: number) =>
  onSale(p, day) && p.risk <= c.rating && p.amount * 10_000 <= c.funds && !held.has(index)

/** The hidden utility of product p for customer c on `day`, given how often c bought p before. */
export const utility = (c: Customer, p: Product, day: number, boughtBefore: number) =>
  -1.4 * Math.abs(p.risk - c.riskTaste) +
  (p.type === c.typeTaste ? 1.1 : 0) -
  1.0 * Math.abs(Math.log(p.term / c.termTaste)) +
  c.rateWeight * p.rate +
  p.appeal +
  (boughtBefore > 0 ? 0.9 : 0) +
  0.8 * Math.exp(-(day - p.salesStart) / 45)

/** The products held on `day`: bought and not yet matured (`maturities`: product → the day it matures). */
export const heldOn = (maturities: ReadonlyMap<number, number>, day: number) =>
  new Set([...maturities].filter(([, end]) => end > day).map(([p]) => p))

/** Counts a purchase of products[index] on `day` and when it matures (a later purchase may hold it longer). */
export const recordPurchase = (
  bought: Map<number, number>,
  maturities: Map<number, number>,
  products: ReadonlyArray<Product>,
  index: number,
  day: number
) => {
  bought.set(index, (bought.get(index) ?? 0) + 1)
  maturities.set(index, Math.max(maturities.get(index) ?? 0, day + 1 + products[index]!.term))
}

export interface History {
  readonly purchases: ReadonlyArray<Purchase>
  /** Per customer: products held on D (bought, not matured by D). */
  readonly heldOnD: ReadonlyArray<Set<number>>
  /** Per customer: the held-out product chosen the day after D, or -1 (not a buyer or nothing eligible). */
  readonly heldOut: ReadonlyArray<number>
  /** Per customer: purchases per product before D. */
  readonly bought: ReadonlyArray<Map<number, number>>
}

const choose = (
  r: () => number,
  c: Customer,
  products: ReadonlyArray<Product>,
  day: number,
  held: Set<number>,
  bought: Map<number, number>
) => {
  const options: Array<number> = []
  const weights: Array<number> = []
  products.forEach((p, i) => {
    if (!eligible(c, p, day, held, i)) return
    options.push(i)
    weights.push(Math.exp(utility(c, p, day, bought.get(i) ?? 0)))
  })
  if (options.length === 0) return -1
  let u = r() * weights.reduce((a, b) => a + b, 0)
  for (let k = 0; k < options.length; k++) {
    u -= weights[k]!
    if (u <= 0) return options[k]!
  }
  return options[options.length - 1]!
}

export const simulate = (
  r: () => number,
  customers: ReadonlyArray<Customer>,
  products: ReadonlyArray<Product>,
  historyDays: number
): History => {
  const purchases: Array<Purchase> = []
  const heldOnD: Array<Set<number>> = []
  const heldOut: Array<number> = []
  const bought: Array<Map<number, number>> = []
  customers.forEach((c, ci) => {
    const mine = new Map<number, number>()
    const maturities = new Map<number, number>()
    const rate = c.perYear / 365
    for (let day = D - historyDays; day <= D; day++) {
      if (r() >= rate) continue
      const p = choose(r, c, products, day, heldOn(maturities, day), mine)
      if (p < 0) continue
      const product = products[p]!
      const amount = Math.max(product.amount, Math.round((c.funds * (0.05 + r() * 0.25)) / 10_000))
      purchases.push({ customer: ci, product: p, day, amount })
      recordPurchase(mine, maturities, products, p, day)
    }
    const held = heldOn(maturities, D)
    heldOnD.push(held)
    bought.push(mine)
    // The held-out choice among what is on sale on D (what the portrait recommends from).
    heldOut.push(c.perYear > 0 ? choose(r, c, products, D, held, mine) : -1)
  })
  return { purchases, heldOnD, heldOut, bought }
}
