/**
 * Offline evaluation of the recommender: `npx tsx bench/matching-eval.bench.ts [--seed 1] [--world NAME] [--spec JSON] [--bayes]`.
 *
 * Each world of matching-worlds.ts draws two years of purchases from hidden tastes, then one more purchase on D
 * that is held out. The index is built from the history as the service builds it (preferences by core's
 * computePreferences, holdings, the learned score), and the held-out purchase's rank is compared for: the
 * recommender, today's rules alone, the top sellers of the last 30 days within the hard rules, random order
 * within the hard rules, an oracle that ranks by the world's true utilities, and with --bayes the Bayes ceiling
 * (matching-bayes.ts: the world's model known, each customer's tastes inferred from its purchases; minutes per
 * world). Prints hit-rate@5, MRR, hit rates by purchases before D and the hard-rule violations of every top 5.
 */
import { parseArgs } from "node:util"
import {
  allowed,
  buildMarketIndex,
  computePreferences,
  type MarketCustomer,
  type MarketIndex,
  makeMatchingConfig,
  type PreferenceCustomer,
  recommendFor
} from "../packages/core/src/index.js"
import { bayesRanker } from "./matching-bayes.js"
import { rng } from "./matching-world.js"
import { D, DAY_OF_D, makeWorld, WORLDS, type World } from "./matching-worlds.js"

const { values } = parseArgs({
  options: {
    seed: { type: "string", default: "1" },
    world: { type: "string" },
    learning: { type: "string" },
    spec: { type: "string" },
    bayes: { type: "boolean", default: false }
  }
})
const seed = Number(values.seed)

const indexOf = (w: World, learning: boolean) => {
  const customers: Array<PreferenceCustomer> = w.tastes.map((t, i) => ({
    code: w.codes[i]!,
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
    customers,
    trades: w.trades,
    products: w.products,
    holdings: []
  })
  const market: Array<MarketCustomer> = customers.map((c, i) => ({
    code: c.code,
    name: c.code,
    outletCode: "O1",
    branchCode: "B1",
    riskRating: c.riskRating,
    idleFunds: w.tastes[i]!.funds,
    preference: preferences[i]!,
    fluctuation: w.tastes[i]!.fluctuation
  }))
  // --learning '{"halfLifeDays":180}' tries other learning settings.
  const tried = values.learning === undefined ? {} : JSON.parse(values.learning)
  const matching = makeMatchingConfig({
    learning: learning ? tried : { minBaselineEvents: Number.POSITIVE_INFINITY, minEvents: Number.POSITIVE_INFINITY }
  })
  const started = performance.now()
  const index = buildMarketIndex({
    customers: market,
    products: w.products,
    trades: w.trades,
    holdings: w.holdings,
    day: D,
    topSellerDays: 30,
    matching
  })
  return { index, ms: performance.now() - started }
}

interface Tally {
  hits: number
  rr: number
}
const line = (name: string, s: Tally, n: number) =>
  `  ${name.padEnd(34)} hit-rate@5 ${(s.hits / n).toFixed(3)}   MRR ${(s.rr / n).toFixed(3)}`

const evaluate = (w: World) => {
  const learned = indexOf(w, true)
  const rules = indexOf(w, false)
  const index: MarketIndex = learned.index
  const r = rng(seed * 7919)
  const all = makeMatchingConfig({ recommendations: w.products.length })
  const tallies = {
    recommender: { hits: 0, rr: 0 },
    rules: { hits: 0, rr: 0 },
    top: { hits: 0, rr: 0 },
    random: { hits: 0, rr: 0 },
    oracle: { hits: 0, rr: 0 },
    bayes: { hits: 0, rr: 0 }
  }
  const bayes = values.bayes ? bayesRanker(w) : null
  const add = (s: Tally, rank: number) => {
    if (rank < 0) return
    if (rank < 5) s.hits++
    s.rr += 1 / (rank + 1)
  }
  // Top sellers: purchases in the 30 days up to D, then all purchases, then code.
  const recent = new Float64Array(w.products.length)
  const total = new Float64Array(w.products.length)
  for (const t of w.trades) {
    const k = index.productByCode.get(t.productCode)!
    total[k]!++
    if (Date.parse(t.tradeTime.slice(0, 10)) / 86_400_000 > DAY_OF_D - 30) recent[k]!++
  }
  const sellers = w.products.map((_, k) => k).sort((a, b) => recent[b]! - recent[a]! || total[b]! - total[a]! || a - b)
  // Per depth of history (0, 1, 2, 3–5, 6+ purchases before D): [customers, recommender hits, oracle hits].
  const depths = [0, 1, 2, 3, 6]
  const byDepth = depths.map(() => [0, 0, 0])
  let evaluated = 0
  let violations = 0
  let cold = 0
  for (let c = 0; c < w.codes.length; c++) {
    const target = w.next[c]!
    if (target < 0) continue
    evaluated++
    const i = index.byCode.get(w.codes[c]!)!
    if (index.scorer?.summaries[i]?.count === 0) cold++
    const recs = recommendFor(index, i, new Set(), D, all).map((x) => index.productByCode.get(x.product.productCode)!)
    for (const k of recs.slice(0, 5)) if (!allowed(index, i, k, D)) violations++
    add(tallies.recommender, recs.indexOf(target))
    const count = index.scorer?.summaries[i]?.count ?? 0
    const bin = byDepth[depths.findLastIndex((d) => count >= d)]!
    bin[0]!++
    if (recs.indexOf(target) >= 0 && recs.indexOf(target) < 5) bin[1]!++
    const ri = rules.index.byCode.get(w.codes[c]!)!
    const ruled = recommendFor(rules.index, ri, new Set(), D, all).map((x) => x.product.productCode)
    add(tallies.rules, ruled.indexOf(w.products[target]!.productCode))
    const ok = (k: number) => allowed(index, i, k, D)
    add(tallies.top, sellers.filter(ok).indexOf(target))
    const shuffled = w.products.map((_, k) => k).filter(ok)
    for (let j = shuffled.length - 1; j > 0; j--) {
      const q = Math.floor(r() * (j + 1))
      ;[shuffled[j], shuffled[q]] = [shuffled[q]!, shuffled[j]!]
    }
    add(tallies.random, shuffled.indexOf(target))
    const truth = w.products
      .map((_, k) => k)
      .filter(ok)
      .map((k) => ({ k, u: w.utility(c, k, DAY_OF_D) }))
    if (bayes !== null)
      add(
        tallies.bayes,
        bayes(
          c,
          truth.map((x) => x.k)
        ).indexOf(target)
      )
    const oracleRank = truth.sort((a, b) => b.u - a.u || a.k - b.k).findIndex((x) => x.k === target)
    add(tallies.oracle, oracleRank)
    if (oracleRank >= 0 && oracleRank < 5) bin[2]!++
  }
  const s = index.learning
  console.log(`\n## ${w.spec.name} (seed ${seed})`)
  console.log(
    `  ${w.codes.length} customers (${cold} held out without history), ${w.products.length} products, ${w.trades.length} purchases; ` +
      `index built in ${learned.ms.toFixed(0)} ms (rules only: ${rules.ms.toFixed(0)} ms)`
  )
  console.log(
    `  learning: ${s.mode} — ${s.reason}; fitted ${s.fitted} in ${s.fitMs.toFixed(0)} ms, cutoff ${s.cutoff}; ` +
      `held-out hit-rate@5 warm ${fmt(s.warm?.modelHitRate)} vs baseline ${fmt(s.warm?.baselineHitRate)} (${s.warm?.scorer ?? "-"}), ` +
      `cold ${fmt(s.cold?.modelHitRate)} vs baseline ${fmt(s.cold?.baselineHitRate)} (${s.cold?.scorer ?? "-"})`
  )
  const shown = Object.entries(s.weights).map(([f, v]) => `${f} ${v.toFixed(2)}`)
  if (shown.length > 0) console.log(`  fitted weights: ${shown.join(", ")}; baseline ${JSON.stringify(s.baseline)}`)
  else console.log(`  baseline ${JSON.stringify(s.baseline)}`)
  const n = Math.max(1, evaluated)
  console.log(line("recommender (learned, hard rules)", tallies.recommender, n))
  console.log(line("today's rules", tallies.rules, n))
  console.log(line("top sellers within the hard rules", tallies.top, n))
  console.log(line("random within the hard rules", tallies.random, n))
  if (bayes !== null) console.log(line("Bayes ceiling (infers the tastes)", tallies.bayes, n))
  console.log(line("oracle (true utilities)", tallies.oracle, n))
  console.log(
    `  by purchases before D: ${depths
      .map(
        (d, j) =>
          `${d}${j === depths.length - 1 ? "+" : ""}: ${byDepth[j]![0]} customers ${(byDepth[j]![1]! / Math.max(1, byDepth[j]![0]!)).toFixed(2)} vs oracle ${(byDepth[j]![2]! / Math.max(1, byDepth[j]![0]!)).toFixed(2)}`
      )
      .join("; ")}`
  )
  const ratio = tallies.recommender.hits / Math.max(1, tallies.oracle.hits)
  const beatsTop = tallies.recommender.hits >= tallies.top.hits
  console.log(
    `  → ${(ratio * 100).toFixed(1)} % of the oracle's hit-rate@5 (target ≥ 90 %), ` +
      `${beatsTop ? "not below" : "BELOW"} the top sellers, ${violations} hard-rule violations in ${evaluated} top-5 lists`
  )
  return { ratio, beatsTop, violations }
}
const fmt = (x: number | undefined) => (x === undefined ? "-" : x.toFixed(3))

const chosen = WORLDS.filter((w) => values.world === undefined || w.name.includes(values.world))
// --spec '{"customers":250}' changes the chosen worlds (a smaller bank, another taste mix).
const changed = values.spec === undefined ? {} : JSON.parse(values.spec)
const results = chosen.map((spec) => evaluate(makeWorld({ ...spec, ...changed }, seed * 1000 + WORLDS.indexOf(spec))))
const met = results.filter((x) => x.ratio >= 0.9 && x.beatsTop && x.violations === 0).length
console.log(`\n${met} of ${results.length} worlds meet every target`)
