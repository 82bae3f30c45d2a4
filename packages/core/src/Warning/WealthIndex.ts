/**
 * The wealth index of the active data version, built on first use and kept until the next update.
 *
 * It reads only through DatasetRepo (portraits, holding, product and financial_trade rows), so it works the same on
 * every store. A data version never changes once active and every update or recompute writes a new version with a
 * new activation time, so the pair keys the index; concurrent first requests share one build.
 */
import { Chunk, Effect, Stream } from "effect"
import type { DatasetPointer } from "../Data/DatasetPointer.js"
import { DatasetRepo } from "../Data/DatasetRepo.js"
import { makeVersionCache } from "../Data/VersionCache.js"
import type { StorageError } from "../Errors.js"
import type { UploadRow } from "../Upload/Specs.js"
import type { UploadType } from "../Upload/UploadType.js"
import { buildWealthIndex, type WealthCustomer, type WealthIndexData } from "./WealthRows.js"

/** Portraits are read in pages of this many (a page of whole read-model documents, joined down to four fields). */
const PORTRAIT_PAGE = 2_000

export class WealthIndex extends Effect.Service<WealthIndex>()("@wm/core/WealthIndex", {
  effect: Effect.gen(function* () {
    const data = yield* DatasetRepo

    const rowsOf = <T extends UploadType>(pointer: DatasetPointer, type: T) =>
      Effect.map(Stream.runCollect(data.readRows(pointer, type)), (rows) => Chunk.toReadonlyArray(rows))

    const customersOf = (version: number) =>
      Effect.gen(function* () {
        const customers: Array<WealthCustomer> = []
        for (let page = 1; ; page++) {
          const found = yield* data.searchPortraits(version, {}, { page, count: PORTRAIT_PAGE })
          for (const p of found.items)
            customers.push({ code: p.code, name: p.name, outletCode: p.outletCode, branchCode: p.branchCode })
          if (found.items.length < PORTRAIT_PAGE || customers.length >= found.total) return customers
        }
      })

    const build = (pointer: DatasetPointer) =>
      Effect.gen(function* () {
        const customers = yield* customersOf(pointer.version)
        const products: ReadonlyArray<UploadRow<"product">> = yield* rowsOf(pointer, "product")
        return buildWealthIndex({
          customers,
          productNames: new Map(products.map((p) => [p.productCode, p.productName])),
          holdings: yield* rowsOf(pointer, "holding"),
          trades: yield* rowsOf(pointer, "financial_trade")
        })
      })

    // Kept per version (Data/VersionCache): an update builds the next version's before its switch.
    const cache = makeVersionCache<WealthIndexData, StorageError>()
    const of = (pointer: DatasetPointer): Effect.Effect<WealthIndexData, StorageError> =>
      cache.get(pointer, build(pointer))

    return { of } as const
  })
}) {}
