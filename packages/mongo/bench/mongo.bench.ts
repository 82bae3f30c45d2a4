/**
 * MongoDB against the embedded (memory) store in one run, on the demo bank: bulk import of trade_flow rows
 * through DatasetRepo.writeRows plus the activation that indexes them, the whole upload pipeline (every file
 * validated, applied and recomputed, as /api/upload_update_data and /api/updatedatabutton do), then the latency of
 * random portrait reads (DatasetRepo.portrait) and trade-history pages (DatasetRepo.tradesOf, 20 rows). Not a test.
 *
 *   npx tsx packages/mongo/bench/mongo.bench.ts [--scale 1] [--batch 5000] [--lookups 1000] [--uri mongodb://…]
 *       [--dir FOLDER | --berka FOLDER] [--limit ROWS] [--stores memory,mongo] [--phases]
 *
 * --scale: the demo bank's size (1 = 2,000 customers and 500,000 transactions, 4 = 2,000,000), generated into a
 * temporary folder. --dir loads a folder of upload files instead; --berka converts the public Berka data.
 * Without --uri, the local test server (scripts/mongo-test-server.sh) is started on a free port in a temporary
 * directory. --limit keeps the first ROWS transactions. --phases prints, per store, the time spent in each
 * storage-port method during the pipeline.
 */
import { createReadStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { createInterface } from "node:readline"
import { parseArgs } from "node:util"
import { DatasetRepo, MemoryStore, type UploadRow } from "@wm/core"
import { Effect, type Layer, ManagedRuntime, Option, Redacted } from "effect"
import { convertBerka } from "../../demo/src/berka/index.js"
import { generateDemoBank } from "../../demo/src/index.js"
import { loadFiles } from "../../http/src/demo/loadFiles.js"
import { seedDemoUsers } from "../../http/src/demo/seedStore.js"
import { type StorePorts, servicesLayer } from "../../http/src/services.js"
import { MongoStore } from "../src/index.js"
import { ensureTestServer, repoRoot, startTestServer } from "../test/support/testServer.js"
import { type PhaseTimes, timedPorts } from "./timedPorts.js"

const { values } = parseArgs({
  options: {
    limit: { type: "string" },
    batch: { type: "string", default: "5000" },
    lookups: { type: "string", default: "1000" },
    uri: { type: "string" },
    berka: { type: "string" },
    scale: { type: "string", default: "1" },
    dir: { type: "string" },
    stores: { type: "string", default: "memory,mongo" },
    phases: { type: "boolean", default: false }
  }
})
const batchSize = Number(values.batch)
const lookups = Number(values.lookups)

const workDir = mkdtempSync(join(tmpdir(), "mongo-bench-"))
const cleanups: Array<() => Promise<void> | void> = [() => rmSync(workDir, { recursive: true, force: true })]
const dir = values.dir ?? workDir

/** The trade_flow rows of the converted file, typed as the upload parser would (a plain CSV: no quoted commas). */
const readTradeFlow = async (path: string): Promise<Array<UploadRow<"trade_flow">>> => {
  const rows: Array<UploadRow<"trade_flow">> = []
  let header: Array<string> | undefined
  for await (const line of createInterface({ input: createReadStream(path) })) {
    if (line === "") continue
    const cells = line.split(",")
    if (header === undefined) {
      header = cells
      continue
    }
    const record: Record<string, unknown> = {}
    header.forEach((name, i) => {
      const cell = cells[i] ?? ""
      record[name] = name === "amount" || name === "balance" ? Number(cell) : cell === "" ? null : cell
    })
    rows.push(record as unknown as UploadRow<"trade_flow">)
  }
  return rows
}

const percentile = (sorted: ReadonlyArray<number>, p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!

const serviceOptions = {
  account: { initialPassword: "Bench@2026", maxFailedSignIns: 5, lockoutMs: 1, sessionIdleMs: 1, sessionAbsoluteMs: 1 },
  cookieSecure: false,
  scrypt: { N: 1024, r: 8, p: 1 }
}

interface Figures {
  readonly store: string
  readonly importRowsPerSec: number
  readonly importMs: number
  readonly pipelineMs: number
  /** Apply (write the version), recompute and switch, summed over the files: the pipeline without validation. */
  readonly applyMs: number
  readonly p50: number
  readonly p99: number
  readonly tradesP50: number
  readonly tradesP99: number
  readonly portraits: number
}

const measure = async (
  name: string,
  store: () => Layer.Layer<StorePorts, unknown>,
  rows: ReadonlyArray<UploadRow<"trade_flow">>,
  times: PhaseTimes
) => {
  // 1. Bulk import through DatasetRepo.writeRows, batch by batch, on an empty store.
  const importRuntime = ManagedRuntime.make(store())
  const importMs = await importRuntime.runPromise(
    Effect.gen(function* () {
      const repo = yield* DatasetRepo
      const version = yield* repo.reserveVersion()
      const started = performance.now()
      for (let i = 0; i < rows.length; i += batchSize) {
        yield* repo.writeRows(version, "trade_flow", rows.slice(i, i + batchSize))
      }
      // Activation indexes the rows (on MongoDB): part of making them readable.
      yield* repo.activate({ version, appliedAt: 0, snapshots: {}, analysisDate: null })
      return performance.now() - started
    })
  )
  await importRuntime.dispose()

  // 2. The whole pipeline on another empty store, then random portrait lookups of the active version.
  const runtime = ManagedRuntime.make(servicesLayer(timedPorts(store(), times), serviceOptions))
  try {
    const [admin] = await runtime.runPromise(
      seedDemoUsers([{ username: "admin", name: "admin", role: 1 }], "Bench@2026")
    )
    const started = performance.now()
    let applyMs = 0
    await runtime.runPromise(
      loadFiles(dir, { user: admin!, sessionHash: "" }, (step) => {
        applyMs += step.applyMs
        console.log(`  ${step.type}: ${step.rows} rows, validate ${step.validateMs} ms, apply ${step.applyMs} ms`)
      })
    )
    const pipelineMs = performance.now() - started
    const codes = readFileSync(join(dir, "company.csv"), "utf8")
      .split("\n")
      .slice(1)
      .filter((l) => l !== "")
      .map((l) => l.split(",")[0]!)
    const [latencies, tradeLatencies] = await runtime.runPromise(
      Effect.gen(function* () {
        const repo = yield* DatasetRepo
        const pointer = Option.getOrThrow(yield* repo.pointer())
        const portraits: Array<number> = []
        const trades: Array<number> = []
        for (let i = 0; i < lookups; i++) {
          const code = codes[Math.floor(Math.random() * codes.length)]!
          let t = performance.now()
          const found = yield* repo.portrait(pointer.version, code)
          portraits.push(performance.now() - t)
          if (Option.isNone(found)) return yield* Effect.dieMessage(`no portrait for ${code}`)
          t = performance.now()
          yield* repo.tradesOf(pointer, "trade_flow", code, { page: 1, count: 20 })
          trades.push(performance.now() - t)
        }
        return [portraits.sort((a, b) => a - b), trades.sort((a, b) => a - b)] as const
      })
    )
    return {
      store: name,
      importRowsPerSec: Math.round(rows.length / (importMs / 1000)),
      importMs,
      pipelineMs,
      applyMs,
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      tradesP50: percentile(tradeLatencies, 50),
      tradesP99: percentile(tradeLatencies, 99),
      portraits: codes.length
    } satisfies Figures
  } finally {
    await runtime.dispose()
  }
}

try {
  let converted = `read ${dir}`
  if (values.dir === undefined && values.berka !== undefined) {
    const berka = values.berka === "" ? join(repoRoot, "../shared/data/berka") : values.berka
    console.log(`converting the Berka data from ${berka} …`)
    const manifest = await convertBerka({ inDir: berka, outDir: dir })
    converted = `converted in ${(manifest.elapsedMs / 1000).toFixed(1)} s`
  } else if (values.dir === undefined) {
    console.log(`generating the demo bank at scale ${values.scale} …`)
    await generateDemoBank({ outDir: dir, seed: 20261123, scale: Number(values.scale) })
    converted = `demo bank at scale ${values.scale}`
  }
  const tradeFlowPath = join(dir, "trade_flow.csv")
  if (values.limit !== undefined && values.dir === undefined) {
    const lines = readFileSync(tradeFlowPath, "utf8").split("\n")
    writeFileSync(tradeFlowPath, lines.slice(0, Number(values.limit) + 1).join("\n"))
  }
  const rows = await readTradeFlow(tradeFlowPath)
  console.log(
    `${converted}: ${rows.length.toLocaleString("en-US")} transactions` +
      (values.limit === undefined ? "" : ` (limited to ${values.limit})`)
  )

  let uri = values.uri
  if (uri === undefined) {
    ensureTestServer("ignore")
    const server = await startTestServer()
    cleanups.push(server.close)
    uri = server.uri
  }
  let n = 0
  const mongo = () =>
    MongoStore.layer({ uri: Redacted.make(uri!), dbName: `wm_bench_${process.pid}_${n++}` }) as Layer.Layer<
      StorePorts,
      unknown
    >
  const results: Array<Figures> = []
  const stores = values.stores.split(",")
  for (const [key, name, store] of [
    ["memory", "memory", () => MemoryStore.layer],
    ["mongo", values.uri === undefined ? "mongodb (DocumentDB)" : "mongodb", mongo]
  ] as const) {
    if (!stores.includes(key)) continue
    console.log(`measuring ${name} …`)
    const times: PhaseTimes = new Map()
    results.push(await measure(name, store, rows, times))
    if (values.phases) {
      console.table([...times].map(([method, t]) => ({ method, calls: t.calls, s: Number((t.ms / 1000).toFixed(2)) })))
    }
  }
  const fmt = (x: number, digits = 2) => x.toLocaleString("en-US", { maximumFractionDigits: digits })
  console.log(
    `\n${rows.length.toLocaleString("en-US")} trade_flow rows, batches of ${batchSize}; ${lookups} portrait lookups`
  )
  console.table(
    results.map((r) => ({
      store: r.store,
      "import rows/s": fmt(r.importRowsPerSec, 0),
      "import s": fmt(r.importMs / 1000),
      "pipeline s (validate+apply, all files)": fmt(r.pipelineMs / 1000),
      "apply+recompute s": fmt(r.applyMs / 1000),
      customers: r.portraits,
      "portrait p50 ms": fmt(r.p50, 3),
      "portrait p99 ms": fmt(r.p99, 3),
      "trade page p50 ms": fmt(r.tradesP50, 3),
      "trade page p99 ms": fmt(r.tradesP99, 3)
    }))
  )
  if (uri !== values.uri) console.log("(the test server's databases are removed with its temporary directory)")
} finally {
  for (const cleanup of cleanups.reverse()) await cleanup()
}
