/**
 * Export writing speed and memory: `npx tsx bench/export.bench.ts [--rows 200000]`. Streams generated rows of the
 * trade-flow export's 13 columns (text, numbers, dates) into an XLSX file with the export writer, and prints the
 * time and the peak RSS increase (sampled every 20 ms) against building the same rows in memory first (baseline).
 */
import { mkdtempSync, rmSync, statSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { parseArgs } from "node:util"
import { Effect } from "effect"
import { listExports } from "../packages/http/src/exports/catalogue.js"
import { openXlsx } from "../packages/http/src/exports/xlsxWriter.js"
import { makeFsExportFiles } from "../packages/http/src/infra/FsExportFiles.js"

const { values } = parseArgs({ options: { rows: { type: "string", default: "200000" } } })
const n = Number(values.rows)
const spec = listExports[6]!
const dir = mkdtempSync(join(tmpdir(), "export-bench-"))
const row = (i: number) => [
  `C${String(i % 100_000).padStart(7, "0")}`,
  `客户${i % 100_000}有限公司`,
  "城东支行",
  "城东一网点",
  `P${i % 300}`,
  `稳健理财${i % 300}号`,
  1_764_000_000_000 + i * 1000,
  1_764_000_000_000,
  1_780_000_000_000,
  i % 3 === 0 ? "赎回" : "申购",
  3.25,
  "网银",
  (i % 10_000) / 100
]

let peak = process.memoryUsage().rss
const sampler = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss)
}, 20)
global.gc?.()
const base = process.memoryUsage().rss
peak = base
const started = performance.now()
const target = await Effect.runPromise(makeFsExportFiles(dir).create("bench.xlsx"))
const sheet = openXlsx(target, "流水交易查询", spec.columns)
for (let i = 0; i < n; i++) {
  sheet.addRow(row(i))
  // Yield now and then, as the runner does between pages, so the stream drains.
  if (i % 100 === 99) await new Promise((r) => setImmediate(r))
}
await sheet.close()
const ms = performance.now() - started
const size = statSync(join(dir, "bench.xlsx")).size
console.log(
  `streamed ${n.toLocaleString()} rows in ${(ms / 1000).toFixed(1)} s, ${(size / 1e6).toFixed(1)} MB file, peak RSS +${((peak - base) / 1e6).toFixed(0)} MB`
)
const before = process.memoryUsage().rss
const held = Array.from({ length: n }, (_, i) => row(i))
console.log(
  `baseline: the same rows held in memory first: RSS +${((process.memoryUsage().rss - before) / 1e6).toFixed(0)} MB (${held.length.toLocaleString()} rows)`
)
clearInterval(sampler)
rmSync(dir, { recursive: true, force: true })
