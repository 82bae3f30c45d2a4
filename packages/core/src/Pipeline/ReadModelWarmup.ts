/**
 * A new data version's read models built before its switch (UpdateService calls `warm` with the pointer it is
 * about to activate): the market index of the recommendations, the wealth and statistics indexes, the store's
 * per-customer trade lists. Without it the first reads after a switch built them, and waited seconds for them. Each is kept per version beside the active
 * one's (Data/VersionCache), so readers of the active version are not disturbed meanwhile.
 *
 * The builds run where the services run them (on the server's request thread); the event loop runs between them.
 * A failed build is not the update's failure: the version is served and the read model built on first use.
 * A server also warms the active version once it has started (`warmActive`), so its first users do not wait
 * for builds either.
 */
import { Context, Effect, Layer, Option } from "effect"
import type { DatasetPointer } from "../Data/DatasetPointer.js"
import { DatasetRepo } from "../Data/DatasetRepo.js"
import { MatchingService } from "../Matching/MatchingService.js"
import { recommendFor } from "../Matching/Ranking.js"
import { yieldToEventLoop } from "../Records/yieldToEventLoop.js"
import { StatisticsIndex } from "../Statistics/StatisticsIndex.js"
import { WealthIndex } from "../Warning/WealthIndex.js"

export class ReadModelWarmup extends Context.Tag("@wm/core/ReadModelWarmup")<
  ReadModelWarmup,
  {
    readonly warm: (pointer: DatasetPointer) => Effect.Effect<void>
    /** The active version's read models, if there is one (a failure to read the pointer builds nothing). */
    readonly warmActive: Effect.Effect<void>
  }
>() {}

/** The warm-up of the services a server runs. */
export const readModelWarmupLayer = Layer.effect(
  ReadModelWarmup,
  Effect.gen(function* () {
    const matching = yield* MatchingService
    const wealth = yield* WealthIndex
    const statistics = yield* StatisticsIndex
    const data = yield* DatasetRepo
    const warm = (pointer: DatasetPointer) =>
      Effect.gen(function* () {
        yield* yieldToEventLoop
        const index = yield* Effect.option(matching.indexOf(pointer))
        // One recommendation ranked, so the first portrait read does not pay the new index's first use.
        if (Option.isSome(index) && index.value.day !== null && index.value.size > 0)
          recommendFor(index.value, 0, new Set(), index.value.day, matching.config)
        yield* yieldToEventLoop
        yield* Effect.ignore(wealth.of(pointer))
        yield* yieldToEventLoop
        yield* Effect.ignore(statistics.of(pointer))
        // The store's per-customer trade lists (the embedded store groups every row once per version).
        for (const type of ["trade_flow", "financial_trade"] as const) {
          yield* yieldToEventLoop
          yield* Effect.ignore(data.tradesOf(pointer, type, "", { page: 1, count: 1 }))
        }
      })
    return {
      warm,
      warmActive: data
        .pointer()
        .pipe(Effect.flatMap(Option.match({ onNone: () => Effect.void, onSome: warm })), Effect.ignore)
    }
  })
)
