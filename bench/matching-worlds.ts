/**
 * Generated banks with hidden tastes, for the recommender's offline evaluation: each world draws customers'
 * purchases over two years from a softmax of its own utility (risk and term tastes, rate appetite, product appeal,
 * a launch trend, product families) among the products on sale, allowed and not held that day, then one more
 * purchase on D that is held out. Worlds differ in which parts of the utility matter and how much history exists.
 */
import {
  cycleBucket,
  cycleBuckets,
  defaultPreferenceConfig,
  type FluctuationDegree,
  type ProductRow,
  type PurchaseRow
} from "../packages/core/src/index.js"
import { pick, type Rng, rng } from "./matching-world.js"

export interface WorldSpec {
  readonly name: string
  readonly customers: number
  readonly products: number
  /** Mean purchases per customer before D (Poisson), and the share of customers with none at all. */
  readonly purchases: number
  readonly newShare: number
  /** Share of customers with a riskRating (the others are limited by their hidden tolerance). */
  readonly rated: number
  /** Probability that the risk taste lies 1–2 levels below the tolerance. */
  readonly tasteBelow: number
  /** Probability that the balance fluctuation reveals the term taste (高 → short … 低 → long). */
  readonly termCue: number
  /** Utility weights. */
  readonly risk: number
  readonly term: number
  readonly rate: number
  readonly appeal: number
  readonly trend: number
  readonly family: number
  /**
   * Weight of a hidden ticket-size taste (the starting amount a customer likes: same step 1, neighbour 0.4),
   * drawn within what its funds allow; 0 in the worlds without it. `lifespan` shortens products' sales windows
   * (days, default 120–1020) so the catalogue turns over and new launches matter.
   */
  readonly amount?: number
  readonly lifespan?: readonly [number, number]
}

export const WORLDS: ReadonlyArray<WorldSpec> = [
  {
    name: "tastes below the rating",
    customers: 4000,
    products: 100,
    purchases: 6,
    newShare: 0.05,
    rated: 0.9,
    tasteBelow: 0.7,
    termCue: 0.3,
    risk: 2.5,
    term: 1.5,
    rate: 0.8,
    appeal: 0.4,
    trend: 0.5,
    family: 0
  },
  {
    name: "popularity-driven",
    customers: 4000,
    products: 100,
    purchases: 5,
    newShare: 0.05,
    rated: 0.8,
    tasteBelow: 0.3,
    termCue: 0.3,
    risk: 0.4,
    term: 0.3,
    rate: 0.2,
    appeal: 1.6,
    trend: 2,
    family: 0
  },
  {
    name: "term-driven",
    customers: 4000,
    products: 100,
    purchases: 5,
    newShare: 0.05,
    rated: 0.8,
    tasteBelow: 0.3,
    termCue: 0.3,
    risk: 0.5,
    term: 3,
    rate: 0.4,
    appeal: 0.4,
    trend: 0.5,
    family: 0
  },
  {
    name: "product families (co-purchase)",
    customers: 4000,
    products: 100,
    purchases: 6,
    newShare: 0.05,
    rated: 0.8,
    tasteBelow: 0.3,
    termCue: 0.3,
    risk: 0.8,
    term: 0.6,
    rate: 0.3,
    appeal: 0.4,
    trend: 0.5,
    family: 2.5
  },
  {
    name: "new customers without purchases",
    customers: 4000,
    products: 100,
    purchases: 4,
    newShare: 0.6,
    rated: 0.9,
    tasteBelow: 0.2,
    termCue: 0.8,
    risk: 1.2,
    term: 1.2,
    rate: 0.3,
    appeal: 0.8,
    trend: 1,
    family: 0
  },
  {
    name: "a bank with little history",
    customers: 600,
    products: 60,
    purchases: 0.8,
    newShare: 0.3,
    rated: 0.9,
    tasteBelow: 0.3,
    termCue: 0.6,
    risk: 1,
    term: 1,
    rate: 0.3,
    appeal: 1,
    trend: 1,
    family: 0
  },
  {
    name: "ticket size and short-lived products",
    customers: 4000,
    products: 120,
    purchases: 5,
    newShare: 0.1,
    rated: 0.85,
    tasteBelow: 0.2,
    termCue: 0.3,
    risk: 0.6,
    term: 0.5,
    rate: 0.3,
    appeal: 0.6,
    trend: 1.2,
    family: 0,
    amount: 2,
    lifespan: [60, 300]
  }
]

export const D = "2026-06-30"
const D_DAY = Math.floor(Date.UTC(2026, 5, 30) / 86_400_000)
const HISTORY_DAYS = 730
const TERMS = [30, 60, 90, 120, 180, 270, 365, 540, 730]
const STARTS = [1, 5, 10, 50, 100, 300]
const ticketCloseness = (a: number, b: number) => (a === b ? 1 : Math.abs(a - b) === 1 ? 0.4 : 0)
const dayText = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10)
const gauss = (r: Rng) => Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r())

export interface Taste {
  readonly tolerance: number
  readonly rated: boolean
  readonly risk: number
  readonly term: number
  readonly rate: number
  readonly funds: number
  readonly family: number
  /** Index in STARTS of the liked starting amount (−1: no ticket taste). */
  readonly ticket: number
  readonly fluctuation: FluctuationDegree
}

export interface World {
  readonly spec: WorldSpec
  readonly products: ReadonlyArray<ProductRow>
  readonly tastes: ReadonlyArray<Taste>
  readonly codes: ReadonlyArray<string>
  readonly trades: ReadonlyArray<PurchaseRow>
  readonly holdings: ReadonlyArray<{ companyCode: string; productCode: string }>
  /** The held-out purchase on D of each customer (product index), −1 when it had nothing to buy. */
  readonly next: Int32Array
  /** The customer's true utility of product k on day `day`. */
  readonly utility: (i: number, k: number, day: number) => number
  /** The utility of product k on `day` for a customer with the given hidden tastes (for the Bayes ceiling). */
  readonly utilityWith: (
    t: Pick<Taste, "risk" | "term" | "rate" | "family" | "ticket">,
    k: number,
    day: number
  ) => number
  /** The world's own eligibility: on sale, suitable and feasible for customer i (holding is checked apart). */
  readonly open: (i: number, k: number, day: number) => boolean
  /** The product family of each product (the co-purchase structure). */
  readonly family: Int32Array
}

export const makeWorld = (spec: WorldSpec, seed: number): World => {
  const r = rng(seed)
  const P = spec.products
  const products: Array<ProductRow> = []
  const risk = new Int32Array(P)
  const term = new Int32Array(P)
  const launch = new Int32Array(P)
  const end = new Int32Array(P)
  const appeal = new Float64Array(P)
  const family = new Int32Array(P)
  for (let k = 0; k < P; k++) {
    risk[k] = 1 + Math.floor(r() * 5)
    const termDays = pick(r, TERMS)
    term[k] = cycleBuckets.indexOf(cycleBucket(termDays, defaultPreferenceConfig))
    launch[k] = D_DAY - HISTORY_DAYS - 60 + Math.floor(r() * (HISTORY_DAYS + 40))
    const [shortest, longest] = spec.lifespan ?? [120, 1020]
    end[k] = launch[k]! + shortest + Math.floor(r() * (longest - shortest))
    appeal[k] = gauss(r)
    family[k] = Math.floor(r() * 8)
    products.push({
      productCode: `P${String(k).padStart(4, "0")}`,
      productName: `理财${k}号`,
      productType: risk[k]! <= 1 ? "保本" : risk[k]! >= 5 ? "结构性" : "非保本",
      riskLevel: `R${risk[k]}` as ProductRow["riskLevel"],
      termDays,
      startingAmount: pick(r, STARTS),
      expectedRate: Math.round((1.5 + risk[k]! * 0.5 + termDays / 365 + r() * 0.8) * 100) / 100,
      salesStart: dayText(launch[k]!),
      salesEnd: dayText(end[k]!),
      valueDate: dayText(launch[k]!),
      expiryDate: "2030-12-31",
      manualUrl: null,
      remark: null,
      marketingSkills: null
    })
  }
  const tastes: Array<Taste> = Array.from({ length: spec.customers }, () => {
    const u = r()
    const tolerance = u < 0.1 ? 1 : u < 0.3 ? 2 : u < 0.6 ? 3 : u < 0.8 ? 4 : 5
    const below = r() < spec.tasteBelow ? 1 + Math.floor(r() * 2) : 0
    const termTaste = Math.floor(r() * 4)
    const cued = r() < spec.termCue
    const fluctuation: FluctuationDegree = cued
      ? termTaste === 0
        ? "高"
        : termTaste === 1
          ? "中"
          : "低"
      : pick(r, ["高", "中", "低"] as const)
    return {
      tolerance,
      rated: r() < spec.rated,
      risk: Math.max(1, tolerance - below),
      term: termTaste,
      rate: 1.5 + tolerance * 0.5 + r() * 1.5,
      funds: Math.round(10 ** (5.3 + r() * 2.7)),
      family: Math.floor(r() * 8),
      ticket: -1,
      fluctuation
    }
  }).map((t) => {
    if (!spec.amount) return t
    // A ticket the customer's funds allow (starting amount × 10,000 ≤ funds), any of them alike.
    const affordable = STARTS.filter((a) => a * 10_000 <= t.funds).length
    return { ...t, ticket: Math.floor(r() * Math.max(1, affordable)) }
  })
  const utility = (i: number, k: number, day: number) => utilityWith(tastes[i]!, k, day)
  const utilityWith = (t: Pick<Taste, "risk" | "term" | "rate" | "family" | "ticket">, k: number, day: number) => {
    const p = products[k]!
    const age = day - launch[k]!
    return (
      spec.risk * (risk[k] === t.risk ? 1 : Math.abs(risk[k]! - t.risk) === 1 ? 0.4 : 0) +
      spec.term * (term[k] === t.term ? 1 : Math.abs(term[k]! - t.term) === 1 ? 0.4 : 0) +
      spec.rate * (p.expectedRate >= t.rate ? 1 : 0) +
      spec.appeal * appeal[k]! +
      spec.trend * Math.exp(-Math.max(0, age) / 90) +
      spec.family * (family[k] === t.family ? 1 : 0) +
      (t.ticket < 0 ? 0 : (spec.amount ?? 0) * ticketCloseness(STARTS.indexOf(p.startingAmount), t.ticket))
    )
  }
  const codes = tastes.map((_, i) => `C${String(i).padStart(6, "0")}`)
  const trades: Array<PurchaseRow> = []
  const holdings: Array<{ companyCode: string; productCode: string }> = []
  const next = new Int32Array(spec.customers).fill(-1)
  const weights = new Float64Array(P)
  const choose = (i: number, day: number, bought: ReadonlyArray<{ k: number; day: number }>) => {
    const t = tastes[i]!
    let sum = 0
    for (let k = 0; k < P; k++) {
      const p = products[k]!
      const ok =
        launch[k]! <= day &&
        day <= end[k]! &&
        risk[k]! <= t.tolerance &&
        p.startingAmount * 10_000 <= t.funds &&
        !bought.some((b) => b.k === k && b.day + p.termDays > day)
      weights[k] = ok ? Math.exp(utility(i, k, day)) : 0
      sum += weights[k]!
    }
    if (sum === 0) return -1
    let x = r() * sum
    for (let k = 0; k < P; k++) {
      x -= weights[k]!
      if (weights[k]! > 0 && x <= 0) return k
    }
    return -1
  }
  tastes.forEach((t, i) => {
    const isNew = r() < spec.newShare
    let count = 0
    if (!isNew) {
      // Poisson by inversion.
      const limit = Math.exp(-spec.purchases)
      for (let q = r(); q > limit; q *= r()) count++
    }
    const days = Array.from({ length: count }, () => D_DAY - 1 - Math.floor(r() * HISTORY_DAYS)).sort((a, b) => a - b)
    const bought: Array<{ k: number; day: number }> = []
    for (const day of days) {
      const k = choose(i, day, bought)
      if (k < 0) continue
      bought.push({ k, day })
      const p = products[k]!
      trades.push({
        companyCode: codes[i]!,
        productCode: p.productCode,
        businessType: r() < 0.7 ? "认购" : "申购",
        tradeTime: `${dayText(day)} 10:00:00`,
        amount: Math.round(Math.min(t.funds / 10_000, p.startingAmount * (1 + r() * 4)) * 100) / 100,
        channel: "网银"
      })
    }
    for (const b of bought) {
      if (b.day + products[b.k]!.termDays > D_DAY)
        holdings.push({ companyCode: codes[i]!, productCode: products[b.k]!.productCode })
    }
    next[i] = choose(i, D_DAY, bought)
  })
  const open = (i: number, k: number, day: number) =>
    launch[k]! <= day &&
    day <= end[k]! &&
    risk[k]! <= tastes[i]!.tolerance &&
    products[k]!.startingAmount * 10_000 <= tastes[i]!.funds
  return { spec, products, tastes, codes, trades, holdings, next, utility, utilityWith, open, family }
}

export const DAY_OF_D = D_DAY
