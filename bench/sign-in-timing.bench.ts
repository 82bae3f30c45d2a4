/**
 * Sign-in answer times by case: `npx tsx bench/sign-in-timing.bench.ts [--rounds 40] [--n 32768]`.
 * Through the app (no listener) with production scrypt, interleaving in each round an unknown username, a wrong
 * password, a throttled attempt (an address past the failure limit, right password) and, as the baseline, a
 * successful sign-in. Prints p10/p50/p90 per case: the three refusals should differ by noise only.
 */
import { parseArgs } from "node:util"
import { ManagedRuntime } from "effect"
import { MemoryStore } from "../packages/core/src/index.js"
import { makeApp } from "../packages/http/src/app.js"
import { seedDemoUsers } from "../packages/http/src/demo/seedStore.js"
import { silentLogger } from "../packages/http/src/infra/logger.js"
import { servicesLayer } from "../packages/http/src/services.js"

const { values } = parseArgs({
  options: { rounds: { type: "string", default: "40" }, n: { type: "string", default: String(2 ** 15) } }
})
const rounds = Number(values.rounds)
const password = "Bench-Harbour-2026"
const runtime = ManagedRuntime.make(
  servicesLayer(MemoryStore.layer, {
    account: {
      initialPassword: "Bench-Initial-2026",
      maxFailedSignIns: 5,
      lockoutMs: 3_600_000,
      sessionIdleMs: 3_600_000,
      sessionAbsoluteMs: 3_600_000,
      // Keep each case pure: the account-wide slow-down would turn the wrong passwords into throttled ones.
      throttle: { slowdownAfter: 1_000_000 }
    },
    cookieSecure: false,
    scrypt: { N: Number(values.n), r: 8, p: 1 }
  })
)
await runtime.runPromise(seedDemoUsers([{ username: "bench_rm", name: "测试", role: 2 }], password))
const app = makeApp({ runtime, logger: silentLogger })

const signIn = async (username: string, pwd: string, address: string) => {
  const started = performance.now()
  const res = await app.request(
    "/api/sign_in",
    {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username, password: pwd })
    },
    { incoming: { socket: { remoteAddress: address } } }
  )
  await res.text()
  return { ms: performance.now() - started, code: res.status }
}

// Lock one address out of the account first.
for (let i = 0; i < 5; i++) await signIn("bench_rm", "Wrong-Guess-0", "203.0.113.1")

const cases = {
  "unknown user": () => signIn("nobody_here", "Wrong-Guess-1", "198.51.100.1"),
  // A fresh address each time: never reaches the per-address limit.
  "wrong password": (r: number) => signIn("bench_rm", "Wrong-Guess-1", `198.51.${Math.floor(r / 250)}.${r % 250}`),
  "throttled (right password)": () => signIn("bench_rm", password, "203.0.113.1"),
  "success (baseline)": () => signIn("bench_rm", password, "10.0.0.1")
}
const times = Object.fromEntries(Object.keys(cases).map((k) => [k, [] as number[]]))
const statuses = Object.fromEntries(Object.keys(cases).map((k) => [k, new Set<number>()]))
for (let r = 0; r < rounds; r++) {
  for (const [name, run] of Object.entries(cases)) {
    const { ms, code } = await run(r)
    times[name]!.push(ms)
    statuses[name]!.add(code)
  }
}
const at = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!
console.log(`scrypt N=${values.n}, ${rounds} rounds, interleaved`)
for (const [name, list] of Object.entries(times)) {
  const sorted = [...list].sort((a, b) => a - b)
  const [p10, p50, p90] = [0.1, 0.5, 0.9].map((p) => at(sorted, p).toFixed(1))
  console.log(
    `${name.padEnd(28)} status ${[...statuses[name]!].join("/")}  p10 ${p10} ms  p50 ${p50} ms  p90 ${p90} ms`
  )
}
await runtime.dispose()
