/**
 * Portrait read latency in process: `npx tsx bench/portrait-read.bench.ts [--scale 1]`.
 * Loads the demo bank through the pipeline on the embedded store, then times 10,000 random portrait lookups
 * through the DatasetRepo port and 2,000 GET /api/company/detail through the app (no listener). Prints p50/p99.
 */
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { parseArgs } from "node:util"
import { Effect, ManagedRuntime, Option } from "effect"
import { DatasetRepo, MemoryStore } from "../packages/core/src/index.js"
import { generateDemoBank } from "../packages/demo/src/index.js"
import { makeApp } from "../packages/http/src/app.js"
import { loadFiles } from "../packages/http/src/demo/loadFiles.js"
import { seedDemoUsers } from "../packages/http/src/demo/seedStore.js"
import { silentLogger } from "../packages/http/src/infra/logger.js"
import { servicesLayer } from "../packages/http/src/services.js"

const { values } = parseArgs({ options: { scale: { type: "string", default: "1" } } })
const dir = mkdtempSync(join(tmpdir(), "read-bench-"))
const percentile = (sorted: ReadonlyArray<number>, p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!

try {
  await generateDemoBank({ outDir: dir, seed: 1, scale: Number(values.scale) })
  const runtime = ManagedRuntime.make(
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
  const [admin] = await runtime.runPromise(seedDemoUsers([{ username: "admin", name: "admin", role: 1 }], "Bench@2026"))
  await runtime.runPromise(loadFiles(dir, { user: admin!, sessionHash: "" }))
  const { version, codes } = await runtime.runPromise(
    Effect.gen(function* () {
      const data = yield* DatasetRepo
      const pointer = Option.getOrThrow(yield* data.pointer())
      const page = yield* data.searchPortraits(pointer.version, {}, { page: 1, count: 100_000 })
      return { version: pointer.version, codes: page.items.map((p) => p.code) }
    })
  )
  const repo = await runtime.runPromise(DatasetRepo)
  const lookups: Array<number> = []
  for (let i = 0; i < 10_000; i++) {
    const code = codes[(i * 7919) % codes.length]!
    const t = performance.now()
    await runtime.runPromise(repo.portrait(version, code))
    lookups.push(performance.now() - t)
  }
  const app = makeApp({ runtime, logger: silentLogger })
  const signIn = await app.request("/api/sign_in", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username: "admin", password: "Bench@2026" })
  })
  const token = ((await signIn.json()) as { data: { token: string } }).data.token
  const requests: Array<number> = []
  for (let i = 0; i < 2_000; i++) {
    const code = codes[(i * 104_729) % codes.length]!
    const t = performance.now()
    const res = await app.request(`/api/company/detail?id=${code}`, { headers: { authorization: `Bearer ${token}` } })
    await res.text()
    requests.push(performance.now() - t)
  }
  for (const [name, list] of [
    ["DatasetRepo.portrait", lookups],
    ["GET /api/company/detail (app.request)", requests]
  ] as const) {
    const sorted = [...list].sort((a, b) => a - b)
    console.log(
      `${name}: ${codes.length} customers, p50 ${percentile(sorted, 0.5).toFixed(3)} ms, p99 ${percentile(sorted, 0.99).toFixed(3)} ms`
    )
  }
  await runtime.dispose()
} finally {
  rmSync(dir, { recursive: true, force: true })
}
