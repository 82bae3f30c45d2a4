/**
 * Ingest benchmark: `npx tsx bench/ingest.bench.ts [--scale 2] [--scale 20]` (scale 2 = 1M, 20 = 10M transactions).
 *
 * For each scale, generates the demo bank (the demo generator), then times the real pipeline on the embedded
 * store — every file validated and staged exactly as /api/upload_update_data does, applied type by type with
 * the recompute — and, in a separate process on the same CSV files, DuckDB computing the same §3 figures.
 * Prints wall time, rows per second and peak RSS of each.
 */
import { execFileSync } from "node:child_process"
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { parseArgs } from "node:util"
import { parse } from "csv-parse/sync"
import { ManagedRuntime } from "effect"
import { MemoryStore } from "../packages/core/src/index.js"
import { generateDemoBank } from "../packages/demo/src/index.js"
import { type LoadStep, loadFiles } from "../packages/http/src/demo/loadFiles.js"
import { seedDemoUsers } from "../packages/http/src/demo/seedStore.js"
import { servicesLayer } from "../packages/http/src/services.js"

const { values } = parseArgs({ options: { scale: { type: "string", multiple: true, default: ["2"] } } })

const measureDuckDb = (dir: string) => {
  const rows = (f: string) =>
    parse(readFileSync(join(dir, f)), { columns: true, bom: true }) as Array<Record<string, string>>
  const branchOf = new Map(rows("organization.csv").map((r) => [r.outletCode, r.branchCode]))
  const companies = join(dir, "companies-with-branch.csv")
  writeFileSync(
    companies,
    `code,outletCode,branchCode\n${rows("company.csv")
      .map((c) => `${c.code},${c.outletCode},${branchOf.get(c.outletCode!)}`)
      .join("\n")}\n`
  )
  const out = execFileSync(
    "npx",
    ["tsx", join(import.meta.dirname, "duckdb-figures.ts"), join(dir, "trade_flow.csv"), companies],
    {
      encoding: "utf8"
    }
  )
  return JSON.parse(out.trim().split("\n").pop()!) as { ms: number; maxRssMb: number }
}

for (const scale of values.scale.map(Number)) {
  const dir = mkdtempSync(join(tmpdir(), `ingest-bench-${scale}-`))
  try {
    const manifest = await generateDemoBank({ outDir: dir, seed: 1, scale })
    const transactions = manifest.files.find((f) => f.type === "trade_flow")!.rows
    const runtime = ManagedRuntime.make(
      servicesLayer(MemoryStore.layer, {
        account: {
          initialPassword: "Bench@2026",
          maxFailedSignIns: 5,
          lockoutMs: 1,
          sessionIdleMs: 1,
          sessionAbsoluteMs: 1
        },
        cookieSecure: false,
        scrypt: { N: 1024, r: 8, p: 1 }
      })
    )
    const [admin] = await runtime.runPromise(
      seedDemoUsers([{ username: "admin", name: "admin", role: 1 }], "Bench@2026")
    )
    const steps: Array<LoadStep> = []
    const started = performance.now()
    await runtime.runPromise(loadFiles(dir, { user: admin!, sessionHash: "" }, (step) => steps.push(step)))
    const ingestMs = performance.now() - started
    const rssMb = process.resourceUsage().maxRSS / 1024
    await runtime.dispose()
    const duck = measureDuckDb(dir)
    console.log(
      `\nscale ${scale}: ${transactions.toLocaleString("en-US")} transactions, ${manifest.files.length} files`
    )
    for (const s of steps)
      console.log(`  ${s.type}: ${s.rows} rows, validate ${s.validateMs} ms, apply + recompute ${s.applyMs} ms`)
    const trades = steps.find((s) => s.type === "trade_flow")!
    console.log("| what | wall s | rows/s | peak RSS MB |")
    console.log("|---|---:|---:|---:|")
    console.log(
      `| pipeline: validate + apply + recompute, all files | ${(ingestMs / 1000).toFixed(2)} | ${Math.round(transactions / (ingestMs / 1000)).toLocaleString("en-US")} | ${rssMb.toFixed(0)} |`
    )
    console.log(
      `| trade_flow apply + recompute (switch included) | ${(trades.applyMs / 1000).toFixed(2)} | ${Math.round(transactions / (trades.applyMs / 1000)).toLocaleString("en-US")} | |`
    )
    console.log(
      `| DuckDB: same §3 figures from trade_flow.csv | ${(duck.ms / 1000).toFixed(2)} | ${Math.round(transactions / (duck.ms / 1000)).toLocaleString("en-US")} | ${duck.maxRssMb.toFixed(0)} |`
    )
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
