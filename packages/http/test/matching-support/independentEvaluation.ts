/**
 * The independent bank (independentWorld.ts) loaded through the upload pipeline into the real app, and each
 * buyer's held-out next purchase looked for in its portrait's `recommand`, next to the top sellers of the last 30
 * days, random order, an oracle ranking by the world's utility and, when asked for, a Bayes ceiling
 * (independentBayes.ts) — all within the world's own rules (on sale on D, rating, funds, not held). Shared by
 * bench/matching-e2e.bench.ts and recommendations.independent.test.ts.
 */
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { MemoryStore } from "@wm/core"
import { ManagedRuntime } from "effect"
import { makeApp } from "../../src/app.js"
import { loadFiles } from "../../src/demo/loadFiles.js"
import { seedDemoUsers } from "../../src/demo/seedStore.js"
import { silentLogger } from "../../src/infra/logger.js"
import { servicesLayer } from "../../src/services.js"
import { bayesTop5 } from "./independentBayes.js"
import { writeFiles } from "./independentFiles.js"
import { eligible, onSale, type Purchase, simulate, utility } from "./independentPurchases.js"
import {
  type Customer,
  D,
  drawTastes,
  makeCatalogue,
  makeCustomers,
  type Product,
  random,
  type WorldOptions
} from "./independentWorld.js"

export const RANKERS = ["recommender", "top sellers", "random", "oracle", "cold ceiling", "Bayes ceiling"] as const
export type Ranker = (typeof RANKERS)[number]

/**
 * Hit-rate@5 and MRR@5 sums of a group of held-out purchases (random: the expected hit rate, no MRR; the cold
 * ceiling only for customers without purchases, the Bayes ceiling only when asked for).
 */
export interface Tally {
  n: number
  readonly hit: Record<Ranker, number>
  readonly mrr: Record<Ranker, number>
}

export interface Evaluation {
  readonly purchases: number
  readonly onSaleOnD: number
  readonly model: { readonly mode: string; readonly reason?: string; readonly weights: Record<string, number> }
  /** "all", then by purchases before D: "0", "1-2", "3+". */
  readonly groups: Map<string, Tally>
  /** Recommendations not on sale on D, above the rating or already held. */
  readonly violations: number
  /** Recommendations that carried no reason beyond the hard-rule statement. */
  readonly withoutReasons: number
}

const zero = () => ({ recommender: 0, "top sellers": 0, random: 0, oracle: 0, "cold ceiling": 0, "Bayes ceiling": 0 })
const CEILING_DRAWS = 400

/**
 * The best any recommender can do for a customer without purchases: it knows the world's model and the customer's
 * rating, not its tastes, so it ranks by the choice probability averaged over tastes drawn from the world's prior.
 */
const coldCeiling = (
  r: () => number,
  c: Customer,
  products: ReadonlyArray<Product>,
  allowed: ReadonlyArray<number>
) => {
  const mean = new Float64Array(allowed.length)
  for (let draw = 0; draw < CEILING_DRAWS; draw++) {
    const guess = { ...c, ...drawTastes(r, c.rating) }
    const weights = allowed.map((i) => Math.exp(utility(guess, products[i]!, D, 0)))
    const total = weights.reduce((a, b) => a + b, 0)
    weights.forEach((w, k) => {
      mean[k]! += w / total
    })
  }
  return allowed
    .map((i, k) => [i, mean[k]!] as const)
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, 5)
    .map(([i]) => i)
}
const PASSWORD = "Kestrel-Harbour-42"

/** `bayes`: also rank by the Bayes ceiling (independentBayes.ts; seconds to a minute more per bank). */
export const evaluateIndependentBank = async (
  options: WorldOptions,
  { bayes = false }: { readonly bayes?: boolean } = {}
): Promise<Evaluation> => {
  const r = random(options.seed)
  const products = makeCatalogue(r, options.products, options.historyDays)
  const customers = makeCustomers(r, options.customers)
  const history = simulate(r, customers, products, options.historyDays)
  const dir = mkdtempSync(join(tmpdir(), "independent-bank-"))
  const runtime = ManagedRuntime.make(
    servicesLayer(MemoryStore.layer, {
      account: {
        initialPassword: PASSWORD,
        maxFailedSignIns: 5,
        lockoutMs: 6e4,
        sessionIdleMs: 36e5,
        sessionAbsoluteMs: 36e5
      },
      cookieSecure: false,
      scrypt: { N: 1024, r: 8, p: 1 }
    })
  )
  const app = makeApp({ runtime, logger: silentLogger })
  try {
    writeFiles(dir, r, customers, products, history, options.historyDays)
    const [admin] = await runtime.runPromise(seedDemoUsers([{ username: "admin", name: "admin", role: 1 }], PASSWORD))
    await runtime.runPromise(loadFiles(dir, { user: admin!, sessionHash: "" }))
    const signIn = await app.request("/api/sign_in", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: "admin", password: PASSWORD })
    })
    const token = ((await signIn.json()) as { data: { token: string } }).data.token
    const get = async (path: string) =>
      ((await (await app.request(path, { headers: { authorization: `Bearer ${token}` } })).json()) as { data: any })
        .data

    const recent = new Map<number, number>()
    for (const t of history.purchases) if (t.day > D - 30) recent.set(t.product, (recent.get(t.product) ?? 0) + 1)
    const groups = new Map<string, Tally>()
    const purchasesOf = customers.map((): Array<Purchase> => [])
    for (const p of history.purchases) purchasesOf[p.customer]!.push(p)
    const ceilingDraws = random(options.seed + 1)
    let [violations, withoutReasons] = [0, 0]
    for (const [ci, c] of customers.entries()) {
      const target = history.heldOut[ci]!
      if (target < 0) continue
      const held = history.heldOnD[ci]!
      const bought = history.bought[ci]!
      const allowed = products.flatMap((p, i) => (eligible(c, p, D, held, i) ? [i] : []))
      const top5 = (score: (i: number) => number) =>
        [...allowed].sort((a, b) => score(b) - score(a) || a - b).slice(0, 5)
      const recommended = (await get(`/api/company/detail?id=${c.code}`)).recommand as Array<{
        productCode: string
        reasons: Array<string>
      }>
      const ours = recommended.map((p) => products.findIndex((q) => q.code === p.productCode))
      violations += ours.filter(
        (i) => i < 0 || !onSale(products[i]!, D) || products[i]!.risk > c.rating || held.has(i)
      ).length
      withoutReasons += recommended.filter((p) => p.reasons.length < 2).length
      const past = [...bought.values()].reduce((a, b) => a + b, 0)
      const ranks: Partial<Record<Ranker, number>> = {
        recommender: ours.indexOf(target) + 1,
        "top sellers": top5((i) => recent.get(i) ?? 0).indexOf(target) + 1,
        oracle: top5((i) => utility(c, products[i]!, D, bought.get(i) ?? 0)).indexOf(target) + 1
      }
      if (past === 0) ranks["cold ceiling"] = coldCeiling(ceilingDraws, c, products, allowed).indexOf(target) + 1
      if (bayes) ranks["Bayes ceiling"] = bayesTop5(c, purchasesOf[ci]!, products, allowed, bought).indexOf(target) + 1
      for (const name of ["all", past === 0 ? "0" : past <= 2 ? "1-2" : "3+"]) {
        const g = groups.get(name) ?? { n: 0, hit: zero(), mrr: zero() }
        groups.set(name, g)
        g.n++
        for (const [ranker, rank] of Object.entries(ranks) as Array<[Ranker, number]>) {
          if (rank > 0) [g.hit[ranker], g.mrr[ranker]] = [g.hit[ranker] + 1, g.mrr[ranker] + 1 / rank]
        }
        // Random order within the rules: the chance that 5 of the allowed products include the target.
        g.hit.random += Math.min(5, allowed.length) / allowed.length
      }
    }
    return {
      purchases: history.purchases.length,
      onSaleOnD: products.filter((p) => onSale(p, D)).length,
      model: await get("/api/company/match_model"),
      groups,
      violations,
      withoutReasons
    }
  } finally {
    await app.close()
    await runtime.dispose()
    rmSync(dir, { recursive: true, force: true })
  }
}
