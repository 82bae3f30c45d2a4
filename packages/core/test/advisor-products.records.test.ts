// Advisor-zone products on the embedded store are written through its RecordBacking: a store opened again on the
// same backing (as after a restart on the disk backing) reads them back, and a failed write changes nothing.
import { Effect, Layer, Option } from "effect"
import { describe, expect, it } from "vitest"
import {
  type AdvisorProduct,
  AdvisorProductRepo,
  BulkFiles,
  MemoryStore,
  makeMemoryBulkFiles,
  makeMemoryRecordBacking,
  RecordBacking,
  StorageError
} from "../src/index.js"

const product: AdvisorProduct = {
  id: "p-1",
  type: "qdii",
  name: "全球精选",
  code: "QD1",
  h5Url: "",
  tags: ["海外"],
  introduction: "",
  sellType: "direct",
  status: 0,
  image: null,
  financial: { keywords: ["a"] },
  fund: null,
  purchaseAmount: 1000,
  viewCount: 0,
  creator: "@staff_a:x",
  updater: "@staff_a:x",
  createAt: 1,
  updateAt: 1
}

const storeOn = (backing: RecordBacking["Type"]) =>
  MemoryStore.layerOn.pipe(
    Layer.provide(Layer.merge(Layer.succeed(RecordBacking, backing), Layer.sync(BulkFiles, makeMemoryBulkFiles)))
  )

describe("advisor products on the embedded store", () => {
  it("survive reopening the store on the same backing", async () => {
    const backing = makeMemoryRecordBacking()
    await Effect.runPromise(
      Effect.flatMap(AdvisorProductRepo, (r) => r.insert(product)).pipe(Effect.provide(storeOn(backing)))
    )
    const found = await Effect.runPromise(
      Effect.flatMap(AdvisorProductRepo, (r) => r.findByCode("QD1")).pipe(Effect.provide(storeOn(backing)))
    )
    expect(found).toEqual(Option.some(product))
  })

  it("a write the backing refuses leaves the product as it was", async () => {
    const inner = makeMemoryRecordBacking()
    let failing = false
    const backing: RecordBacking["Type"] = {
      load: inner.load,
      write: (changes) =>
        failing ? Effect.fail(new StorageError({ operation: "write", unavailable: true })) : inner.write(changes)
    }
    const result = await Effect.runPromise(
      Effect.gen(function* () {
        const repo = yield* AdvisorProductRepo
        yield* repo.insert(product)
        failing = true
        const failed = yield* Effect.either(repo.replace({ ...product, name: "改" }))
        failing = false
        return { failed: failed._tag, now: yield* repo.find("p-1") }
      }).pipe(Effect.provide(storeOn(backing)))
    )
    expect(result).toEqual({ failed: "Left", now: Option.some(product) })
  })
})
