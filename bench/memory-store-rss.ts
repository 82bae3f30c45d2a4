/**
 * Baseline of embedded-startup.bench.ts: the RSS of the in-memory store (no disk) once it holds the upload files of
 * DIR, loaded through the pipeline as `npm start` loads the demo bank. Prints one line.
 */

import { ManagedRuntime } from "effect"
import { MemoryStore } from "../packages/core/src/index.js"
import { DEMO_PASSWORD, demoUsers } from "../packages/demo/src/index.js"
import { loadFiles } from "../packages/http/src/demo/loadFiles.js"
import { seedDemoUsers } from "../packages/http/src/demo/seedStore.js"
import { servicesLayer } from "../packages/http/src/services.js"

const dir = process.argv[2]!
const runtime = ManagedRuntime.make(
  servicesLayer(MemoryStore.layer, {
    account: {
      initialPassword: "Welcome@2026",
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
  seedDemoUsers(
    demoUsers.filter((u) => u.role === 1),
    DEMO_PASSWORD
  )
)
await runtime.runPromise(loadFiles(dir, { user: admin!, sessionHash: "" }, () => {}))
;(globalThis as { gc?: () => void }).gc?.()
console.log(`RSS ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`)
await runtime.dispose()
