/**
 * The matching service: one market index per active data version, built from the storage ports on the first
 * request that needs it, or before the switch by an update (ReadModelWarmup); concurrent first requests wait for
 * the same build. Works on any DatasetRepo.
 */
import { Chunk, Context, Effect, Layer, Stream } from "effect"
import type { DatasetPointer } from "../Data/DatasetPointer.js"
import { DatasetRepo } from "../Data/DatasetRepo.js"
import { makeVersionCache } from "../Data/VersionCache.js"
import type { StorageError } from "../Errors.js"
import type { PurchaseRow } from "../Preferences/PreferenceTypes.js"
import { PURCHASE_TYPES } from "../Preferences/PurchaseSummary.js"
import { buildMarketIndexSliced, type MarketCustomer, type MarketIndex } from "./MarketIndex.js"
import { defaultMatchingConfig, type MatchingConfig } from "./MatchingConfig.js"

/** Portraits per read while building; large pages keep the number of store round trips small. */
export const INDEX_PAGE_SIZE = 5_000

export interface MatchingServiceShape {
  readonly config: MatchingConfig
  /** The market index of `pointer`'s version, built on first use and kept until the version changes. */
  readonly indexOf: (pointer: DatasetPointer) => Effect.Effect<MarketIndex, StorageError>
}

const readIndex = (data: DatasetRepo["Type"], pointer: DatasetPointer, config: MatchingConfig) =>
  Effect.gen(function* () {
    const customers: Array<MarketCustomer> = []
    for (let page = 1; ; page++) {
      const found = yield* data.searchPortraits(pointer.version, {}, { page, count: INDEX_PAGE_SIZE })
      for (const p of found.items) {
        customers.push({
          code: p.code,
          name: p.name,
          outletCode: p.outletCode,
          branchCode: p.branchCode,
          riskRating: p.riskRating,
          idleFunds: p.portrait.idleFunds,
          preference: p.preference,
          fluctuation: p.portrait.all?.monthBalance?.fluctuationDegree ?? null
        })
      }
      if (found.items.length < INDEX_PAGE_SIZE || customers.length >= found.total) break
    }
    const products = yield* Stream.runCollect(data.readRows(pointer, "product"))
    const trades = yield* Stream.runCollect(
      data.readRows(pointer, "financial_trade").pipe(
        Stream.filter((t) => PURCHASE_TYPES.has(t.businessType)),
        Stream.map(
          (t): PurchaseRow => ({
            companyCode: t.companyCode,
            productCode: t.productCode,
            businessType: t.businessType,
            tradeTime: t.tradeTime,
            amount: t.amount,
            channel: t.channel
          })
        )
      )
    )
    const holdings = yield* Stream.runCollect(
      data
        .readRows(pointer, "holding")
        .pipe(Stream.map((h) => ({ companyCode: h.companyCode, productCode: h.productCode })))
    )
    // In slices: the build runs on the request thread, which keeps answering reads meanwhile.
    return yield* buildMarketIndexSliced({
      customers,
      products: Chunk.toReadonlyArray(products),
      trades: Chunk.toReadonlyArray(trades),
      holdings: Chunk.toReadonlyArray(holdings),
      day: pointer.analysisDate,
      topSellerDays: config.topSellerDays,
      matching: config
    })
  })

export class MatchingService extends Context.Tag("@wm/core/MatchingService")<MatchingService, MatchingServiceShape>() {
  static readonly layer = (config: MatchingConfig = defaultMatchingConfig) =>
    Layer.effect(
      MatchingService,
      Effect.gen(function* () {
        const data = yield* DatasetRepo
        // Kept per version (Data/VersionCache): an update builds the next version's before its switch.
        const cache = makeVersionCache<MarketIndex, StorageError>()
        const indexOf = (pointer: DatasetPointer) => cache.get(pointer, readIndex(data, pointer, config))
        return { config, indexOf }
      })
    )

  static readonly Default = MatchingService.layer()
}
