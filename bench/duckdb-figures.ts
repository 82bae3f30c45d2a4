/**
 * DuckDB computing the DOMAIN.md §3 figures from a trade_flow CSV, in its own process so its memory is its own.
 * Prints one JSON line: { ms, cpuMs, maxRssMb } (CPU of all its threads). Used by bench/ingest.bench.ts.
 */
import { duckdbPortraits } from "../packages/core/test/portrait-support/duckdbPortraits.js"

const [trades, companies] = process.argv.slice(2)
const cpuMs = () => {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1000
}
const [started, startedCpu] = [performance.now(), cpuMs()]
await duckdbPortraits(trades!, companies!, { ourBankCodes: ["OURBANK"] })
console.log(
  JSON.stringify({
    ms: performance.now() - started,
    cpuMs: cpuMs() - startedCpu,
    maxRssMb: process.resourceUsage().maxRSS / 1024
  })
)
