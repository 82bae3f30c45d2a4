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
 * Per phase it also prints the server's own event-loop delay (p99 / max, asked over an IPC channel: see
 * packages/http/src/infra/loopDelay.ts) and lists every stall of its request thread of 50 ms or more, which
 * shows what the server did to its readers whatever the machine's load. `--profile DIR` writes CPU profiles of
 * the server's threads there. The demo bank's data directory is made once and copied for later runs.
 */
import { type ChildProcess, execFile, spawn } from "node:child_process"
import {
  closeSync,
  cpSync,
  existsSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  statSync,
  writeSync
} from "node:fs"
import { type AddressInfo, createServer } from "node:net"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { parseArgs, promisify } from "node:util"
import { DEMO_PASSWORD } from "../packages/demo/src/index.js"

const { values } = parseArgs({
  options: {
    rows: { type: "string", default: "2000000" },
    seconds: { type: "string", default: "10" },
    data: { type: "string" },
    "in-process": { type: "boolean", default: false },
    profile: { type: "string" },
    /** Days the generated transactions are moved by: a run on a data directory that has those of an earlier run. */
    shift: { type: "string", default: "0" }
  }
})
const rows = Number(values.rows)
const run = promisify(execFile)
const root = join(import.meta.dirname, "..")
const scratch = mkdtempSync(join(tmpdir(), "wm-update-bench-"))
const dataDir = values.data ?? join(scratch, "data")
const demoDir = join(tmpdir(), "wm-update-bench-demo")
/** A data directory holding the demo bank alone, copied into each run's scratch directory. */
const demoTemplate = join(demoDir, "data-template")

const rssOf = (pid: number) =>
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) * 1024

interface Server {
  readonly proc: ChildProcess
  readonly url: string
  readonly readyMs: number
  readonly rss: number
  /** The server's event-loop delay since the last call; `reset` starts the next phase's. */
  readonly loopDelay: (reset: boolean) => Promise<LoopDelayReport>
}

interface LoopDelayReport {
  readonly p50: number
  readonly p99: number
  readonly max: number
  readonly stalls: ReadonlyArray<readonly [number, number]>
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
const start = async (args: ReadonlyArray<string> = [], profile?: string) => {
  const port = await freePort()
  const node = profile === undefined ? [] : ["--cpu-prof", "--cpu-prof-dir", profile]
  return new Promise<Server>((done, fail) => {
    const t0 = performance.now()
    const proc = spawn(
      process.execPath,
      [...node, "--import", "tsx", join(root, "packages/http/src/main.ts"), ...args],
      {
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
        stdio: ["ignore", "inherit", "inherit", "ipc"]
      }
    )
    const url = `http://127.0.0.1:${port}`
    const loopDelay = (reset: boolean) =>
      new Promise<LoopDelayReport>((answer) => {
        proc.once("message", (report: LoopDelayReport) => answer(report))
        proc.send({ kind: "loop-delay", reset })
      })
    proc.once("exit", (code) => fail(new Error(`server exited ${code}`)))
    const poll = async () => {
      const ok = await fetch(`${url}/healthz`).then(
        (r) => r.ok,
        () => false
      )
      if (ok) {
        const readyMs = performance.now() - t0
        proc.removeAllListeners("exit")
        return done({ proc, url, readyMs, rss: rssOf(proc.pid!), loopDelay })
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
if (!existsSync(join(dataDir, "records.sqlite")) && existsSync(join(demoTemplate, "records.sqlite")))
  cpSync(demoTemplate, dataDir, { recursive: true })
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
  cpSync(dataDir, demoTemplate, { recursive: true })
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
  const path = join(scratch, `trade_flow-${file}.csv`)
  const fd = openSync(path, "w")
  let lines = ["companyCode,accountNo,tradeTime,direction,amount,balance,counterpartyBank,channel"]
  const t = Date.UTC(2027, 0, 1) + (file * 400 + Number(values.shift)) * 86_400_000
  for (let i = 0; i < n; i++) {
    const code = customers[i % customers.length]!
    const time = new Date(t + i * 1000).toISOString().replace("T", " ").slice(0, 19)
    lines.push(
      `${code},${code}-B${i % 3},${time},${i % 3 === 0 ? "借" : "贷"},${(i % 9000) + 1}.5,${i + 100},X${i % 50},网银`
    )
    if (lines.length === 100_000 || i === n - 1) {
      writeSync(fd, `${lines.join("\n")}${i === n - 1 ? "" : "\n"}`)
      lines = []
    }
  }
  closeSync(fd)
  files.push({ path, rows: n })
}

// 3. Startup with the demo bank.
const demoStart = await start([], values.profile)
console.log(`startup with the demo bank: /healthz 200 after ${s(demoStart.readyMs)}, RSS ${mb(demoStart.rss)}`)
const demoBytes = sizeOf(dataDir)
const { url } = demoStart
const token = (await call(url, "POST", "/api/sign_in", undefined, { username: "admin", password: DEMO_PASSWORD })).data
  .token as string
// 4. Latency of reads, sampled by phase (a failed read is counted, not timed).
type Phase = string
const samples = new Map<Phase, { detail: Array<number>; health: Array<number> }>()
const loop = new Map<Phase, LoopDelayReport>()
/** [phase, from, to] in ms since the epoch: where the server's stalls fall. */
const spans: Array<[Phase, number, number]> = []
let phase: Phase = "idle"
let reading = true
let failedReads = 0
/** The analysis date portraits show before the update; a read showing another one is of the new version. */
let before: string | undefined
const AFTER_SWITCH = "first read after the switch"
let firstAfterSwitch = 0
const sampleOf = (name: Phase) => {
  const at = samples.get(name) ?? { detail: [], health: [] }
  samples.set(name, at)
  return at
}
const timed = async (path: string, kind: "detail" | "health") => {
  const t0 = performance.now()
  const body = await fetch(`${url}${path}`, { headers: { authorization: `Bearer ${token}` } }).then(
    async (res) => (res.ok ? await res.text() : undefined),
    () => undefined
  )
  const ms = performance.now() - t0
  if (body === undefined || body.length === 0) {
    failedReads++
    return
  }
  if (kind === "detail") {
    const date = (JSON.parse(body) as { data?: { analysisDate?: string } }).data?.analysisDate
    before ??= date
    // Each reader's first read of the new version: what a read right after the switch costs.
    if (date !== before && firstAfterSwitch < 2) {
      firstAfterSwitch++
      sampleOf(AFTER_SWITCH).detail.push(ms)
      return
    }
  }
  sampleOf(phase)[kind].push(ms)
}
const reader = async () => {
  while (reading) {
    const code = customers[Math.floor(Math.random() * customers.length)]
    await timed(`/api/company/detail?id=${code}`, "detail")
    await timed("/healthz", "health")
  }
}
/** Ends the current phase (its event-loop figures kept) and starts `next`. */
const enter = async (next: Phase) => {
  const report = await demoStart.loopDelay(true)
  if (spans.length > 0) spans[spans.length - 1]![2] = Date.now()
  if (phase !== "idle") loop.set(phase, report)
  phase = next
  spans.push([next, Date.now(), Number.POSITIVE_INFINITY])
}
await enter("no update (baseline)")
const readers = [reader(), reader()]
await new Promise((r) => setTimeout(r, Number(values.seconds) * 1000))

// 5. The update: upload (parse + validate + stage) each file, then apply them all at once.
const ids: Array<number> = []
const phaseTimes: Array<[string, number]> = []
await enter("upload: parse + validate + stage")
for (const [file, { path, rows: n }] of files.entries()) {
  const t0 = performance.now()
  // Sent by curl, from the file: building and sending a 136 MB form in this process held the readers up (they
  // share its event loop), which showed as seconds of latency the server had nothing to do with.
  const { stdout } = await run(
    "curl",
    [
      ...["-sS", "-H", `authorization: Bearer ${token}`, "-H", "Expect:"],
      ...["-F", "type=trade_flow", "-F", `file=@${path};type=text/csv;filename=trade_flow-${file}.csv`],
      `${url}/api/upload_update_data`
    ],
    { maxBuffer: 64 << 20 }
  )
  const staged = JSON.parse(stdout) as { code: number; msg: string; data: any }
  phaseTimes.push([`upload of ${n.toLocaleString()} rows`, performance.now() - t0])
  if (staged.code !== 10000 || !(staged.data?.status > 0)) throw new Error(`upload refused: ${staged.msg}`)
  ids.push(staged.data.status)
}
await enter("apply: de-duplicate + write + recompute + switch")
const t0 = performance.now()
const second: Array<number> = []
const applying = call(url, "POST", "/api/updatedatabutton", token, { type: "trade_flow", ids })
// A second update while the first runs: how soon its 30004 comes back.
await new Promise((r) => setTimeout(r, 500))
const s0 = performance.now()
// On a busy request thread the answer may never come: the server drops the connection (its header timeout).
const again = await call(url, "POST", "/api/organ/update", token).catch((error: Error) => ({
  code: `no answer (${(error.cause as Error | undefined)?.message ?? error.message})`
}))
second.push(performance.now() - s0)
const applied = await applying
phaseTimes.push([`apply of ${rows.toLocaleString()} rows`, performance.now() - t0])
if (applied.code !== 10000) throw new Error(`apply failed: ${applied.msg}`)
await enter("after the update (3 s)")
await new Promise((r) => setTimeout(r, 3000))
reading = false
await Promise.all(readers)
await enter("idle")

const pct = (list: ReadonlyArray<number>, p: number) => {
  const sorted = [...list].sort((a, b) => a - b)
  return sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!
}
const f = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? "" : n.toFixed(1))
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
    "/healthz max ms": f(pct(health, 100)),
    "loop delay p99 ms": f(loop.get(name)?.p99),
    "loop delay max ms": f(loop.get(name)?.max)
  }))
)
const stalls = [...loop.values()].flatMap((r) => r.stalls)
const phaseOf = (at: number) => spans.find(([, from, to]) => at >= from && at <= to)?.[0] ?? "?"
console.log("request-thread stalls (a timer late by this much; on a loaded machine also time not scheduled):")
console.table(
  [...loop.keys()].map((name) => {
    const here = stalls.filter(([at]) => phaseOf(at) === name).map(([, ms]) => ms)
    return {
      phase: name,
      "≥ 50 ms": here.filter((ms) => ms >= 50).length,
      "≥ 200 ms": here.filter((ms) => ms >= 200).length,
      "≥ 1 s": here.filter((ms) => ms >= 1000).length
    }
  })
)
console.log("the 15 longest:")
for (const [at, ms] of [...stalls].sort((a, b) => b[1] - a[1]).slice(0, 15))
  console.log(`  ${new Date(at).toISOString().slice(11, 23)}  ${String(ms).padStart(5)} ms  (${phaseOf(at)})`)
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
