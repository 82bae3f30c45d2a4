/**
 * Statistics speed in process: `npx tsx bench/statistics.bench.ts [--customers 100000] [--trades 1000000]
 * [--records 200000]`. Builds the statistics index of generated data once (what the first request after an update
 * pays), then times one page of each statistics list as the routes compute it — rows, sort, the caller's ranks —
 * and the conversion figures (month and year) over the marketing records in the embedded store, p50/p99 over many
 * runs. Baseline in the same run: history_list computed naively, scanning every trade row per request.
 */
import { parseArgs } from "node:util"
import { Effect, Layer } from "effect"
import {
  type Branch,
  buildStatsData,
  callerRanks,
  conversionCounts,
  historyFigures,
  holdFigures,
  type MarketingRecord,
  MarketingRepo,
  MemoryStore,
  makeMemoryRecordBacking,
  monthAndYearOf,
  type Outlet,
  type OutletFigures,
  RecordBacking,
  type Scope,
  selectUnits,
  statRows,
  topProducts,
  type UploadRow,
  wallKeyOfMs,
  wanOfMicro
} from "../packages/core/src/index.js"

const { values } = parseArgs({
  options: {
    customers: { type: "string", default: "100000" },
    trades: { type: "string", default: "1000000" },
    records: { type: "string", default: "200000" }
  }
})
const nCustomers = Number(values.customers)
const nTrades = Number(values.trades)
const nRecords = Number(values.records)
const TZ = "Asia/Shanghai"

let seed = 42
const rand = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31
  return seed / 2 ** 31
}
const pick = <A>(xs: ReadonlyArray<A>) => xs[Math.floor(rand() * xs.length)]!
const pad = (n: number, w = 2) => String(n).padStart(w, "0")
const percentile = (sorted: ReadonlyArray<number>, p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!
const timed = async (runs: number, f: (k: number) => unknown) => {
  const ms: Array<number> = []
  for (let k = 0; k < runs; k++) {
    const t = performance.now()
    await f(k)
    ms.push(performance.now() - t)
  }
  ms.sort((a, b) => a - b)
  return `p50 ${percentile(ms, 0.5).toFixed(2)} ms, p99 ${percentile(ms, 0.99).toFixed(2)} ms (${runs} runs)`
}

// 20 sub-branches of 10 outlets.
const audit = { createdAt: 0, createdBy: null, updatedAt: 0, updatedBy: null }
const branches = Array.from({ length: 20 }, (_, b) => ({
  id: b + 1,
  code: `B${pad(b + 1)}`,
  name: `支行${b + 1}`,
  ...audit
}))
const outlets = branches.flatMap((b, i) =>
  Array.from({ length: 10 }, (_, o) => ({
    id: i * 10 + o + 1,
    code: `${b.code}O${pad(o + 1)}`,
    name: `${b.name}网点${o + 1}`,
    branchId: b.id,
    ...audit
  }))
)
const tree = {
  branches: branches as unknown as ReadonlyArray<Branch>,
  outlets: outlets as unknown as ReadonlyArray<Outlet>
}
const customers = Array.from({ length: nCustomers }, (_, i) => ({
  code: `C${pad(i, 7)}`,
  outletCode: pick(outlets).code
}))
const products = Array.from({ length: 300 }, (_, i) => ({
  productCode: `P${pad(i, 4)}`,
  productType: pick(["保本", "非保本", "结构性"] as const)
})) as unknown as ReadonlyArray<UploadRow<"product">>
const time = () =>
  `2026-${pad(1 + Math.floor(rand() * 11))}-${pad(1 + Math.floor(rand() * 28))} ${pad(Math.floor(rand() * 24))}:${pad(Math.floor(rand() * 60))}:00`
const trades = Array.from({ length: nTrades }, (_, i) => ({
  tradeId: `T${i}`,
  companyCode: pick(customers).code,
  productCode: pick(products).productCode,
  businessType: pick(["认购", "申购", "申购", "赎回", "到期兑付"] as const),
  tradeTime: time(),
  amount: Math.round(rand() * 100_000) / 100,
  channel: pick(["网银", "手机银行", "柜台"] as const)
})) as unknown as ReadonlyArray<UploadRow<"financial_trade">>
const holdings = Array.from({ length: nCustomers * 2 }, () => ({
  companyCode: pick(customers).code,
  productCode: pick(products).productCode,
  balance: Math.round(rand() * 100_000) / 100
})) as unknown as ReadonlyArray<UploadRow<"holding">>
console.log(
  `${nCustomers.toLocaleString()} customers in ${outlets.length} outlets, ${nTrades.toLocaleString()} wealth trades, ${holdings.length.toLocaleString()} holdings, ${nRecords.toLocaleString()} marketing records`
)

const t0 = performance.now()
const stats = buildStatsData({ customers, products, holdings, trades })
console.log(`statistics index built in ${(performance.now() - t0).toFixed(0)} ms (once per data version)`)

// Marketing records in the embedded store's MarketingRepo (RecordTable over the in-memory backing).
const now = Date.UTC(2026, 10, 23, 2)
const yearStart = Date.UTC(2026, 0, 1) - 8 * 3_600_000
const store = MemoryStore.layer
const repo = await Effect.runPromise(Effect.provide(MarketingRepo, store))
// Written in time order, as contacts are recorded day by day.
const records: Array<MarketingRecord> = Array.from(
  { length: nRecords },
  (_, i): MarketingRecord => ({
    id: `r${pad(i, 7)}`,
    companyCode: pick(customers).code,
    type: 0,
    remark: "",
    createTime: yearStart + Math.floor(rand() * (now - yearStart)),
    authorId: 1,
    authorName: "x",
    createdAt: 0,
    updatedAt: 0,
    updatedBy: 1
  })
).sort((a, b) => a.createTime - b.createTime)
const t1 = performance.now()
for (const r of records) await Effect.runPromise(repo.insert(r))
console.log(
  `${nRecords.toLocaleString()} marketing records written one by one in ${(performance.now() - t1).toFixed(0)} ms`
)

const bank: Scope = { level: "bank" }
const outletRm: Scope = { level: "outlet", branchId: 3 as never, outletId: 25 as never }
const page = (
  figures: OutletFigures,
  derive: (s: ReadonlyArray<number>) => ReadonlyArray<number>,
  scope: Scope,
  branchId?: number
) => {
  const rows = statRows(selectUnits(tree, scope, { branchId }), figures, derive, { sortType: 1, sort: 1 })
  return { rows: rows.slice(0, 10), ranks: callerRanks(tree, scope, figures, derive) }
}
const money = (s: ReadonlyArray<number>) => s.map(wanOfMicro)
const spring = { from: 20260301000000, until: 20260701000000 }
const all = { from: 0, until: Number.POSITIVE_INFINITY }

console.log(
  `history_list, whole year, bank rows:        ${await timed(50, () => page(historyFigures(stats, all), money, bank))}`
)
console.log(
  `history_list, Mar–Jun, a sub-branch's rows:  ${await timed(50, () => page(historyFigures(stats, spring), money, bank, 5))}`
)
console.log(
  `history_list, outlet RM with ranks:          ${await timed(50, () => page(historyFigures(stats, spring), money, outletRm))}`
)
console.log(
  `hold_list, bank rows:                        ${await timed(200, () => page(holdFigures(stats), money, bank))}`
)
console.log(
  `history_top / hold_top, whole bank:          ${await timed(50, (k) => topProducts(k % 2 ? stats.boughtByOutlet : stats.heldByOutlet, stats.outletCodes.keys(), 20))}`
)
const periods = monthAndYearOf(wallKeyOfMs(now, TZ))
const conversion = async (scope: Scope) => {
  const found = await Effect.runPromise(repo.between(yearStart - 86_400_000, now + 86_400_000))
  const figures = conversionCounts(stats, found, periods, TZ)
  return page(figures, (s) => [s[0]!, s[1]!, s[1]! / (s[0]! || 1), s[3]!, s[3]! / (s[2]! || 1)], scope)
}
console.log(`conversion_rate (month + year), bank rows:   ${await timed(20, () => conversion(bank))}`)
console.log(`conversion_rate, outlet RM with ranks:       ${await timed(20, () => conversion(outletRm))}`)

// Baseline: the same history_list answer from the raw rows, as a naive implementation would per request.
const outletOfCustomer = new Map(customers.map((c) => [c.code, c.outletCode]))
const branchOfOutlet = new Map(outlets.map((o) => [o.code, o.branchId]))
const naive = () => {
  const sums = new Map<number, number>()
  for (const t of trades) {
    const at = Date.parse(`${t.tradeTime.replace(" ", "T")}+08:00`)
    if (at < Date.UTC(2026, 2, 1) || at >= Date.UTC(2026, 6, 1)) continue
    const branch = branchOfOutlet.get(outletOfCustomer.get(t.companyCode) ?? "")
    if (branch === undefined || (t.businessType !== "认购" && t.businessType !== "申购")) continue
    sums.set(branch, (sums.get(branch) ?? 0) + t.amount)
  }
  return sums
}
console.log(`baseline: naive scan of every trade row:     ${await timed(5, naive)}`)
