/**
 * Export speed and memory: `npx tsx bench/export.bench.ts [--rows 200000] [--skip-writers]`.
 *
 * 1. The XLSX writer alone: generated rows of the trade-flow export's 13 columns streamed into a file, our
 *    writer against exceljs's streaming WorkbookWriter (what exports used before) in the same run.
 * 2. The whole export: a bank of `rows` wealth-product trades loaded through the pipeline on the embedded store,
 *    then one type-6 export (流水交易查询, every trade) run by the export runner as the server runs it — read
 *    from the wealth index, written to the data directory's export files.
 * Each prints wall time, CPU time of the process (on a shared machine the steady figure) and the peak RSS
 * increase (sampled every 20 ms).
 */
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs"
import { createRequire } from "node:module"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { Writable } from "node:stream"
import { parseArgs } from "node:util"
import { Effect, Layer, ManagedRuntime, Option } from "effect"
import { ExportFiles, ExportTaskRepo, MemoryStore } from "../packages/core/src/index.js"
import { loadFiles } from "../packages/http/src/demo/loadFiles.js"
import { seedDemoUsers } from "../packages/http/src/demo/seedStore.js"
import { listExports } from "../packages/http/src/exports/catalogue.js"
import { runExport } from "../packages/http/src/exports/run.js"
import { openXlsx } from "../packages/http/src/exports/xlsxWriter.js"
import { makeFsExportFiles } from "../packages/http/src/infra/FsExportFiles.js"
import { servicesLayer } from "../packages/http/src/services.js"

// exceljs (the baseline) is a dependency of the http package, where uploads read XLSX with it.
const ExcelJS = createRequire(new URL("../packages/http/package.json", import.meta.url))("exceljs")
const { values } = parseArgs({
  options: { rows: { type: "string", default: "200000" }, "skip-writers": { type: "boolean", default: false } }
})
const n = Number(values.rows)
const runAs = { owner: "bench", leaseMs: 60_000 }
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

const measure = async (label: string, run: () => Promise<string>) => {
  global.gc?.()
  const base = process.memoryUsage().rss
  let peak = base
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss)
  }, 20)
  const cpu = process.cpuUsage()
  const started = performance.now()
  const note = await run()
  const ms = performance.now() - started
  const used = process.cpuUsage(cpu)
  clearInterval(sampler)
  console.log(
    `${label}: ${(ms / 1000).toFixed(1)} s wall, ${((used.user + used.system) / 1e6).toFixed(1)} s CPU, ` +
      `peak RSS +${((peak - base) / 1e6).toFixed(0)} MB; ${note}`
  )
}

const fileNote = (path: string) => `${(statSync(path).size / 1e6).toFixed(1)} MB file`

try {
  if (!values["skip-writers"]) {
    await measure(`writer, ${n.toLocaleString()} rows`, async () => {
      const target = await Effect.runPromise(makeFsExportFiles(dir).create("ours.xlsx"))
      const sheet = openXlsx(target, "流水交易查询", spec.columns)
      for (let i = 0; i < n; i++) {
        sheet.addRow(row(i))
        if (i % 5000 === 4999) await sheet.ready()
      }
      await sheet.close()
      return fileNote(join(dir, "ours.xlsx"))
    })
    await measure(`baseline exceljs WorkbookWriter, ${n.toLocaleString()} rows`, async () => {
      const target = await Effect.runPromise(makeFsExportFiles(dir).create("exceljs.xlsx"))
      const stream = Writable.fromWeb(target as never)
      const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: false, useStyles: true })
      const sheet = workbook.addWorksheet("流水交易查询")
      sheet.addRow(spec.columns.map((c) => c.header)).commit()
      for (let i = 0; i < n; i++) {
        const r = row(i) as Array<unknown>
        for (const k of [6, 7, 8]) r[k] = new Date(r[k] as number)
        sheet.addRow(r).commit()
        if (i % 100 === 99) await new Promise((resolve) => setImmediate(resolve))
      }
      await workbook.commit()
      await new Promise((resolve) => setTimeout(resolve, 50))
      return fileNote(join(dir, "exceljs.xlsx"))
    })
  }

  // The bank: 4 outlets, 10,000 customers, 300 products, `n` wealth-product trades.
  const data = join(dir, "bank")
  const lines = (header: string, count: number, line: (i: number) => string) =>
    [header, ...Array.from({ length: count }, (_, i) => line(i))].join("\n")
  rmSync(data, { recursive: true, force: true })
  mkdirSync(data)
  writeFileSync(
    join(data, "organization.csv"),
    "branchCode,branchName,outletCode,outletName\nB1,城东支行,B1O1,城东一网点\nB1,城东支行,B1O2,城东二网点\nB2,城西支行,B2O1,城西一网点\nB2,城西支行,B2O2,城西二网点"
  )
  const outlets = ["B1O1", "B1O2", "B2O1", "B2O2"]
  writeFileSync(
    join(data, "company.csv"),
    lines("code,name,outletCode,linkman,contact,riskRating,listedCompanyId", 10_000, (i) => {
      return `C${i},客户${i}有限公司,${outlets[i % 4]},联系人,13800000000,R3,`
    })
  )
  writeFileSync(
    join(data, "product.csv"),
    lines(
      "productCode,productName,productType,riskLevel,termDays,startingAmount,expectedRate,salesStart,salesEnd,valueDate,expiryDate,manualUrl,remark,marketingSkills",
      300,
      (i) => `P${i},稳健理财${i}号,非保本,R2,182,1,3.25,2026-01-01,2026-01-15,2026-01-16,2026-07-17,,,`
    )
  )
  const pad = (v: number) => String(v).padStart(2, "0")
  writeFileSync(
    join(data, "financial_trade.csv"),
    lines(
      "tradeId,companyCode,productCode,businessType,tradeTime,valueDate,expiryDate,amount,balance,interestRate,channel,allRedeemFlag",
      n,
      (i) =>
        `T${i},C${i % 10_000},P${i % 300},${i % 3 === 0 ? "赎回" : "申购"},2026-${pad(1 + (i % 10))}-${pad(1 + (i % 28))} ${pad(i % 24)}:${pad(i % 60)}:00,2026-01-16,2026-07-17,${((i % 10_000) / 100 + 1).toFixed(2)},100,3.25,网银,`
    )
  )
  const runtime = ManagedRuntime.make(
    Layer.provideMerge(
      Layer.succeed(ExportFiles, makeFsExportFiles(join(dir, "exports"))),
      servicesLayer(MemoryStore.layer, {
        account: {
          initialPassword: "Bench@2026",
          maxFailedSignIns: 5,
          lockoutMs: 60_000,
          sessionIdleMs: 3_600_000,
          sessionAbsoluteMs: 3_600_000
        },
        cookieSecure: false,
        scrypt: { N: 1024, r: 8, p: 1 }
      })
    )
  )
  const [admin] = await runtime.runPromise(seedDemoUsers([{ username: "admin", name: "admin", role: 1 }], "Bench@2026"))
  const loadStarted = performance.now()
  await runtime.runPromise(loadFiles(data, { user: admin!, sessionHash: "" }))
  console.log(`bank loaded in ${((performance.now() - loadStarted) / 1000).toFixed(1)} s (not part of the export)`)
  const task = {
    id: "bench",
    userId: admin!.id,
    username: "admin",
    type: 6,
    info: {},
    state: "queued" as const,
    reason: null,
    rows: 0,
    totalRows: null,
    fileName: "流水交易查询.xlsx",
    fileKey: "bench.xlsx",
    createdAt: Date.now(),
    startedAt: null,
    finishedAt: null
  }
  // The wealth index is built by the first read after an update (any list request); build it before timing.
  await runtime.runPromise(
    Effect.gen(function* () {
      yield* Effect.flatMap(ExportTaskRepo, (repo) => repo.save({ ...task, id: "warm", info: { keyword: "none" } }))
      yield* runExport({ ...task, id: "warm", fileKey: "warm.xlsx", info: { keyword: "none" } }, runAs)
    }) as Effect.Effect<void>
  )
  await measure(`whole export, type 6, ${n.toLocaleString()} trades`, async () => {
    const done = await runtime.runPromise(
      Effect.gen(function* () {
        const repo = yield* ExportTaskRepo
        yield* repo.save(task)
        yield* runExport(task, runAs)
        return yield* repo.find("bench")
      }) as Effect.Effect<Option.Option<typeof task & { rows: number; state: string }>>
    )
    const t = Option.getOrThrow(done)
    return `${t.state}, ${t.rows.toLocaleString()} rows, ${fileNote(join(dir, "exports", "bench.xlsx"))}`
  })
  await runtime.dispose()
} finally {
  rmSync(dir, { recursive: true, force: true })
}
