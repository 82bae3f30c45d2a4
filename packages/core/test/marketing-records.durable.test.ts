// Marketing records and focus lists on the embedded store live in RecordTables: a store rebuilt over the same
// backing (what a restart does with the disk backing) reads back what the previous one wrote.
import { Effect, Layer, Option } from "effect"
import { describe, expect, it } from "vitest"
import {
  BulkFiles,
  FocusRepo,
  MarketingRepo,
  MemoryStore,
  makeMemoryBulkFiles,
  makeMemoryRecordBacking,
  RecordBacking,
  StorageError
} from "../src/index.js"
import { marketingRecord } from "../src/testing/contract/marketingRepo.js"

describe("marketing records and focus lists on the embedded store", () => {
  it("survive a rebuild of the store over the same backing, secondary indexes included", async () => {
    const backing = makeMemoryRecordBacking()
    const store = () =>
      MemoryStore.layerOn.pipe(
        Layer.provide(Layer.merge(Layer.succeed(RecordBacking, backing), Layer.sync(BulkFiles, makeMemoryBulkFiles)))
      )
    await Effect.runPromise(
      Effect.gen(function* () {
        const repo = yield* MarketingRepo
        yield* repo.insert(marketingRecord("m1"))
        yield* repo.insert(marketingRecord("m2", { createTime: 1 }))
        yield* repo.delete("m2")
        yield* (yield* FocusRepo).add({ userId: 4, companyCode: "C1", createdAt: 5 })
      }).pipe(Effect.provide(store()))
    )
    const reread = await Effect.runPromise(
      Effect.gen(function* () {
        const repo = yield* MarketingRepo
        return {
          found: yield* repo.find("m1"),
          list: yield* repo.listByCompany({ companyCode: "C1" }, { page: 1, count: 10 }),
          focus: yield* (yield* FocusRepo).list(4)
        }
      }).pipe(Effect.provide(store()))
    )
    expect(reread.found).toEqual(Option.some(marketingRecord("m1")))
    expect(reread.list.items.map((r) => r.id)).toEqual(["m1"])
    expect(reread.focus).toEqual([{ userId: 4, companyCode: "C1", createdAt: 5 }])
  })

  it("a failed write leaves the record and the customer's list as they were", async () => {
    const inner = makeMemoryRecordBacking()
    let failing = false
    const backing: RecordBacking["Type"] = {
      load: inner.load,
      write: (changes) =>
        failing
          ? Effect.fail(new StorageError({ operation: "records.write", unavailable: true }))
          : inner.write(changes)
    }
    const layer = MemoryStore.layerOn.pipe(
      Layer.provide(Layer.merge(Layer.succeed(RecordBacking, backing), Layer.sync(BulkFiles, makeMemoryBulkFiles)))
    )
    const after = await Effect.runPromise(
      Effect.gen(function* () {
        const repo = yield* MarketingRepo
        yield* repo.insert(marketingRecord("m1"))
        failing = true
        yield* Effect.either(repo.update(marketingRecord("m1", { companyCode: "C9" })))
        yield* Effect.either(repo.insert(marketingRecord("m2")))
        return {
          found: yield* repo.find("m1"),
          c1: yield* repo.listByCompany({ companyCode: "C1" }, { page: 1, count: 10 }),
          c9: yield* repo.listByCompany({ companyCode: "C9" }, { page: 1, count: 10 })
        }
      }).pipe(Effect.provide(layer))
    )
    expect(after.found).toEqual(Option.some(marketingRecord("m1")))
    expect(after.c1.items.map((r) => r.id)).toEqual(["m1"])
    expect(after.c9.total).toBe(0)
  })
})
