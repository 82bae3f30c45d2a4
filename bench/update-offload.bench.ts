/**
 * Reads while a large update runs: `npx tsx bench/update-offload.bench.ts [--rows 2000000] [--seconds 10]
 * [--data DIR] [--in-process]`.
 *
 * The real server (main.ts, embedded store on disk) with the demo bank (scale 1: 2,000 customers, 500k
 * transactions) in its data directory. Prints, in one run:
 *  - startup: spawn → /healthz 200 and RSS with the demo bank, and again once the large version is on disk;
 *    bytes on disk per million transactions;
 *  - portrait reads (`/api/company/detail`, two clients in a loop, random customers) and `/healthz`: latency
 *    p50 / p99 / max with no update running (the baseline), then while `--rows` new transactions are uploaded
 *    (parse + validate + stage) and applied (de-duplicate + write + recompute + switch), by phase.
 * `--in-process` starts the server with COMPUTE_WORKERS=false: the same update on the request thread, for
 * comparison. Files hold at most 2M rows each (the 200 MiB upload limit); larger runs upload several.
 */
import { type ChildProcess, spawn } from "node:child_process"
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs"
import { type AddressInfo, createServer } from "node:net"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { parseArgs } from "node:util"
import { DEMO_PASSWORD } from "../packages/demo/src/index.js"

const { values } = parseArgs({
  options: {
    rows: { type: "string", default: "2000000" },
    seconds: { type: "string", default: "10" },
    data: { type: "string" },
    "in-process": { type: "boolean", default: false }
  }
})
const rows = Number(values.rows)
const root = join(import.meta.dirname, "..")
const scratch = mkdtempSync(join(tmpdir(), "wm-update-bench-"))
const dataDir = values.data ?? join(scratch, "data")
const demoDir = join(tmpdir(), "wm-update-bench-demo")

const rssOf = (pid: number) =>
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) * 1024

interface Server {
  readonly proc: ChildProcess
  readonly url: string
  readonly readyMs: number
  readonly rss: number
}

/** A port nothing listens on now (the server logs at warn: no `listening` line to read it from). */
const freePort = () =>
  new Promise<number>((done) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as AddressInfo
      probe.close(() => done(port))
    })
  })

/** Starts the server; resolves once /healthz answers 200 (with --demo: once the demo bank is loaded). */
const start = async (args: ReadonlyArray<string> = []) => {
  const port = await freePort()
  return new Promise<Server>((done, fail) => {
    const t0 = performance.now()
    const proc = spawn(process.execPath, ["--import", "tsx", join(root, "packages/http/src/main.ts"), ...args], {
      cwd: root,
      env: {
        ...process.env,
        DATA_DIR: dataDir,
        DEMO_DATA_DIR: demoDir,
        DEMO_SCALE: "1",
        HOST: "127.0.0.1",
        PORT: String(port),
        LOG_LEVEL: "warn",
        COMPUTE_WORKERS: values["in-process"] ? "false" : "true"
      },
      stdio: ["ignore", "inherit", "inherit"]
    })
    const url = `http://127.0.0.1:${port}`
    proc.once("exit", (code) => fail(new Error(`server exited ${code}`)))
    const poll = async () => {
      const ok = await fetch(`${url}/healthz`).then(
        (r) => r.ok,
        () => false
      )
      if (ok) {
        const readyMs = performance.now() - t0
        proc.removeAllListeners("exit")
        return done({ proc, url, readyMs, rss: rssOf(proc.pid!) })
      }
      setTimeout(poll, 25)
    }
    poll()
  })
}

const stop = (s: Server) =>
  new Promise<void>((done) => {
    s.proc.once("exit", () => done())
    s.proc.kill("SIGTERM")
  })

const sizeOf = (path: string): number =>
  statSync(path).isDirectory()
    ? readdirSync(path).reduce((n, name) => n + sizeOf(join(path, name)), 0)
    : statSync(path).size
const mb = (n: number) => `${(n / 1e6).toFixed(0)} MB`
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`

const call = async (url: string, method: string, path: string, token?: string, body?: unknown) => {
  const headers: Record<string, string> = token === undefined ? {} : { authorization: `Bearer ${token}` }
  if (body !== undefined && !(body instanceof FormData)) headers["content-type"] = "application/json"
  const res = await fetch(`${url}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : body instanceof FormData ? body : JSON.stringify(body)
  })
  return (await res.json()) as { code: number; msg: string; data: any }
}

// 1. The demo bank in the data directory (generated and loaded through the pipeline at the first start).
if (!existsSync(join(dataDir, "records.sqlite"))) {
  const first = await start(["--demo"])
  // --demo loads after listening: wait until the admin can sign in and the portraits exist.
  for (;;) {
    const signIn = await call(first.url, "POST", "/api/sign_in", undefined, {
      username: "admin",
      password: DEMO_PASSWORD
    }).catch(() => undefined)
    if (signIn?.code === 10000) {
      const status = await call(first.url, "GET", "/api/organ/status", signIn.data.token)
      if (status.data?.version > 0 && status.data?.status !== 1) break
    }
    await new Promise((r) => setTimeout(r, 1000))
  }
  await stop(first)
}

// 2. The update's files, written before the server starts (this process is busy meanwhile, and an idle
// connection would be closed under it): new transactions of the demo customers, later than the demo bank's.
const customers = readFileSync(join(demoDir, "company.csv"), "utf8")
  .split("\n")
  .slice(1)
  .filter((l) => l.length > 0)
  .map((l) => l.split(",")[0]!)

const FILE_ROWS = 2_000_000
const files: Array<{ path: string; rows: number }> = []
for (let from = 0, file = 0; from < rows; from += FILE_ROWS, file++) {
  const n = Math.min(FILE_ROWS, rows - from)
  const lines = ["companyCode,accountNo,tradeTime,direction,amount,balance,counterpartyBank,channel"]
  const t = Date.UTC(2027, 0, 1) + file * 400 * 86_400_000
  for (let i = 0; i < n; i++) {
    const code = customers[i % customers.length]!
    const time = new Date(t + i * 1000).toISOString().replace("T", " ").slice(0, 19)
    lines.push(
      `${code},${code}-B${i % 3},${time},${i % 3 === 0 ? "借" : "贷"},${(i % 9000) + 1}.5,${i + 100},X${i % 50},网银`
    )
  }
  const path = join(scratch, `trade_flow-${file}.csv`)
  writeFileSync(path, lines.join("\n"))
  files.push({ path, rows: n })
}

// 3. Startup with the demo bank.
const demoStart = await start()
console.log(`startup with the demo bank: /healthz 200 after ${s(demoStart.readyMs)}, RSS ${mb(demoStart.rss)}`)
const demoBytes = sizeOf(dataDir)
const { url } = demoStart
const token = (await call(url, "POST", "/api/sign_in", undefined, { username: "admin", password: DEMO_PASSWORD })).data
  .token as string
// 4. Latency of reads, sampled by phase (a failed read is counted, not timed).
type Phase = string
const samples = new Map<Phase, { detail: Array<number>; health: Array<number> }>()
let phase: Phase = "idle"
let reading = true
let failedReads = 0
const timed = async (path: string, kind: "detail" | "health") => {
  const t0 = performance.now()
  const ok = await fetch(`${url}${path}`, { headers: { authorization: `Bearer ${token}` } }).then(
    async (res) => (await res.arrayBuffer()).byteLength > 0 && res.ok,
    () => false
  )
  const ms = performance.now() - t0
  if (!ok) {
    failedReads++
    return
  }
  const at = samples.get(phase) ?? { detail: [], health: [] }
  samples.set(phase, at)
  at[kind].push(ms)
}
const reader = async () => {
  while (reading) {
    const code = customers[Math.floor(Math.random() * customers.length)]
    await timed(`/api/company/detail?id=${code}`, "detail")
    await timed("/healthz", "health")
  }
}
const readers = [reader(), reader()]

phase = "no update (baseline)"
await new Promise((r) => setTimeout(r, Number(values.seconds) * 1000))

// 5. The update: upload (parse + validate + stage) each file, then apply them all at once.
const ids: Array<number> = []
const phaseTimes: Array<[string, number]> = []
for (const [file, { path, rows: n }] of files.entries()) {
  const form = new FormData()
  form.set("type", "trade_flow")
  form.set("file", new File([readFileSync(path)], `trade_flow-${file}.csv`, { type: "text/csv" }))
  phase = "upload: parse + validate + stage"
  const t0 = performance.now()
  const staged = await call(url, "POST", "/api/upload_update_data", token, form)
  phaseTimes.push([`upload of ${n.toLocaleString()} rows`, performance.now() - t0])
  if (staged.code !== 10000 || !(staged.data?.status > 0)) throw new Error(`upload refused: ${staged.msg}`)
  ids.push(staged.data.status)
}
phase = "apply: de-duplicate + write + recompute + switch"
const t0 = performance.now()
const second: Array<number> = []
const applying = call(url, "POST", "/api/updatedatabutton", token, { type: "trade_flow", ids })
// A second update while the first runs: how soon its 30004 comes back.
await new Promise((r) => setTimeout(r, 500))
const s0 = performance.now()
const again = await call(url, "POST", "/api/organ/update", token)
second.push(performance.now() - s0)
const applied = await applying
phaseTimes.push([`apply of ${rows.toLocaleString()} rows`, performance.now() - t0])
if (applied.code !== 10000) throw new Error(`apply failed: ${applied.msg}`)
phase = "after the update"
await new Promise((r) => setTimeout(r, 3000))
reading = false
await Promise.all(readers)

const pct = (list: ReadonlyArray<number>, p: number) => {
  const sorted = [...list].sort((a, b) => a - b)
  return sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!
}
const f = (n: number) => n.toFixed(1)
console.log(
  `\nupdate of ${rows.toLocaleString()} transactions, ${values["in-process"] ? "ON THE REQUEST THREAD (COMPUTE_WORKERS=false)" : "on worker threads"}:`
)
for (const [what, ms] of phaseTimes) console.log(`  ${what}: ${s(ms)}`)
console.log(`  a recompute sent during the apply answered ${again.code} after ${f(second[0]!)} ms`)
console.table(
  [...samples].map(([name, { detail, health }]) => ({
    phase: name,
    "portrait reads": detail.length,
    "p50 ms": f(pct(detail, 50)),
    "p99 ms": f(pct(detail, 99)),
    "max ms": f(pct(detail, 100)),
    "/healthz p99 ms": f(pct(health, 99)),
    "/healthz max ms": f(pct(health, 100))
  }))
)
await stop(demoStart)

console.log(`failed reads: ${failedReads}`)

// 6. Startup and disk with the large version.
const bigStart = await start()
const bytes = sizeOf(dataDir)
console.log(
  `startup with demo bank + ${rows.toLocaleString()} transactions: /healthz 200 after ${s(bigStart.readyMs)}, RSS ${mb(bigStart.rss)}`
)
console.log(
  `on disk: demo bank ${mb(demoBytes)} (500k transactions), with the update ${mb(bytes)} (${((500_000 + rows) / 1e6).toFixed(1)}M): ` +
    `${mb((bytes - demoBytes) / (rows / 1e6))} per million added transactions`
)
await stop(bigStart)
console.log(`data directory: ${dataDir}`)
