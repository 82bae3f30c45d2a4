/**
 * Read routes over HTTP vs a bare node:http server: `npx tsx bench/http.bench.ts [--seconds 10] [--connections 20]`.
 *
 * One run, one process tree: our server (the real entry, src/main.ts --demo, embedded store, bearer token) and
 * a bare node:http server answering the very bytes ours answered for each path (bench/bare-server.ts), loaded
 * one after the other by the same load generator (autocannon) with the same connections and duration. Prints
 * requests/s, p50 and p99 of both and the ratio, for every read route of the seed documents, and each server's
 * CPU time per request (from /proc), the figure that holds when the machine is shared.
 */
import { type ChildProcess, fork } from "node:child_process"
import { mkdtempSync, readFileSync, rmSync } from "node:fs"
import { loadavg, tmpdir } from "node:os"
import { join } from "node:path"
import { parseArgs } from "node:util"
import autocannon from "autocannon"

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "10" },
    connections: { type: "string", default: "20" },
    scale: { type: "string", default: "1" },
    /** Only the routes whose path matches this regular expression. */
    only: { type: "string" },
    /** Check every route answers 200 and stop, without loading. */
    check: { type: "boolean", default: false }
  }
})
const here = import.meta.dirname
const dir = mkdtempSync(join(tmpdir(), "http-bench-"))
const children: Array<ChildProcess> = []
const start = (script: string, args: ReadonlyArray<string>, env: Record<string, string>) => {
  const child = fork(script, args, { execArgv: ["--import", "tsx"], env: { ...process.env, ...env }, stdio: "pipe" })
  child.stdout!.resume() // request logs go nowhere, as fast as they come
  children.push(child)
  return child
}

// HTTP_BENCH_MAIN: another build's server entry (an older tree, to compare before and after).
const ours = start(process.env.HTTP_BENCH_MAIN ?? join(here, "../packages/http/src/main.ts"), ["--demo"], {
  PORT: "0",
  LOG_LEVEL: process.env.LOG_LEVEL ?? "info",
  DEMO_DATA_DIR: dir,
  DEMO_SCALE: values.scale
})
const ourPort = await new Promise<number>((resolve) => {
  let text = ""
  const listening = (chunk: Buffer) => {
    text += chunk.toString()
    const port = text.match(/"event":"listening","url":"http:\/\/[^:]+:(\d+)"/)?.[1]
    if (port === undefined) return
    ours.stdout!.off("data", listening)
    resolve(Number(port))
  }
  ours.stdout!.on("data", listening)
})
const base = `http://127.0.0.1:${ourPort}`
while ((await fetch(`${base}/healthz`).catch(() => undefined))?.status !== 200)
  await new Promise((r) => setTimeout(r, 500))
const signIn = await fetch(`${base}/api/sign_in`, {
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({ username: "admin", password: "Demo@2026" })
})
const token = ((await signIn.json()) as { data: { token: string } }).data.token
const headers = { authorization: `Bearer ${token}` }

const bare = start(join(here, "bare-server.ts"), [], {})
const barePort = await new Promise<number>((resolve) => bare.once("message", (m: { port: number }) => resolve(m.port)))

/**
 * Every read route of the seed documents (GET, answered from the store), with a request that answers 200 on the
 * demo bank; `kept` marks the routes declared `memo` (true, "daily" or "exports") (answered before Hono once read in full). `{listed}`
 * and `{product}` are replaced by the first listed company's id and the first product's code.
 */
const routes: ReadonlyArray<readonly [name: string, path: string, kept: boolean]> = [
  ["portrait", "/api/company/detail?id=C000001", true],
  ["portrait (superseded)", "/api/company/detail_1?id=C000001", true],
  ["company search", "/api/company/search?page=1&count=10", true],
  ["company suggestion", "/api/company/suggestion?keyword=C00001", true],
  ["trade history", "/api/company/trade_history?companyId=C000001&page=1&count=10", true],
  ["match model", "/api/company/match_model", true],
  ["match", "/api/company/match?code={product}&page=1&count=10", true],
  ["match (superseded)", "/api/company/match_1?code={product}&page=1&count=10", true],
  ["focus list", "/api/company/focus?page=1&count=10", true],
  ["marketing records", "/api/company/marketing?code=C000001&page=1&count=10", true],
  ["warning window", "/api/company/configrecent", true],
  ["maturing holdings", "/api/company/recent_products?page=1&count=10", true],
  ["holdings", "/api/financial/hold_products?page=1&count=10", true],
  ["wealth trades", "/api/financial/trade_flow?page=1&count=10", true],
  ["on sale today", "/api/financial/today_products?page=1&count=10", true],
  ["peer products", "/api/financial/peer_products?page=1&count=10", true],
  ["product library", "/api/products?page=1&count=10", true],
  ["product library (superseded)", "/api/products_1?limit=10", true],
  ["product suggestion", "/api/product/suggestion?keyword={product}", true],
  ["listed companies", "/api/listed_company?page=1&count=10", true],
  ["listed company", "/api/listed_company/detail?listedCompanyId={listed}", true],
  ["outlet list", "/api/organ/list?page=1&count=10", true],
  ["outlet detail", "/api/organ/detail?code=B01O01", true],
  ["sub-branches", "/api/new_params", true],
  ["search form", "/api/params", true],
  ["update status", "/api/organ/status", true],
  ["data status", "/api/updatedatastatus/all", true],
  ["history statistics", "/api/statistics/history_list", true],
  ["holding statistics", "/api/statistics/hold_list", true],
  ["history top", "/api/statistics/history_top", true],
  ["holding top", "/api/statistics/hold_top", true],
  ["conversion", "/api/statistics/conversion_rate", true],
  ["logins", "/api/statistics/login", true],
  ["users", "/api/usermanage/user_list?page=1&count=10", true],
  ["user", "/api/usermanage/user_detail?userId=1", true],
  ["exports", "/api/download/download_list?page=1&count=10", true]
]
const only = values.only === undefined ? undefined : new RegExp(values.only)

/** CPU seconds a process has used (user + system, /proc/<pid>/stat): steadier than wall time on a shared machine. */
const cpuSeconds = (pid: number) => {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ")
  return (Number(fields[11]) + Number(fields[12])) / 100
}

const load = async (url: string, h: Record<string, string>, server: ChildProcess) => {
  const options = { url, headers: h, connections: Number(values.connections) }
  await autocannon({ ...options, duration: 2 }) // warm-up
  const cpu = cpuSeconds(server.pid!)
  const client = process.cpuUsage()
  const result = await autocannon({ ...options, duration: Number(values.seconds) })
  const cpuUs = ((cpuSeconds(server.pid!) - cpu) * 1e6) / result.requests.total
  const used = process.cpuUsage(client)
  // The load generator shares the two cores: its own cost per answer (more headers to parse) bounds requests/s.
  const clientUs = (used.user + used.system) / result.requests.total
  return {
    clientUs,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    cpuUs,
    errors: result.non2xx
  }
}

/** The machine's load average: figures taken on a shared machine say how loaded it was. */
const load1 = () => loadavg()[0]!.toFixed(1)
console.log(
  `${values.connections} connections, ${values.seconds} s per server and route, autocannon, same run; load average ${load1()}`
)
console.log(
  "| route | kept | bytes | bare node req/s | ours req/s | ratio | bare p50 / p99 ms | ours p50 / p99 ms | server CPU µs/request, bare / ours | load generator CPU µs/request, bare / ours |"
)
console.log("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|")
try {
  const listed = (await (await fetch(`${base}/api/listed_company?page=1&count=1`, { headers })).json()) as {
    data: { companies: ReadonlyArray<{ companyId: string }> }
  }
  const products = (await (await fetch(`${base}/api/products?page=1&count=1`, { headers })).json()) as {
    data: { products: ReadonlyArray<{ productCode: string }> }
  }
  for (const [name, template, kept] of routes) {
    const path = template
      .replace("{listed}", encodeURIComponent(listed.data.companies[0]?.companyId ?? ""))
      .replace("{product}", encodeURIComponent(products.data.products[0]?.productCode ?? ""))
    if (only !== undefined && !only.test(path)) continue
    const res = await fetch(`${base}${path}`, { headers })
    const body = Buffer.from(await res.arrayBuffer())
    const envelope = JSON.parse(body.toString()) as { code: number }
    if (res.status !== 200 || envelope.code !== 10000) {
      console.log(`| ${name} \`${path}\` | answered ${res.status}: ${body.toString().slice(0, 120)} |`)
      continue
    }
    if (values.check) {
      console.log(`| ${name} \`${path}\` | ${kept ? "yes" : "no"} | ${body.length} |`)
      continue
    }
    bare.send({ path, body: body.toString("base64"), type: res.headers.get("content-type") })
    await new Promise((resolve) => bare.once("message", resolve))
    const b = await load(`http://127.0.0.1:${barePort}${path}`, {}, bare)
    const o = await load(`${base}${path}`, headers, ours)
    if (b.errors + o.errors > 0) throw new Error(`${path}: ${b.errors} / ${o.errors} answers were not 2xx`)
    console.log(
      `| ${name} \`${path}\` | ${kept ? "yes" : "no"} | ${body.length} | ${Math.round(b.rps)} | ${Math.round(o.rps)} | ${((100 * o.rps) / b.rps).toFixed(0)} % | ${b.p50} / ${b.p99} | ${o.p50} / ${o.p99} | ${Math.round(b.cpuUs)} / ${Math.round(o.cpuUs)} | ${Math.round(b.clientUs)} / ${Math.round(o.clientUs)} |`
    )
  }
  console.log(`load average at the end: ${load1()}`)
} finally {
  for (const child of children) child.kill()
  rmSync(dir, { recursive: true, force: true })
}
