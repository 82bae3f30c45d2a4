/**
 * A process that opens the embedded store on DATA_DIR and loads the upload files of a folder through the real
 * pipeline (initialize, stage, apply, recompute), for the crash test: it prints "open" once the store is open and
 * "done" when every file is applied, and is killed at random moments in between.
 *
 *   node --import tsx apply-child.ts DATA_DIR FILES_DIR
 */
import { Effect, ManagedRuntime, Option } from "effect"
import { type Username, UserRepo } from "../../../core/src/index.js"
import { DEMO_PASSWORD, demoUsers } from "../../../demo/src/index.js"
import { loadFiles } from "../../../http/src/demo/loadFiles.js"
import { seedDemoUsers } from "../../../http/src/demo/seedStore.js"
import { servicesLayer } from "../../../http/src/services.js"
import { SqliteStore } from "../../src/index.js"

const [dataDir, filesDir] = process.argv.slice(2) as [string, string]
const runtime = ManagedRuntime.make(
  servicesLayer(SqliteStore.layer({ dataDir }), {
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
const admin = await runtime.runPromise(
  Effect.gen(function* () {
    const found = yield* (yield* UserRepo).findByUsername("admin" as Username)
    if (Option.isSome(found)) return found.value
    return (yield* seedDemoUsers(
      demoUsers.filter((u) => u.role === 1),
      DEMO_PASSWORD
    ))[0]!
  })
)
process.stdout.write("open\n")
await runtime.runPromise(loadFiles(filesDir, { user: admin, sessionHash: "" }))
process.stdout.write("done\n")
await runtime.dispose()
