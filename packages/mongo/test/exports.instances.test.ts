// Export tasks with several instances on one MongoDB database: two runners (each its own app runtime and store
// connection, as two server processes) offered the same tasks run each exactly once, files in GridFS; a task left
// running by a stopped instance (its claim past its time) is run again by a live one, or marked failed once
// interrupted too often; a task another live instance holds is left alone.
import { type ExportTask, ExportTaskRepo } from "@wm/core"
import { Effect, ManagedRuntime, Queue } from "effect"
import { afterAll, beforeAll, expect, it } from "vitest"
import { seedDemoUsers } from "../../http/src/demo/seedStore.js"
import { ExportQueue, startExportRunner } from "../../http/src/exports/runner.js"
import { silentLogger } from "../../http/src/infra/logger.js"
import { servicesLayer } from "../../http/src/services.js"
import { EXPORT_FILES_BUCKET } from "../src/GridFsExportFiles.js"
import { MongoStore } from "../src/index.js"
import { mongoUri, testClient } from "./support.js"

let test: Awaited<ReturnType<typeof testClient>>
let dbName: string
const runtimes: Array<ManagedRuntime.ManagedRuntime<never, unknown>> = []
const stops: Array<() => void> = []

const instance = () => {
  const runtime = ManagedRuntime.make(
    servicesLayer(MongoStore.layer({ uri: mongoUri(), dbName }), {
      account: {
        initialPassword: "Initial@2026",
        maxFailedSignIns: 5,
        lockoutMs: 60_000,
        sessionIdleMs: 3_600_000,
        sessionAbsoluteMs: 3_600_000
      },
      cookieSecure: false,
      scrypt: { N: 1024, r: 8, p: 1 }
    })
  )
  runtimes.push(runtime as never)
  stops.push(startExportRunner(runtime, silentLogger, { concurrency: 2, leaseMs: 2_000, pollMs: 200 }))
  return runtime
}

beforeAll(async () => {
  test = await testClient()
  dbName = test.dbName("exportinstances")
})
afterAll(async () => {
  for (const stop of stops) stop()
  for (const r of runtimes) await r.dispose()
  await test.close()
})

const task = (id: string, userId: number, patch: Partial<ExportTask> = {}): ExportTask => ({
  id,
  userId,
  username: "root",
  type: 22,
  info: {},
  state: "queued",
  reason: null,
  rows: 0,
  totalRows: null,
  fileName: `${id}.xlsx`,
  fileKey: `${id}.xlsx`,
  createdAt: Date.now(),
  startedAt: null,
  finishedAt: null,
  ...patch
})

const tasks = () => test.client.db(dbName).collection("exportTasks").find({}).sort({ _id: 1 }).toArray()

const settled = async (ids: ReadonlyArray<string>) => {
  for (let i = 0; i < 600; i++) {
    const docs = (await tasks()).filter((d) => ids.includes(String(d._id)))
    if (docs.length === ids.length && docs.every((d) => d.state === "done" || d.state === "failed")) return docs
    await new Promise((r) => setTimeout(r, 50))
  }
  throw new Error("the export tasks did not finish")
}

it("two runners offered the same tasks run each exactly once; files in GridFS; stopped instances' tasks recover", {
  timeout: 120_000
}, async () => {
  const a = instance()
  const b = instance()
  const [root] = await a.runPromise(seedDemoUsers([{ username: "root", name: "root", role: 1 }], "Bench@2026x"))
  const ids = Array.from({ length: 12 }, (_, i) => `t${String(i).padStart(2, "0")}`)
  const past = Date.now() - 60_000
  const crashed = [
    task("crashed-once", root!.id, { state: "running", rows: 3, claim: { owner: "gone", until: past }, attempts: 1 }),
    task("crashed-often", root!.id, { state: "running", claim: { owner: "gone", until: past }, attempts: 3 })
  ]
  const held = task("held", root!.id, { state: "running", claim: { owner: "alive", until: Date.now() + 600_000 } })
  await a.runPromise(
    Effect.flatMap(ExportTaskRepo, (repo) =>
      Effect.forEach([...ids.map((id) => task(id, root!.id)), ...crashed, held], repo.save)
    )
  )
  // Both instances are told of every task at once, as if each had created it.
  for (const runtime of [a, b]) {
    await runtime.runPromise(Effect.flatMap(ExportQueue, (q) => Effect.forEach(ids, (id) => Queue.offer(q, id))))
  }
  const docs = await settled([...ids, "crashed-once", "crashed-often"])
  const byId = new Map(docs.map((d) => [String(d._id), d]))
  for (const id of ids) {
    expect([byId.get(id)!.state, byId.get(id)!.attempts, byId.get(id)!.claim], id).toEqual(["done", 1, null])
  }
  expect([byId.get("crashed-once")!.state, byId.get("crashed-once")!.attempts]).toEqual(["done", 2])
  expect([byId.get("crashed-often")!.state, byId.get("crashed-often")!.reason]).toEqual([
    "failed",
    "the export was interrupted 3 times; create it again"
  ])
  const files = await test.client.db(dbName).collection(`${EXPORT_FILES_BUCKET}.files`).find({}).toArray()
  expect(files.map((f) => f.filename).sort()).toEqual([...ids, "crashed-once"].map((id) => `${id}.xlsx`).sort())
  const stillHeld = (await tasks()).find((d) => String(d._id) === "held")!
  expect([stillHeld.state, stillHeld.claim.owner, stillHeld.attempts ?? 0]).toEqual(["running", "alive", 0])
})
