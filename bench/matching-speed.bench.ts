/**
 * Matching speed in process: `npx tsx bench/matching-speed.bench.ts [--customers 100000] [--learned-only] [--runs 3]`.
 * Builds the market index of generated customers, then prints the time to rank one product against all of
 * them (the whole bank and one outlet's scope) and the time per search-form page, p50/p99 over many runs.
 * Then the learned score: a bank of matching-worlds.ts with `--customers` customers and 100 products, its index
 * built with and without learning — the difference is the fit and the scoring of every customer × product.
 * CPU time is printed next to wall time: on a shared machine the wall clock also counts other processes.
 * `--runs N` builds the learned index N times: the first build is a fresh process's (its code not yet optimised
 * by the JIT), the later ones a running server's at its next update.
 */
import { parseArgs } from "node:util"
import {
  buildMarketIndex,
  computePreferences,
  defaultMatchingConfig,
  indexScope,
  type MarketCustomer,
  makeMatchingConfig,
  rankCustomers,
  type SearchCriteria,
  searchCustomers
} from "../packages/core/src/index.js"
import { makeCustomers, makeProducts, makePurchases, rng } from "./matching-world.js"
import { D, makeWorld, WORLDS } from "./matching-worlds.js"

const { values } = parseArgs({
  options: {
    customers: { type: "string", default: "100000" },
    "learned-only": { type: "boolean", default: false },
    runs: { type: "string", default: "1" },
    // --learning '{"segmentClasses":0}' measures other learning settings.
    learning: { type: "string", default: "{}" }
  }
})
const n = Number(values.customers)
const r = rng(7)
const percentile = (sorted: ReadonlyArray<number>, p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!
const timed = (runs: number, f: (k: number) => void) => {
  const ms: Array<number> = []
  for (let k = 0; k < runs; k++) {
    const t = performance.now()
    f(k)
    ms.push(performance.now() - t)
  }
  ms.sort((a, b) => a - b)
  return `p50 ${percentile(ms, 0.5).toFixed(2)} ms, p99 ${percentile(ms, 0.99).toFixed(2)} ms (${runs} runs)`
}

const rulesSection = () => {
  const products = makeProducts(r, 300, "2026-01-01", "2026-12-31")
  const customers = makeCustomers(r, n)
  const trades = makePurchases(r, customers, products, n * 3)
  const t = performance.now()
  const index = buildMarketIndex({ customers, products, trades, day: "2026-06-30", topSellerDays: 30 })
  console.log(
    `index of ${n.toLocaleString()} customers, ${products.length} products, ${trades.length.toLocaleString()} purchases: built in ${(performance.now() - t).toFixed(0)} ms`
  )
  const memory = process.memoryUsage().heapUsed / 2 ** 20
  console.log(`heap after build: ${memory.toFixed(0)} MiB`)

  const bank = indexScope(index, {})
  const outlet = indexScope(index, { outletCode: "B1O1" })
  // Warm up the JIT so the figures show the steady state a server reaches.
  for (let k = 0; k < 20; k++)
    rankCustomers(index, index.products[k]!, bank, { page: 1, count: 10 }, defaultMatchingConfig)
  console.log(
    `rank one product against all customers, first page:  ${timed(100, (k) => rankCustomers(index, index.products[k % 300]!, bank, { page: 1, count: 10 }, defaultMatchingConfig))}`
  )
  console.log(
    `rank one product, one outlet's scope:                  ${timed(100, (k) => rankCustomers(index, index.products[k % 300]!, outlet, { page: 1, count: 10 }, defaultMatchingConfig))}`
  )

  const forms: Array<SearchCriteria> = Array.from({ length: 200 }, (_, k) => ({
    ...(k % 2 === 0 ? { bought: (k % 4 === 0 ? 1 : 0) as 0 | 1 } : {}),
    ...(k % 3 === 0 ? { risks: [1 + (k % 5), 1 + ((k + 2) % 5)] } : {}),
    ...(k % 5 === 0 ? { categories: [1 + (k % 6)] } : {}),
    ...(k % 7 === 0 ? { features: [1] } : {}),
    ...(k % 11 === 0 ? { rate: { min: 3, max: 4 } } : {})
  }))
  for (let k = 0; k < 20; k++) searchCustomers(index, forms[k]!, bank, { page: 1, count: 10 })
  console.log(
    `search-form page (10 rows), whole bank:               ${timed(200, (k) => searchCustomers(index, forms[k]!, bank, { page: 1 + (k % 5), count: 10 }))}`
  )
  console.log(
    `search-form page (100 rows), deep page 50:            ${timed(200, (k) => searchCustomers(index, forms[k]!, bank, { page: 50, count: 100 }))}`
  )
  const total = searchCustomers(index, {}, bank, { page: 1, count: 1 }).total
  console.log(`(check: unfiltered total ${total.toLocaleString()})`)
}

/** Wall and CPU milliseconds of `f`. */
const clocked = <A>(f: () => A) => {
  const cpu = process.cpuUsage()
  const t = performance.now()
  const value = f()
  const used = process.cpuUsage(cpu)
  return { value, wall: performance.now() - t, cpu: (used.user + used.system) / 1000 }
}

const learnedSection = () => {
  const world = makeWorld({ ...WORLDS[0]!, customers: n, products: 100 }, 11)
  const portraits = world.tastes.map((t, i) => ({
    code: world.codes[i]!,
    riskRating: t.rated ? `R${t.tolerance}` : null,
    portrait: {
      idleFunds: t.funds,
      all: { monthBalance: { fluctuationDegree: t.fluctuation }, trade: null },
      innerScale: { trade: 0 }
    },
    transactionChannel: null
  }))
  const preferences = computePreferences({
    analysisDate: D,
    customers: portraits,
    trades: world.trades,
    products: world.products,
    holdings: []
  })
  const market: Array<MarketCustomer> = portraits.map((c, i) => ({
    code: c.code,
    name: c.code,
    outletCode: `B${1 + (i % 10)}O1`,
    branchCode: `B${1 + (i % 10)}`,
    riskRating: c.riskRating,
    idleFunds: c.portrait.idleFunds,
    preference: preferences[i]!,
    fluctuation: world.tastes[i]!.fluctuation
  }))
  const build = (learning: boolean) =>
    clocked(() =>
      buildMarketIndex({
        customers: market,
        products: world.products,
        trades: world.trades,
        holdings: world.holdings,
        day: D,
        topSellerDays: 30,
        matching: makeMatchingConfig({
          learning: learning
            ? JSON.parse(values.learning!)
            : { minBaselineEvents: Number.POSITIVE_INFINITY, minEvents: Number.POSITIVE_INFINITY }
        })
      })
    )
  const rules = build(false)
  const learned = build(true)
  // Later builds: the same work with the JIT's code warm, as at a running server's next update.
  const later = Array.from({ length: Math.max(0, Number(values.runs) - 1) }, () => build(true))
  const s = learned.value.learning
  console.log(
    `\nlearned score, ${n.toLocaleString()} customers × ${world.products.length} products, ${world.trades.length.toLocaleString()} purchases (${s.mode}, ${s.fitted} fitted):`
  )
  console.log(`  index without learning: ${rules.wall.toFixed(0)} ms wall, ${rules.cpu.toFixed(0)} ms CPU`)
  console.log(`  index with learning:    ${learned.wall.toFixed(0)} ms wall, ${learned.cpu.toFixed(0)} ms CPU`)
  console.log(
    `  of which the fit (status.fitMs, wall): ${s.fitMs.toFixed(0)} ms, the scoring (status.scoringMs): ${s.scoringMs.toFixed(0)} ms`
  )
  console.log(
    `  fit + scoring (difference): ${(learned.wall - rules.wall).toFixed(0)} ms wall, ${(learned.cpu - rules.cpu).toFixed(0)} ms CPU (target < 5,000 ms)`
  )
  for (const [r, run] of later.entries())
    console.log(
      `  build ${r + 2}: index with learning ${run.wall.toFixed(0)} ms wall, ${run.cpu.toFixed(0)} ms CPU; fit + scoring ${(run.wall - rules.wall).toFixed(0)} ms wall, ${(run.cpu - rules.cpu).toFixed(0)} ms CPU`
    )
  const index = learned.value
  const bank = indexScope(index, {})
  for (let k = 0; k < 20; k++)
    rankCustomers(index, index.products[k]!, bank, { page: 1, count: 10 }, defaultMatchingConfig)
  console.log(
    `  rank one product against all customers (learned), first page: ${timed(100, (k) => rankCustomers(index, index.products[k % 100]!, bank, { page: 1, count: 10 }, defaultMatchingConfig))}`
  )
}

if (!values["learned-only"]) rulesSection()
learnedSection()
