/**
 * The embedded store's AdvisorProductRepo over a RecordBacking (one record per product, keyed by id). Writes are
 * serialised so that the code check and the write of one request cannot interleave with another's.
 */
import { Effect, Option } from "effect"
import type { AdvisorProduct } from "../Domain/AdvisorProduct.js"
import { Conflict as CodeConflict, NotFound, type StorageError } from "../Errors.js"
import { type AdvisorProductRepo, codeTaken } from "../Ports/AdvisorProductRepo.js"
import { plainCodec, RecordTable } from "../Records/RecordTable.js"

const newestFirst = (a: AdvisorProduct, b: AdvisorProduct) =>
  b.createAt - a.createAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

export const makeMemoryAdvisorProductRepo = Effect.gen(function* () {
  const products = yield* RecordTable.load("advisorProducts", plainCodec<AdvisorProduct>())
  const lock = yield* Effect.makeSemaphore(1)
  const withCode = (code: string) => {
    for (const p of products.values()) if (p.code === code) return p
    return undefined
  }
  // A copy: a caller mutating its object later must not change what was stored.
  const copy = (p: AdvisorProduct): AdvisorProduct => JSON.parse(JSON.stringify(p)) as AdvisorProduct
  return {
    find: (id) => Effect.sync(() => Option.fromNullable(products.get(id)).pipe(Option.map(copy))),
    findByCode: (code) => Effect.sync(() => Option.fromNullable(withCode(code)).pipe(Option.map(copy))),
    insert: (product) =>
      lock.withPermits(1)(
        Effect.suspend((): Effect.Effect<void, CodeConflict | StorageError> => {
          if (products.has(product.id))
            return Effect.fail(new CodeConflict({ reason: `product id ${product.id} exists` }))
          if (withCode(product.code) !== undefined)
            return Effect.fail(new CodeConflict({ reason: codeTaken(product.code) }))
          return products.put(product.id, copy(product))
        })
      ),
    replace: (product) =>
      lock.withPermits(1)(
        Effect.suspend((): Effect.Effect<void, NotFound | CodeConflict | StorageError> => {
          if (!products.has(product.id))
            return Effect.fail(new NotFound({ entity: "advisor product", key: product.id }))
          const other = withCode(product.code)
          if (other !== undefined && other.id !== product.id) {
            return Effect.fail(new CodeConflict({ reason: codeTaken(product.code) }))
          }
          return products.put(product.id, copy(product))
        })
      ),
    page: (offset, limit) =>
      Effect.sync(() => {
        const all = [...products.values()].sort(newestFirst)
        return { total: all.length, items: all.slice(offset, offset + limit).map(copy) }
      })
  } satisfies AdvisorProductRepo["Type"]
})
