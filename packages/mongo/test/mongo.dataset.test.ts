// What the MongoDB DatasetRepo guarantees beyond the port contract: how rows, the pointer and portraits are
// stored, batches and shards, stored rows the adapter rejects, and storage failures as StorageError.
import { createServer } from "node:net"
import { type DatasetPointer, DatasetRepo, type StoredPortrait, type UploadRow } from "@wm/core"
import { Chunk, Effect, Layer, Option, Stream } from "effect"
import { MongoClient } from "mongodb"
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest"
import { makeDatasetRepo } from "../src/DatasetRepo.js"
import { MongoStore } from "../src/index.js"
import { pack, packJson, unpack } from "../src/packed.js"
import { shardOf } from "../src/versionedCollections.js"
import { storedRows } from "./support/storedDataset.js"
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

/** Enough of a portrait for storage: the adapter checks only the identifying fields and `portrait`. */
const storedPortrait = (code: string, name: string) =>
  ({ code, name, outletCode: "O1", branchCode: "B1", portrait: { score: 1 } }) as unknown as StoredPortrait

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
  it("a batch is one packed document in rows.<type>.<version>.<first seq>, listed in rowBatches", async () => {
    await run(
      Effect.gen(function* () {
        const repo = yield* DatasetRepo
        const v = yield* repo.reserveVersion()
        yield* repo.writeRows(v, "trade_flow", [flow("A1", 1), flow("A2", 2)])
        yield* repo.writeRows(v, "trade_flow", [flow("A3", 3)])
        yield* repo.writeRows(v, "trade_flow", [])
      })
    )
    const batches = async (name: string) =>
      (await raw(name).find({}).toArray()).map((doc) => ({ _id: doc._id, rows: unpack(doc.z) }))
    expect(await batches("rows.trade_flow.1.0")).toEqual([{ _id: "batch", rows: [flow("A1", 1), flow("A2", 2)] }])
    expect(await batches("rows.trade_flow.1.2")).toEqual([{ _id: "batch", rows: [flow("A3", 3)] }])
    const listed = await raw("rowBatches").find({}).toArray()
    expect(listed.sort((a, b) => a.first - b.first)).toEqual([
      { _id: "trade_flow:1:0", type: "trade_flow", version: 1, first: 0, count: 2 },
      { _id: "trade_flow:1:2", type: "trade_flow", version: 1, first: 2, count: 1 }
    ])
    expect((await storedRows(test.client.db(dbName))).map((r) => r.seq)).toEqual([0, 1, 2])
  })

  it("a large write is cut into batches of 5,000 rows, read back in order", async () => {
    const rows = Array.from({ length: 12_001 }, (_, i) => flow(`A${i}`, i))
    const read = await run(
      Effect.gen(function* () {
        const repo = yield* DatasetRepo
        yield* repo.writeRows(1, "trade_flow", rows)
        return yield* readAll(pointer(1))
      })
    )
    expect((await raw("rowBatches").find({}).toArray()).map((e) => e.count).sort()).toEqual([2_001, 5_000, 5_000])
    expect(read).toEqual(rows)
  })

  it("one customer's rows of a version are indexed once, in shards, and rebuilt when the version grows", async () => {
    const other = { ...flow("B1", 7), companyCode: "C2" }
    const page = await run(
      Effect.gen(function* () {
        const repo = yield* DatasetRepo
        yield* repo.writeRows(1, "trade_flow", [flow("A1", 1), other])
        const first = yield* repo.tradesOf(pointer(1), "trade_flow", "C1", { page: 1, count: 10 })
        yield* repo.writeRows(1, "trade_flow", [flow("A2", 2)])
        const second = yield* repo.tradesOf(pointer(1), "trade_flow", "C1", { page: 1, count: 10 })
        return [first, second] as const
      })
    )
    expect(page[0]).toEqual({ total: 1, items: [flow("A1", 1)] })
    expect(page[1]).toEqual({ total: 2, items: [flow("A2", 2), flow("A1", 1)] })
    // Three rows make one shard.
    const doc = await raw(`customers.trade_flow.1.${shardOf("C1", 1)}`).findOne({ _id: "C1" as never })
    expect(unpack(doc!.z)).toEqual([
      [0, flow("A1", 1)],
      [2, flow("A2", 2)]
    ])
    expect(await raw("customerIndexes").find({}).toArray()).toEqual([
      { _id: "trade_flow:1", type: "trade_flow", version: 1, batches: 2, shards: 1 }
    ])
  })

  it("discarding and collecting versions drops their collections", async () => {
    const names = async () =>
      (await test.client.db(dbName).listCollections({}, { nameOnly: true }).toArray())
        .map((c) => c.name)
        .filter((n) => /^(rows|customers|portraits|portraitKeys)\./.test(n))
        .sort()
    await run(
      Effect.gen(function* () {
        const repo = yield* DatasetRepo
        yield* repo.writeRows(1, "product", [{ productCode: "P1" } as never])
        yield* repo.writeRows(2, "product", [{ productCode: "P2" } as never])
        yield* repo.writeRows(3, "product", [{ productCode: "P3" } as never])
        yield* repo.discardAbove(2)
        yield* repo.collectGarbage(pointer(2, { product: 2 }))
      })
    )
    expect(await names()).toEqual(["rows.product.2.0"])
    expect((await raw("rowBatches").find({}).toArray()).map((e) => e._id)).toEqual(["product:2:0"])
  })

  it("the pointer is one document, replaced by each activate", async () => {
    await run(
      Effect.flatMap(DatasetRepo, (repo) =>
        Effect.zipRight(repo.activate(pointer(1, { product: 1 })), repo.activate(pointer(2, { company: 2 })))
      )
    )
    expect(await raw("datasetPointer").find({}).toArray()).toEqual([{ _id: "active", ...pointer(2, { company: 2 }) }])
  })

  it("a portrait is one packed document in its version's shard, found by code; the keys serve the search", async () => {
    const portrait = await run(
      Effect.gen(function* () {
        const repo = yield* DatasetRepo
        yield* repo.writePortraits(4, [storedPortrait("C1", "First"), storedPortrait("C2", "Second")])
        yield* repo.writePortraits(4, [storedPortrait("C1", "Renamed")])
        return yield* repo.portrait(4, "C1")
      })
    )
    expect(Option.getOrThrow(portrait).name).toBe("Renamed")
    // Two portraits make one shard; the count is stored with the keys.
    expect(await raw("portraitKeys.4").findOne({ _id: "shards" as never })).toEqual({ _id: "shards", n: 1 })
    const doc = await raw(`portraits.4.${shardOf("C1", 1)}`).findOne({ _id: "C1" as never })
    expect(unpack(doc!.z)).toEqual(storedPortrait("C1", "Renamed"))
    expect(unpack((await raw("portraitKeys.4").findOne({ _id: "keys:0" as never }))!.z)).toEqual([
      ["C1", "Renamed", "O1", "B1"],
      ["C2", "Second", "O1", "B1"]
    ])
  })

  it("a portrait is found after its version was rewritten in another shard count (a reset database)", async () => {
    const db = test.client.db(dbName)
    const first = makeDatasetRepo(db)
    const code = ["C1", "C2", "C3", "C4", "C5"].find((c) => shardOf(c, 3) !== shardOf(c, 1))!
    await Effect.runPromise(first.writePortraits(4, [storedPortrait(code, "Before")]))
    expect(Option.getOrThrow(await Effect.runPromise(first.portrait(4, code))).name).toBe("Before")
    await db.dropDatabase()
    const many = Array.from({ length: 450 }, (_, i) => storedPortrait(`X${i}`, "Other"))
    await Effect.runPromise(makeDatasetRepo(db).writePortraits(4, [...many, storedPortrait(code, "After")]))
    expect(await raw("portraitKeys.4").findOne({ _id: "shards" as never })).toEqual({ _id: "shards", n: 3 })
    expect(Option.getOrThrow(await Effect.runPromise(first.portrait(4, code))).name).toBe("After")
  })

  it("a stored row holding something other than a plain value is a StorageError, not a defect", async () => {
    await run(Effect.flatMap(DatasetRepo, (repo) => repo.writeRows(1, "trade_flow", [flow("A1", 1)])))
    await raw("rows.trade_flow.1.0").updateOne({}, { $set: { z: pack([{ ...flow("A1", 1), tradeTime: {} }]) } })
    const error = await run(Effect.flip(readAll(pointer(1))))
    expect(error).toMatchObject({ _tag: "StorageError", unavailable: false })
    expect(error.message).toMatch(/read trade_flow rows of version 1: a stored document is invalid/)
    expect(error.message).toMatch(/tradeTime/)
  })

  it("a stored batch that is not packed JSON is a StorageError, not a defect", async () => {
    await run(Effect.flatMap(DatasetRepo, (repo) => repo.writeRows(1, "trade_flow", [flow("A1", 1)])))
    await raw("rows.trade_flow.1.0").updateOne({}, { $set: { z: packJson("[{") } })
    expect(await run(Effect.flip(readAll(pointer(1))))).toMatchObject({ _tag: "StorageError", unavailable: false })
    await raw("rows.trade_flow.1.0").updateOne({}, { $set: { z: "not binary" } })
    const error = await run(Effect.flip(readAll(pointer(1))))
    expect(error).toMatchObject({ _tag: "StorageError", unavailable: false })
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
