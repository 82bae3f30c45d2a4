/**
 * Startup of the embedded store on disk: `npx tsx bench/embedded-startup.bench.ts [--scale 1] [--data DIR]`.
 *
 * Fills a data directory once through the real first start (`--demo` on an empty DATA_DIR: the demo bank
 * generated and loaded through the upload pipeline), then starts the real server on it three times and prints
 * the time from spawn to the store being open, to /healthz 200, the resident memory once ready, and the bytes on
 * disk per million transactions. Baseline in the same run: the same server started on a fresh process with
 * `--fresh` would load the bank again; instead the RSS of the in-memory store holding the same data is measured
 * in a child process (MemoryStore.layer, the files loaded through the pipeline, after a GC).
 * `--data DIR --transactions N` starts on a directory filled otherwise, e.g. by `update-offload.bench.ts --rows
 * 10000000` (the demo bank plus 10M transactions: `--transactions 10500000`).
 */
import { execFileSync, spawn } from "node:child_process"
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { parseArgs } from "node:util"

const { values } = parseArgs({
  options: {
    scale: { type: "string", default: "1" },
    data: { type: "string" },
    baseline: { type: "boolean" },
    /** The transactions a given data directory holds (one filled by update-offload.bench.ts, e.g. 10.5M). */
    transactions: { type: "string" }
  }
})
const root = join(import.meta.dirname, "..")
const dataDir = values.data ?? mkdtempSync(join(tmpdir(), "wm-startup-"))
const demoDir = join(dataDir, "..", `wm-startup-demo-${values.scale}`)

const rssOf = (pid: number) =>
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) * 1024

const start = (args: ReadonlyArray<string>) =>
  new Promise<{ openMs: number; storeMs: number; readyMs: number; rss: number; wallMs: number }>((done, fail) => {
    const t0 = Date.now()
    const proc = spawn(process.execPath, ["--import", "tsx", join(root, "packages/http/src/main.ts"), ...args], {
      cwd: root,
      env: {
        ...process.env,
        DATA_DIR: dataDir,
        DEMO_DATA_DIR: demoDir,
        DEMO_SCALE: values.scale,
        PORT: "0",
        LOG_LEVEL: "info"
      },
      stdio: ["ignore", "pipe", "inherit"]
    })
    let text = ""
    let openedAt = 0
    let storeMs = 0
    let url: string | undefined
    proc.stdout.on("data", async (chunk: Buffer) => {
      text += chunk.toString()
      for (const line of text.split("\n")) {
        if (line.includes('"store_open"') && openedAt === 0) {
          openedAt = Date.now()
          storeMs = Number(/"openMs":(\d+)/.exec(line)?.[1] ?? Number.NaN)
        }
        url ??= /"listening","url":"([^"]+)"/.exec(line)?.[1]
      }
    })
    proc.once("exit", (code) => fail(new Error(`server exited ${code}`)))
    const poll = async () => {
      if (
        url !== undefined &&
        (await fetch(`${url}/healthz`).then(
          (r) => r.ok,
          () => false
        ))
      ) {
        const readyAt = Date.now()
        const rss = rssOf(proc.pid!)
        proc.removeAllListeners("exit")
        proc.once("exit", () =>
          done({ openMs: openedAt - t0, storeMs, readyMs: readyAt - t0, rss, wallMs: Date.now() - t0 })
        )
        proc.kill("SIGTERM")
        return
      }
      setTimeout(poll, 50)
    }
    poll()
  })

const sizeOf = (path: string): number =>
  statSync(path).isDirectory()
    ? readdirSync(path).reduce((n, name) => n + sizeOf(join(path, name)), 0)
    : statSync(path).size

const mb = (n: number) => `${(n / 1e6).toFixed(0)} MB`

if (!existsSync(join(dataDir, "records.sqlite"))) {
  const first = await start(["--demo"])
  console.log(
    `first start (generate + load the demo bank at scale ${values.scale}): ${(first.readyMs / 1000).toFixed(1)} s`
  )
}
const runs = []
for (let i = 0; i < 3; i++) runs.push(await start(["--demo"]))
const transactions =
  values.transactions === undefined
    ? readFileSync(join(demoDir, "trade_flow.csv"), "utf8").split("\n").length - 2
    : Number(values.transactions)
const bytes = sizeOf(dataDir)
console.log(`data directory ${dataDir}: ${mb(bytes)}, ${transactions.toLocaleString()} transactions`)
console.log(`bytes on disk per million transactions: ${mb(bytes / (transactions / 1e6))}`)
console.table(
  runs.map((r) => ({
    "opening the store (s)": (r.storeMs / 1000).toFixed(2),
    "spawn → store open (s)": (r.openMs / 1000).toFixed(2),
    "spawn → /healthz 200 (s)": (r.readyMs / 1000).toFixed(2),
    "RSS when ready": mb(r.rss)
  }))
)
if (values.baseline) {
  const out = execFileSync(
    process.execPath,
    ["--import", "tsx", "--expose-gc", join(import.meta.dirname, "memory-store-rss.ts"), demoDir],
    { cwd: root, encoding: "utf8", maxBuffer: 1 << 20 }
  )
  console.log(`baseline, the in-memory store holding the same bank: ${out.trim()}`)
}
