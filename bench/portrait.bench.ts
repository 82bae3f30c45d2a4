/**
 * Portrait engine benchmark: `npx tsx bench/portrait.bench.ts --trades 1000000 [--companies N] [--check] [--keep]`.
 *
 * Streams a synthetic trade_flow CSV to a temp dir, then times, on the same file, (a) CSV → TradeColumns →
 * computePortraits and (b) DuckDB computing the same DOMAIN.md §3 figures from the CSV. The engine runs first
 * so the peak RSS it reports is its own, not DuckDB's. --check also compares every figure.
 */
import { mkdtempSync, rmSync, statSync } from "node:fs"
import { loadavg, tmpdir } from "node:os"
import { join } from "node:path"
import { parseArgs } from "node:util"
import { computePortraits } from "../packages/core/src/Portrait/index.js"
import { compareWithDuckDB } from "../packages/core/test/portrait-support/crossCheck.js"
import { duckdbPortraits } from "../packages/core/test/portrait-support/duckdbPortraits.js"
import { generateTradeCsv } from "../packages/core/test/portrait-support/generateTrades.js"
import { readCompaniesCsv, readTradeCsv } from "../packages/core/test/portrait-support/readTradeCsv.js"

const { values } = parseArgs({
  options: {
    trades: { type: "string", default: "1000000" },
    companies: { type: "string" },
    check: { type: "boolean", default: false },
    keep: { type: "boolean", default: false }
  }
})
const transactions = Number(values.trades)
const companyCount = Number(values.companies ?? Math.max(200, Math.round(transactions / 100)))
const ourBankCodes = ["OURBANK"]
const dir = mkdtempSync(join(tmpdir(), "portrait-bench-"))
const tradeCsv = join(dir, "trade_flow.csv")
const companiesCsv = join(dir, "companies.csv")

const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`
const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MB`
/** Wall and CPU ms; CPU time (all threads of the process) is the steadier figure on a shared machine. */
const timed = async <A>(f: () => A | Promise<A>): Promise<[A, number, number]> => {
  const cpu = process.cpuUsage()
  const started = performance.now()
  const result = await f()
  const used = process.cpuUsage(cpu)
  return [result, performance.now() - started, (used.user + used.system) / 1000]
}

const [rows, generateMs] = await timed(() =>
  generateTradeCsv(tradeCsv, companiesCsv, {
    seed: 7,
    companies: companyCount,
    transactions,
    endDate: "2025-06-15",
    months: 20,
    branches: 10,
    outletsPerBranch: 8,
    ourBank: "OURBANK"
  })
)
console.log(`generated ${rows.toLocaleString()} rows, ${companyCount.toLocaleString()} customers,`)
console.log(`  ${mb(statSync(tradeCsv).size)} CSV in ${seconds(generateMs)} (${dir})`)

const companies = readCompaniesCsv(companiesCsv)
const [trades, parseMs, parseCpu] = await timed(() => readTradeCsv(tradeCsv, companies, ourBankCodes))
const [set, computeMs, computeCpu] = await timed(() => computePortraits({ trades, companies }))
const engineRss = process.resourceUsage().maxRSS * 1024
const [duck, duckMs, duckCpu] = await timed(() => duckdbPortraits(tradeCsv, companiesCsv, { ourBankCodes }))
const [engineMs, engineCpu] = [parseMs + computeMs, parseCpu + computeCpu]

const perSecond = (ms: number): string => Math.round(rows / (ms / 1000)).toLocaleString()
const table: Array<Array<string>> = [
  ["step", "wall", "cpu", "rows/s (wall)", "peak RSS"],
  ["engine: CSV → TradeColumns", seconds(parseMs), seconds(parseCpu), perSecond(parseMs), ""],
  ["engine: computePortraits", seconds(computeMs), seconds(computeCpu), perSecond(computeMs), ""],
  ["engine: total", seconds(engineMs), seconds(engineCpu), perSecond(engineMs), mb(engineRss)],
  ["DuckDB: CSV → §3 figures", seconds(duckMs), seconds(duckCpu), perSecond(duckMs), ""],
  ["engine / DuckDB", `${(engineMs / duckMs).toFixed(2)}×`, `${(engineCpu / duckCpu).toFixed(2)}×`, "", ""]
]
const widths = table[0]!.map((_, i) => Math.max(...table.map((r) => r[i]!.length)))
for (const r of table)
  console.log(r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  "))
console.log(
  `load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(" ")}, DuckDB threads: default`
)

if (values.check) {
  const mismatches = compareWithDuckDB(set, duck)
  console.log(`check: ${duck.figures.size.toLocaleString()} figures compared, ${mismatches.length} mismatches`)
  for (const m of mismatches.slice(0, 10)) console.log(`  ${m}`)
}
if (!values.keep) rmSync(dir, { recursive: true, force: true })
