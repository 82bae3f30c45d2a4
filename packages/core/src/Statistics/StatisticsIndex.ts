/**
 * The statistics and listed-company read models of the active data version, built on first use and kept until the
 * next update (as WealthIndex, whose joined rows they reuse). They read only through the ports, so they work the
 * same on every store; concurrent first requests share one build and a failed build is forgotten.
 */
import { Chunk, Effect, Stream } from "effect"
import type { DatasetPointer } from "../Data/DatasetPointer.js"
import { DatasetRepo } from "../Data/DatasetRepo.js"
import { makeVersionCache } from "../Data/VersionCache.js"
import type { StorageError } from "../Errors.js"
import { WealthIndex } from "../Warning/WealthIndex.js"
import { buildListed, type ListedCustomer, type ListedEntry } from "./Listed.js"
import { buildStatsData, type StatsData } from "./StatsData.js"

const PORTRAIT_PAGE = 2_000

export interface StatisticsData {
  readonly stats: StatsData
  readonly listed: ReadonlyArray<ListedEntry>
  readonly customers: ReadonlyMap<string, ListedCustomer>
}

export class StatisticsIndex extends Effect.Service<StatisticsIndex>()("@wm/core/StatisticsIndex", {
  effect: Effect.gen(function* () {
    const data = yield* DatasetRepo
    const wealth = yield* WealthIndex

    const customersOf = (version: number) =>
      Effect.gen(function* () {
        const customers = new Map<string, ListedCustomer>()
        for (let page = 1; ; page++) {
          const found = yield* data.searchPortraits(version, {}, { page, count: PORTRAIT_PAGE })
          for (const p of found.items) {
            customers.set(p.code, {
              code: p.code,
              name: p.name,
              outletCode: p.outletCode,
              branchCode: p.branchCode,
              listedCompanyId: p.listedCompanyId
            })
          }
          if (found.items.length < PORTRAIT_PAGE || customers.size >= found.total) return customers
        }
      })

    const rowsOf = <T extends "product" | "listed_company" | "shareholder">(pointer: DatasetPointer, type: T) =>
      Effect.map(Stream.runCollect(data.readRows(pointer, type)), Chunk.toReadonlyArray)

    const build = (pointer: DatasetPointer) =>
      Effect.gen(function* () {
        const customers = yield* customersOf(pointer.version)
        const joined = yield* wealth.of(pointer)
        const stats = buildStatsData({
          customers: customers.values(),
          products: yield* rowsOf(pointer, "product"),
          holdings: joined.holdings.all.map((e) => e.holding),
          trades: joined.trades.all.map((e) => e.trade)
        })
        const listed = buildListed({
          companies: yield* rowsOf(pointer, "listed_company"),
          shareholders: yield* rowsOf(pointer, "shareholder"),
          customers: customers.values(),
          withWealth: stats.withWealth
        })
        return { stats, listed, customers } satisfies StatisticsData
      })

    // Kept per version (Data/VersionCache): an update builds the next version's before its switch.
    const cache = makeVersionCache<StatisticsData, StorageError>()
    const of = (pointer: DatasetPointer): Effect.Effect<StatisticsData, StorageError> =>
      cache.get(pointer, build(pointer))

    return { of } as const
  }),
  dependencies: [WealthIndex.Default]
}) {}
