/**
 * DuckDB computing the DOMAIN.md §3 figures from a trade_flow CSV, in its own process so its memory is its own.
 * Prints one JSON line: { ms, maxRssMb }. Used by bench/ingest.bench.ts.
 */
import { duckdbPortraits } from "../packages/core/test/portrait-support/duckdbPortraits.js"

const [trades, companies] = process.argv.slice(2)
const started = performance.now()
await duckdbPortraits(trades!, companies!, { ourBankCodes: ["OURBANK"] })
console.log(JSON.stringify({ ms: performance.now() - started, maxRssMb: process.resourceUsage().maxRSS / 1024 }))
