// What the MongoDB DatasetRepo guarantees beyond the port contract: how rows, the pointer and portraits are
// stored (one document per row or customer, typed fields, indexes), stored rows the adapter rejects, and storage
// failures as StorageError.
import { createServer } from "node:net"
import { type DatasetPointer, DatasetRepo, type StoredPortrait, type UploadRow } from "@wm/core"
import { Chunk, Effect, Layer, Option, Stream } from "effect"
import { MongoClient } from "mongodb"
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest"
import { makeDatasetRepo } from "../src/DatasetRepo.js"
import { MongoStore } from "../src/index.js"
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
  it("a row is one document in <type>.v<version>: _id its seq, dates as dates, empty columns left out", async () => {
    await run(
      Effect.gen(function* () {
        const repo = yield* DatasetRepo
        const v = yield* repo.reserveVersion()
        yield* repo.writeRows(v, "trade_flow", [flow("A1", 1), flow("A2", 2.5)])
        yield* repo.writeRows(v, "trade_flow", [flow("A3", 3)])
        yield* repo.writeRows(v, "trade_flow", [])
      })
    )
    const docs = await raw("trade_flow.v1").find({}).sort({ _id: 1 }).toArray()
    expect(docs.map((d) => d._id)).toEqual([0, 1, 2])
    expect(docs[1]).toEqual({
      _id: 1,
      companyCode: "C1",
      accountNo: "A2",
      tradeTime: new Date("2024-01-02T09:00:00Z"),
      direction: "借",
      amount: 2.5,
      balance: -5.5,
      channel: "柜台"
    })
    expect((await storedRows(test.client.db(dbName))).map((r) => r.seq)).toEqual([0, 1, 2])
  })

  it("a version's collections have the indexes its reads use once it is activated", async () => {
    await run(
      Effect.gen(function* () {
        const repo = yield* DatasetRepo
        yield* repo.writeRows(1, "trade_flow", [flow("A1", 1)])
        yield* repo.writeRows(1, "holding", [
          { companyCode: "C1", productCode: "P1", balance: 1, valueDate: "2024-01-01", expiryDate: "2024-06-30" }
        ])
        yield* repo.writePortraits(1, [storedPortrait("C1", "First")])
        yield* repo.activate(pointer(1, { holding: 1 }))
      })
    )
    const keys = async (name: string) => (await raw(name).indexes()).map((i) => i.key)
    expect(await keys("trade_flow.v1")).toContainEqual({ companyCode: 1, tradeTime: -1, _id: -1 })
    expect(await keys("holding.v1")).toContainEqual({ companyCode: 1, _id: 1 })
    expect(await keys("portraits.v1")).toEqual(
      expect.arrayContaining([
        { branchCode: 1, _id: 1 },
        { outletCode: 1, _id: 1 }
      ])
    )
  })

  it("a large write is read back in order, across pages", async () => {
    const rows = Array.from({ length: 22_001 }, (_, i) => flow(`A${i}`, i))
    const read = await run(
      Effect.gen(function* () {
        const repo = yield* DatasetRepo
        yield* repo.writeRows(1, "trade_flow", rows.slice(0, 5_000))
        yield* repo.writeRows(1, "trade_flow", rows.slice(5_000))
        return yield* readAll(pointer(1))
      })
    )
    expect(await raw("trade_flow.v1").countDocuments()).toBe(22_001)
    expect(read).toEqual(rows)
  })

  it("a customer's trades across several event uploads are one page, newest first, later uploads first", async () => {
    const at = (accountNo: string, tradeTime: string) => ({ ...flow(accountNo, 1), tradeTime })
    const page = await run(
      Effect.gen(function* () {
        const repo = yield* DatasetRepo
        yield* repo.writeRows(1, "trade_flow", [at("A1", "2024-01-01 09:00:00"), at("A2", "2024-01-03 09:00:00")])
        yield* repo.writeRows(2, "trade_flow", [at("B1", "2024-01-02 09:00:00"), at("B2", "2024-01-03 09:00:00")])
        yield* repo.writeRows(3, "trade_flow", [at("C1", "2024-01-05 09:00:00")])
        return yield* repo.tradesOf(pointer(2), "trade_flow", "C1", { page: 2, count: 2 })
      })
    )
    expect(page.total).toBe(4)
    expect(page.items.map((r) => r.accountNo)).toEqual(["B1", "A1"])
  })

  it("discarding and collecting versions drops their collections", async () => {
    const names = async () =>
      (await test.client.db(dbName).listCollections({}, { nameOnly: true }).toArray())
        .map((c) => c.name)
        .filter((n) => /\.v\d+$/.test(n))
        .sort()
    const product = (productCode: string) => ({ productCode }) as never
    await run(
      Effect.gen(function* () {
        const repo = yield* DatasetRepo
        yield* repo.writeRows(1, "product", [product("P1")])
        yield* repo.writeRows(1, "trade_flow", [flow("A1", 1)])
        yield* repo.writePortraits(1, [storedPortrait("C1", "One")])
        yield* repo.writeRows(2, "product", [product("P2")])
        yield* repo.writePortraits(2, [storedPortrait("C1", "Two")])
        yield* repo.writeRows(3, "product", [product("P3")])
        yield* repo.writeRows(3, "trade_flow", [flow("A3", 1)])
        yield* repo.discardAbove(2)
        yield* repo.collectGarbage(pointer(2, { product: 2 }))
      })
    )
    // Event rows are history: kept.
    expect(await names()).toEqual(["portraits.v2", "product.v2", "trade_flow.v1"])
  })

  it("the pointer is one document, replaced by each activate", async () => {
    await run(
      Effect.flatMap(DatasetRepo, (repo) =>
        Effect.zipRight(repo.activate(pointer(1, { product: 1 })), repo.activate(pointer(2, { company: 2 })))
      )
    )
    expect(await raw("datasetPointer").find({}).toArray()).toEqual([{ _id: "active", ...pointer(2, { company: 2 }) }])
  })

  it("a portrait is one document in portraits.v<version>, _id its code, rewritten by a later write", async () => {
    const portrait = await run(
      Effect.gen(function* () {
        const repo = yield* DatasetRepo
        yield* repo.writePortraits(4, [storedPortrait("C1", "First"), storedPortrait("C2", "Second")])
        yield* repo.writePortraits(4, [storedPortrait("C1", "Renamed")])
        return yield* repo.portrait(4, "C1")
      })
    )
    expect(Option.getOrThrow(portrait).name).toBe("Renamed")
    expect(await raw("portraits.v4").find({}).sort({ _id: 1 }).toArray()).toEqual([
      { _id: "C1", name: "Renamed", outletCode: "O1", branchCode: "B1", portrait: { score: 1 } },
      { _id: "C2", name: "Second", outletCode: "O1", branchCode: "B1", portrait: { score: 1 } }
    ])
  })

  it("a stored row holding something other than a plain value is a StorageError naming the field", async () => {
    await run(Effect.flatMap(DatasetRepo, (repo) => repo.writeRows(1, "trade_flow", [flow("A1", 1)])))
    await raw("trade_flow.v1").updateOne({}, { $set: { tradeTime: {} } })
    const error = await run(Effect.flip(readAll(pointer(1))))
    expect(error).toMatchObject({ _tag: "StorageError", unavailable: false })
    expect(error.message).toMatch(/read trade_flow rows of version 1: the stored trade_flow row 0 has an invalid field/)
    expect(error.message).toMatch(/tradeTime/)
    await raw("trade_flow.v1").updateOne(
      {},
      { $set: { tradeTime: new Date("2024-01-02T09:00:00Z"), amount: new Date() } }
    )
    expect(await run(Effect.flip(readAll(pointer(1))))).toMatchObject({ _tag: "StorageError", unavailable: false })
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
