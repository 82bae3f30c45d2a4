/**
 * Offline evaluation of the recommender:
 * `npx tsx bench/matching-eval.bench.ts [--customers 4000] [--seed 1] [--appeal 0.5]`.
 *
 * A generated bank whose customers have hidden true preferences (risk tolerance, term, rate appetite, funds)
 * buys products drawn from those preferences plus a product-wide appeal (so best sellers exist). Each
 * customer's last purchase is held out; preferences are computed from the rest with core's computePreferences,
 * and the recommender's ranking of the held-out product is compared with best sellers and random order.
 */
import { parseArgs } from "node:util"
import {
  buildMarketIndex,
  computePreferences,
  cycleBucket,
  cycleBuckets,
  defaultPreferenceConfig,
  type MarketCustomer,
  makeMatchingConfig,
  type PreferenceCustomer,
  type ProductRow,
  type PurchaseRow,
  recommendFor,
  riskOfLevel
} from "../packages/core/src/index.js"
import { makeProducts, type Rng, rng } from "./matching-world.js"

const { values } = parseArgs({
  options: {
    customers: { type: "string", default: "4000" },
    seed: { type: "string", default: "1" },
    appeal: { type: "string", default: "0.5" }
  }
})
const r = rng(Number(values.seed))
const D = "2026-06-30"
const products = makeProducts(r, 80, "2024-01-01", "2026-12-31")
const gauss = (g: Rng) => Math.sqrt(-2 * Math.log(1 - g())) * Math.cos(2 * Math.PI * g())
// How much a product's own appeal (the same for every customer) weighs against personal fit: the spread of
// the best-seller effect. The oracle line shows the ceiling any recommender could reach in this world.
const appeal = products.map(() => gauss(r) * Number(values.appeal))
const termOf = products.map((p) => cycleBuckets.indexOf(cycleBucket(p.termDays, defaultPreferenceConfig)))
const riskOf = products.map((p) => riskOfLevel(p.riskLevel)!)

interface Truth {
  readonly tolerance: number
  readonly term: number
  readonly rate: number
  readonly fundsYuan: number
  readonly rated: boolean
}
const truthOf = (): Truth => {
  const u = r()
  const tolerance = u < 0.15 ? 1 : u < 0.45 ? 2 : u < 0.75 ? 3 : u < 0.9 ? 4 : 5
  return {
    tolerance,
    term: Math.floor(r() * 4),
    rate: 1.5 + tolerance * 0.5 + r() * 1.2,
    fundsYuan: Math.round(10 ** (5.5 + r() * 2.5)),
    rated: r() < 0.3
  }
}

/** The customer's true utility of product k; null when it may not or cannot buy it. */
const utility = (t: Truth, k: number): number | null => {
  const p = products[k]!
  if (riskOf[k]! > t.tolerance || p.startingAmount * 10_000 > t.fundsYuan) return null
  return (
    (riskOf[k] === t.tolerance ? 2 : riskOf[k] === t.tolerance - 1 ? 1 : 0) +
    (termOf[k] === t.term ? 2 : Math.abs(termOf[k]! - t.term) === 1 ? 0.8 : 0) +
    (p.expectedRate >= t.rate ? 1.5 : 0) +
    appeal[k]!
  )
}

/** One purchase drawn from the customer's true preferences: a softmax over the products it may buy. */
const choose = (t: Truth): number => {
  const weights = products.map((_, k) => {
    const u = utility(t, k)
    return u === null ? 0 : Math.exp(u)
  })
  const sum = weights.reduce((a, b) => a + b, 0)
  let x = r() * sum
  for (let k = 0; k < weights.length; k++) {
    x -= weights[k]!
    if (x <= 0) return k
  }
  return weights.length - 1
}

const n = Number(values.customers)
const truths = Array.from({ length: n }, truthOf)
const codes = truths.map((_, i) => `C${String(i).padStart(5, "0")}`)
const training: Array<PurchaseRow> = []
const heldOut: Array<number> = []
truths.forEach((t, i) => {
  const count = 3 + Math.floor(r() * 8)
  const days = Array.from({ length: count }, () => Math.floor(r() * 700)).sort((a, b) => a - b)
  days.forEach((d, j) => {
    const k = choose(t)
    if (j === count - 1) {
      heldOut.push(k)
      return
    }
    const p = products[k]!
    training.push({
      companyCode: codes[i]!,
      productCode: p.productCode,
      businessType: "认购",
      tradeTime: `${new Date(Date.UTC(2024, 7, 1) + d * 86_400_000).toISOString().slice(0, 10)} 10:00:00`,
      amount: Math.min(t.fundsYuan / 10_000, p.startingAmount * (1 + r() * 4)),
      channel: "网银"
    })
  })
})

// Train: the customers' preferences from their history, as the recompute derives them.
const customers: Array<PreferenceCustomer> = truths.map((t, i) => ({
  code: codes[i]!,
  riskRating: t.rated ? `R${t.tolerance}` : null,
  portrait: { idleFunds: t.fundsYuan, all: { monthBalance: null, trade: null }, innerScale: { trade: 0 } },
  transactionChannel: null
}))
const preferences = computePreferences({ analysisDate: D, customers, trades: training, products, holdings: [] })
const market: Array<MarketCustomer> = customers.map((c, i) => ({
  code: c.code,
  name: c.code,
  outletCode: "O1",
  branchCode: "B1",
  riskRating: c.riskRating,
  idleFunds: truths[i]!.fundsYuan,
  preference: preferences[i]!
}))
const index = buildMarketIndex({ customers: market, products, trades: training, day: D, topSellerDays: 30 })
const fullRanking = makeMatchingConfig({ recommendations: products.length })

interface Score {
  hits: number
  rr: number
}
const tally = (): Score => ({ hits: 0, rr: 0 })
const add = (s: Score, rank: number) => {
  if (rank < 0) return
  if (rank < 5) s.hits++
  s.rr += 1 / (rank + 1)
}
const recommender = tally()
const popularity = tally()
const popularityAllowed = tally()
const random = tally()
const oracle = tally()
const bestSellers = products
  .map((p, k) => ({ p, k, sold: index.products[k]!.purchases }))
  .sort((a, b) => b.sold - a.sold || a.k - b.k)
for (let i = 0; i < n; i++) {
  const target: ProductRow = products[heldOut[i]!]!
  const c = index.byCode.get(codes[i]!)!
  const ranked = recommendFor(index, c, new Set(), D, fullRanking)
  add(
    recommender,
    ranked.findIndex((x) => x.product.productCode === target.productCode)
  )
  add(
    popularity,
    bestSellers.findIndex((x) => x.p.productCode === target.productCode)
  )
  const allowed = bestSellers.filter(
    (x) => x.p.startingAmount * 10_000 <= index.capacity[c]! && riskOf[x.k]! <= index.tolerance[c]!
  )
  add(
    popularityAllowed,
    allowed.findIndex((x) => x.p.productCode === target.productCode)
  )
  const truth = products
    .map((_, k) => ({ k, u: utility(truths[i]!, k) }))
    .filter((x) => x.u !== null)
    .sort((a, b) => b.u! - a.u!)
  add(
    oracle,
    truth.findIndex((x) => x.k === heldOut[i])
  )
  const order = products.map((_, k) => k).sort(() => r() - 0.5)
  add(random, order.indexOf(heldOut[i]!))
}
const line = (name: string, s: Score) =>
  `${name.padEnd(38)} hit-rate@5 ${(s.hits / n).toFixed(3)}   MRR ${(s.rr / n).toFixed(3)}`
console.log(`appeal spread ${values.appeal}, seed ${values.seed}`)
console.log(`${n} customers, ${products.length} products, ${training.length} training purchases, 1 held out each`)
console.log(line("recommender (score, hard rules)", recommender))
console.log(line("popularity (top sellers)", popularity))
console.log(line("popularity within the hard rules", popularityAllowed))
console.log(line("random", random))
console.log(line("oracle (true utilities, the ceiling)", oracle))
console.log(`recommender / popularity hit-rate: ${(recommender.hits / Math.max(1, popularity.hits)).toFixed(2)}×`)
