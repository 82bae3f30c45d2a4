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

    let entry: { readonly key: string; readonly index: Effect.Effect<WealthIndexData, StorageError> } | undefined

    /** The index of `pointer`'s version; a failed build is forgotten, so the next request tries again. */
    const of = (pointer: DatasetPointer): Effect.Effect<WealthIndexData, StorageError> =>
      Effect.gen(function* () {
        const key = `${pointer.version}/${pointer.appliedAt}`
        if (entry === undefined || entry.key !== key) entry = { key, index: yield* Effect.cached(build(pointer)) }
        const current = entry
        return yield* Effect.tapErrorCause(current.index, () =>
          Effect.sync(() => {
            if (entry === current) entry = undefined
          })
        )
      })

    return { of } as const
  })
}) {}
