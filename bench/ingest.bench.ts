/**
 * Ingest benchmark: `npx tsx bench/ingest.bench.ts [--scale 2] [--scale 20]` (scale 2 = 1M, 20 = 10M transactions).
 *
 * For each scale, generates the demo bank (the demo generator), then times the real pipeline on the embedded
 * store — every file validated and staged exactly as /api/upload_update_data does, applied type by type with
 * the recompute — and, in a separate process on the same CSV files, DuckDB computing the same §3 figures.
 * Prints wall and CPU time (the machine may be shared: CPU time is the steadier figure), rows per second and
 * peak RSS of each, where the memory sits once loaded (JS heap, typed arrays), and the in-process latency of
 * one portrait read through the DatasetRepo port. The headline is trade_flow end to end (upload + apply +
 * recompute) over DuckDB reading the same CSV and computing the same figures.
 */
import { execFileSync } from "node:child_process"
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { parseArgs } from "node:util"
import { parse } from "csv-parse/sync"
import { Effect, ManagedRuntime, Option } from "effect"
import { DatasetRepo, MemoryStore } from "../packages/core/src/index.js"
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
  return JSON.parse(out.trim().split("\n").pop()!) as { ms: number; cpuMs: number; maxRssMb: number }
}

/** Times reads of portraits spread over all customers, one `runPromise` each, as a request handler would. */
const portraitReads = async (runtime: ManagedRuntime.ManagedRuntime<DatasetRepo, unknown>) => {
  const { repo, version, codes } = await runtime.runPromise(
    Effect.gen(function* () {
      const repo = yield* DatasetRepo
      const pointer = Option.getOrThrow(yield* repo.pointer())
      const page = yield* repo.searchPortraits(pointer.version, {}, { page: 1, count: 1_000_000 })
      return { repo, version: pointer.version, codes: page.items.map((p) => p.code) }
    })
  )
  const times: Array<number> = []
  for (let i = 0; i < 2_000; i++) {
    const t = performance.now()
    await runtime.runPromise(repo.portrait(version, codes[(i * 7919) % codes.length]!))
    times.push(performance.now() - t)
  }
  times.sort((a, b) => a - b)
  return { p50: times[1_000]!, p99: times[1_980]! }
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
    const memory = process.memoryUsage()
    const reads = await portraitReads(runtime)
    await runtime.dispose()
    const duck = measureDuckDb(dir)
    console.log(
      `\nscale ${scale}: ${transactions.toLocaleString("en-US")} transactions, ${manifest.files.length} files`
    )
    for (const s of steps)
      console.log(
        `  ${s.type}: ${s.rows} rows, validate ${s.validateMs} ms (CPU ${s.validateCpuMs} ms), apply + recompute ${s.applyMs} ms (CPU ${s.applyCpuMs} ms)`
      )
    const trades = steps.find((s) => s.type === "trade_flow")!
    const allCpuMs = steps.reduce((n, s) => n + s.validateCpuMs + s.applyCpuMs, 0)
    const seconds = (ms: number) => (ms / 1000).toFixed(2)
    const perSecond = (ms: number) => Math.round(transactions / (ms / 1000)).toLocaleString("en-US")
    console.log("| what | wall s | CPU s | transactions/s (wall) | peak RSS MB |")
    console.log("|---|---:|---:|---:|---:|")
    console.log(
      `| pipeline: validate + apply + recompute, all files | ${seconds(ingestMs)} | ${seconds(allCpuMs)} | ${perSecond(ingestMs)} | ${rssMb.toFixed(0)} |`
    )
    console.log(
      `| trade_flow validate (parse, check, stage) | ${seconds(trades.validateMs)} | ${seconds(trades.validateCpuMs)} | ${perSecond(trades.validateMs)} | |`
    )
    console.log(
      `| trade_flow apply + recompute (switch included) | ${seconds(trades.applyMs)} | ${seconds(trades.applyCpuMs)} | ${perSecond(trades.applyMs)} | |`
    )
    console.log(
      `| DuckDB: same §3 figures from trade_flow.csv | ${seconds(duck.ms)} | ${seconds(duck.cpuMs)} | ${perSecond(duck.ms)} | ${duck.maxRssMb.toFixed(0)} |`
    )
    const endToEnd = trades.validateMs + trades.applyMs
    console.log(
      `trade_flow end to end (upload: parse + validate + stage, then apply + recompute) / DuckDB (read_csv + §3 figures): ${seconds(endToEnd)} s / ${seconds(duck.ms)} s = ${(endToEnd / duck.ms).toFixed(2)}× wall, ${((trades.validateCpuMs + trades.applyCpuMs) / duck.cpuMs).toFixed(2)}× CPU`
    )
    console.log(
      `apply + recompute / DuckDB: ${(trades.applyMs / duck.ms).toFixed(2)}× wall; one portrait read (DatasetRepo.portrait, 2,000 reads): p50 ${reads.p50.toFixed(4)} ms, p99 ${reads.p99.toFixed(4)} ms`
    )
    const mb = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MB`
    console.log(
      `memory once loaded: RSS ${mb(memory.rss)}, JS heap used ${mb(memory.heapUsed)}, typed arrays ${mb(memory.arrayBuffers)}`
    )
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
