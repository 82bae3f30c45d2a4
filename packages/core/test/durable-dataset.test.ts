// The embedded store reopened on the same backings: every kind of record and every data version's bulk data
// come back as they were written; a failed bulk write leaves the previous version active; leftovers are removed.
import { Chunk, Effect, Layer, ManagedRuntime, Option, Stream } from "effect"
import { describe, expect, it } from "vitest"
import { DatasetRepo } from "../src/Data/DatasetRepo.js"
import type { UserId } from "../src/Domain/Ids.js"
import { StorageError } from "../src/Errors.js"
import { MemoryStore } from "../src/index.js"
import { decodeColumns, encodeColumns } from "../src/Memory/BulkEncoding.js"
import { ColumnarKey, type WithColumnar } from "../src/Pipeline/ColumnarDataset.js"
import { RowColumns } from "../src/Pipeline/RowColumns.js"
import { OrganisationRepo } from "../src/Ports/OrganisationRepo.js"
import { SessionRepo, SignInLog } from "../src/Ports/SessionRepo.js"
import { UserRepo } from "../src/Ports/UserRepo.js"
import { BulkFiles, makeMemoryBulkFiles } from "../src/Records/BulkFiles.js"
import { makeMemoryRecordBacking, RecordBacking } from "../src/Records/RecordBacking.js"
import { financialTrade, pointer, product, storedPortrait, tradeFlow } from "../src/testing/contract/datasetFixtures.js"
import { newBranch, newUser, session, signIn, T0 } from "../src/testing/contract/fixtures.js"

const backings = () => ({ records: makeMemoryRecordBacking(), bulk: makeMemoryBulkFiles() })
type Backings = ReturnType<typeof backings>

const open = ({ records, bulk }: Backings) =>
  ManagedRuntime.make(
    MemoryStore.layerOn.pipe(
      Layer.provide(Layer.merge(Layer.succeed(RecordBacking, records), Layer.succeed(BulkFiles, bulk)))
    )
  )

const rowsOf = <T extends "trade_flow" | "product">(at: ReturnType<typeof pointer>, type: T) =>
  Effect.flatMap(DatasetRepo, (repo) => Stream.runCollect(repo.readRows(at, type))).pipe(
    Effect.map(Chunk.toReadonlyArray)
  )

describe("the embedded store on the same backings after a restart", () => {
  it("finds users (and their id counter), sessions, sign-ins and organisations as written", async () => {
    const disk = backings()
    const first = open(disk)
    const ids = await first.runPromise(
      Effect.gen(function* () {
        const users = yield* UserRepo
        const a = yield* users.insert(newUser("alice"))
        yield* users.insert(newUser("bob"))
        yield* users.delete(a.id)
        yield* (yield* SessionRepo).insert(session("h1", 2))
        yield* (yield* SessionRepo).touch("h1", T0 + 120_000)
        yield* (yield* SignInLog).record(signIn(T0, true))
        return (yield* (yield* OrganisationRepo).insertBranch(newBranch("B9"))).id
      })
    )
    await first.dispose()
    const second = open(disk)
    const found = await second.runPromise(
      Effect.gen(function* () {
        const users = yield* UserRepo
        const carol = yield* users.insert(newUser("carol"))
        return {
          usernames: (yield* users.list({}, { page: 1, count: 10 })).items.map((u) => u.username),
          carolId: carol.id,
          seen: Option.map(yield* (yield* SessionRepo).find("h1"), (s) => s.lastSeenAt),
          signIns: (yield* (yield* SignInLog).list({ from: 0, to: T0 })).length,
          branch: Option.map(yield* (yield* OrganisationRepo).findBranch(ids), (b) => b.code)
        }
      })
    )
    await second.dispose()
    expect(found).toEqual({
      usernames: ["bob", "carol"],
      carolId: 3 as UserId,
      seen: Option.some(T0 + 120_000),
      signIns: 1,
      branch: Option.some("B9")
    })
  })

  it("serves the active version's rows, event columns and portraits again, and never an abandoned one", async () => {
    const disk = backings()
    const first = open(disk)
    const trades = [tradeFlow("A1", "2024-01-02 09:00:00"), tradeFlow("A2", "2024-01-03 10:00:00", { channel: null })]
    const active = pointer(1, { product: 1 })
    await first.runPromise(
      Effect.gen(function* () {
        const repo = yield* DatasetRepo
        const v = yield* repo.reserveVersion()
        yield* repo.writeRows(v, "product", [product("P1"), product("P2")])
        yield* repo.writeRows(v, "trade_flow", trades)
        yield* repo.writePortraits(v, [storedPortrait("C1"), storedPortrait("C2")])
        yield* repo.activate(active)
        // A version written but never activated (a crash mid-apply): its rows must not come back.
        const abandoned = yield* repo.reserveVersion()
        yield* repo.writeRows(abandoned, "trade_flow", [tradeFlow("A3", "2024-01-04 10:00:00")])
      })
    )
    await first.dispose()
    const second = open(disk)
    const seen = await second.runPromise(
      Effect.gen(function* () {
        const repo = yield* DatasetRepo
        const columns = (repo as typeof repo & WithColumnar)[ColumnarKey]!.columnsOf(active, "trade_flow")
        return {
          pointer: yield* repo.pointer(),
          products: yield* rowsOf(active, "product"),
          trades: yield* rowsOf(pointer(5, { product: 1 }), "trade_flow"),
          columns: columns.reduce((n, c) => n + c.length, 0),
          portrait: Option.map(yield* repo.portrait(1, "C2"), (p) => p),
          next: yield* repo.reserveVersion()
        }
      })
    )
    await second.dispose()
    expect(seen.pointer).toEqual(Option.some(active))
    expect(seen.products).toEqual([product("P1"), product("P2")])
    expect(seen.trades).toEqual(trades)
    expect(seen.columns).toBe(2)
    expect(seen.portrait).toEqual(Option.some(storedPortrait("C2")))
    expect(seen.next).toBe(2)
  })

  it("a failing bulk write fails activate and leaves the previous version active, here and after a restart", async () => {
    const disk = backings()
    let failing = false
    const bulk: BulkFiles["Type"] = {
      ...disk.bulk,
      write: (name, parts) =>
        failing
          ? Effect.fail(
              new StorageError({ operation: "bulk.write", unavailable: false, cause: new Error("disk full") })
            )
          : disk.bulk.write(name, parts)
    }
    const first = open({ records: disk.records, bulk })
    const outcome = await first.runPromise(
      Effect.gen(function* () {
        const repo = yield* DatasetRepo
        yield* repo.writeRows(1, "product", [product("P1")])
        yield* repo.activate(pointer(1, { product: 1 }))
        failing = true
        yield* repo.writeRows(2, "product", [product("P9")])
        const failed = yield* Effect.either(repo.activate(pointer(2, { product: 2 })))
        return { failed: failed._tag, pointer: yield* repo.pointer() }
      })
    )
    await first.dispose()
    expect(outcome).toEqual({ failed: "Left", pointer: Option.some(pointer(1, { product: 1 })) })
    const second = open(disk)
    const products = await second.runPromise(rowsOf(pointer(1, { product: 1 }), "product"))
    await second.dispose()
    expect(products).toEqual([product("P1")])
  })

  it("removes files that no record names when it opens (leftovers of a crash)", async () => {
    const disk = backings()
    await Effect.runPromise(disk.bulk.write("v7.trade_flow.0.cols", [new Uint8Array([1, 2, 3])]))
    const store = open(disk)
    await store.runPromise(Effect.flatMap(DatasetRepo, (r) => r.pointer()))
    await store.dispose()
    expect(await Effect.runPromise(disk.bulk.list())).toEqual([])
  })
})

describe("the binary form of event columns", () => {
  it("gives back every row as written, nulls, values kept aside and absent fields included, past one block", () => {
    const rows = RowColumns.of("financial_trade", [
      financialTrade("T1"),
      financialTrade("T2", { tradeTime: "2024-03-01T10:15:00" as never, interestRate: 2.5 }),
      { ...financialTrade("T3"), channel: undefined as never }
    ])
    for (let i = 0; i < 40_000; i++) rows.push(financialTrade(`X${i}`, { amount: i / 7 }))
    const bytes = encodeColumns(rows)
    const joined = new Uint8Array(bytes.reduce((n, b) => n + b.byteLength, 0))
    let at = 0
    for (const b of bytes) {
      joined.set(b, at)
      at += b.byteLength
    }
    const back = decodeColumns("financial_trade", joined)
    expect(back.length).toBe(rows.length)
    for (const i of [0, 1, 2, 3, 32_767, 32_768, rows.length - 1]) expect(back.row(i)).toEqual(rows.row(i))
    expect("channel" in back.row(2)).toBe(false)
  })
})
