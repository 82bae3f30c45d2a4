// What the MongoDB DatasetRepo guarantees beyond the port contract: how rows, the pointer and portraits are
// stored, indexes, stored rows the adapter rejects, and storage failures as StorageError.
import { createServer } from "node:net"
import { type DatasetPointer, DatasetRepo, type UploadRow } from "@wm/core"
import { Chunk, Effect, Layer, Stream } from "effect"
import { MongoClient } from "mongodb"
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest"
import { makeDatasetRepo } from "../src/DatasetRepo.js"
import { MongoStore } from "../src/index.js"
import { testClient } from "./support.js"

let test: Awaited<ReturnType<typeof testClient>>
let dbName: string
let run: <A, E>(program: Effect.Effect<A, E, MongoStore.MongoStorePorts>) => Promise<A>

beforeAll(async () => {
  test = await testClient()
})
afterAll(() => test.close())
beforeEach(() => {
  dbName = test.dbName("dataset")
  const layer = Layer.memoize(MongoStore.layerFromClient(test.client, dbName))
  run = (program) => Effect.runPromise(Effect.scoped(Effect.flatMap(layer, (l) => Effect.provide(program, l))))
})

const raw = (collection: string) => test.client.db(dbName).collection(collection)

const flow = (accountNo: string, amount: number): UploadRow<"trade_flow"> => ({
  companyCode: "C1",
  accountNo,
  tradeTime: "2024-01-02 09:00:00",
  direction: "借",
  amount,
  balance: -5.5,
  counterpartyBank: null,
  channel: "柜台"
})

const pointer = (version: number, snapshots: DatasetPointer["snapshots"] = {}): DatasetPointer => ({
  version,
  appliedAt: 1_700_000_000_000,
  snapshots,
  analysisDate: null
})

const readAll = (at: DatasetPointer) =>
  Effect.flatMap(DatasetRepo, (repo) => Stream.runCollect(repo.readRows(at, "trade_flow"))).pipe(
    Effect.map(Chunk.toReadonlyArray)
  )

describe("stored dataset documents", () => {
  it("rows are {type, version, seq, row}, seq continuing across batches of one version and type", async () => {
    await run(
      Effect.gen(function* () {
        const repo = yield* DatasetRepo
        const v = yield* repo.reserveVersion()
        yield* repo.writeRows(v, "trade_flow", [flow("A1", 1), flow("A2", 2)])
        yield* repo.writeRows(v, "trade_flow", [flow("A3", 3)])
        yield* repo.writeRows(v, "trade_flow", [])
      })
    )
    const docs = await raw("datasetRows")
      .find({}, { projection: { _id: 0 } })
      .sort({ seq: 1 })
      .toArray()
    expect(docs).toEqual([
      { type: "trade_flow", version: 1, seq: 0, row: flow("A1", 1) },
      { type: "trade_flow", version: 1, seq: 1, row: flow("A2", 2) },
      { type: "trade_flow", version: 1, seq: 2, row: flow("A3", 3) }
    ])
  })

  it("the pointer is one document, replaced by each activate", async () => {
    await run(
      Effect.flatMap(DatasetRepo, (repo) =>
        Effect.zipRight(repo.activate(pointer(1, { product: 1 })), repo.activate(pointer(2, { company: 2 })))
      )
    )
    expect(await raw("datasetPointer").find({}).toArray()).toEqual([{ _id: "active", ...pointer(2, { company: 2 }) }])
  })

  it("the row and portrait indexes exist", async () => {
    await run(Effect.void)
    const names = async (collection: string) => (await raw(collection).indexes()).map((i) => i.name).sort()
    expect(await names("datasetRows")).toEqual([
      "_id_",
      "type_companyCode_tradeTime_version_seq",
      "type_version_seq_unique"
    ])
    expect(await names("portraits")).toEqual([
      "_id_",
      "version_branchCode",
      "version_code_unique",
      "version_outletCode"
    ])
  })

  it("a stored row holding something other than a plain value is a StorageError, not a defect", async () => {
    await run(Effect.flatMap(DatasetRepo, (repo) => repo.writeRows(1, "trade_flow", [flow("A1", 1)])))
    await raw("datasetRows").updateOne({ seq: 0 }, { $set: { "row.tradeTime": new Date(0) } })
    const error = await run(Effect.flip(readAll(pointer(1))))
    expect(error).toMatchObject({ _tag: "StorageError", unavailable: false })
    expect(error.message).toMatch(/read an upload row: a stored document is invalid/)
  })

  it("a stream read only in part stops early and leaves the repo usable", async () => {
    const rows = Array.from({ length: 2_500 }, (_, i) => flow(`A${i}`, i))
    const [firstTwo, count] = await run(
      Effect.gen(function* () {
        const repo = yield* DatasetRepo
        yield* repo.writeRows(1, "trade_flow", rows)
        const firstTwo = yield* Stream.runCollect(Stream.take(repo.readRows(pointer(1), "trade_flow"), 2))
        const count = yield* Stream.runCount(repo.readRows(pointer(1), "trade_flow"))
        return [Chunk.toReadonlyArray(firstTwo), count] as const
      })
    )
    expect(firstTwo).toEqual(rows.slice(0, 2))
    expect(count).toBe(2_500)
  })
})

describe("storage failures", () => {
  const closedPort = () =>
    new Promise<number>((done) => {
      const server = createServer().listen(0, "127.0.0.1", () => {
        const address = server.address()
        server.close(() => done(typeof address === "object" && address !== null ? address.port : 1))
      })
    })

  it("are StorageErrors marked unavailable, for reads, row streams and writes alike", async () => {
    const port = await closedPort()
    const client = new MongoClient(`mongodb://127.0.0.1:${port}/?serverSelectionTimeoutMS=300`)
    try {
      const repo = makeDatasetRepo(client.db("wm"))
      const failures = await Effect.runPromise(
        Effect.all([
          Effect.flip(repo.pointer()),
          Effect.flip(Stream.runDrain(repo.readRows(pointer(1), "trade_flow"))),
          Effect.flip(repo.writeRows(1, "trade_flow", [flow("A1", 1)])),
          Effect.flip(repo.portrait(1, "C1"))
        ])
      )
      for (const error of failures) expect(error).toMatchObject({ _tag: "StorageError", unavailable: true })
    } finally {
      await client.close()
    }
  })
})
