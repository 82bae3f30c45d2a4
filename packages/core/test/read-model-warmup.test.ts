// ReadModelWarmup.warmActive: a started server builds the active version's read models before its first reads.
import { Effect, Layer, Option } from "effect"
import { describe, expect, it } from "vitest"
import {
  type DatasetPointer,
  DatasetRepo,
  MatchingService,
  ReadModelWarmup,
  readModelWarmupLayer,
  StatisticsIndex,
  StorageError,
  WealthIndex
} from "../src/index.js"
import { stub } from "../src/testing/stub.js"

const active: DatasetPointer = { version: 7, appliedAt: 1, snapshots: {}, analysisDate: null }

/** The warm-up over read models that record which versions they were asked to build. */
const warmupOver = (pointer: Effect.Effect<Option.Option<DatasetPointer>, StorageError>) => {
  const built: Array<string> = []
  const record = (name: string) => (p: DatasetPointer) => Effect.sync(() => void built.push(`${name}@${p.version}`))
  const layer = readModelWarmupLayer.pipe(
    Layer.provide(
      Layer.mergeAll(
        stub(DatasetRepo, {
          pointer: () => pointer,
          tradesOf: ((p: DatasetPointer, type: string) => Effect.as(record(type)(p), { total: 0, items: [] })) as never
        }),
        stub(MatchingService, { indexOf: (p) => Effect.as(record("market")(p), { day: null, size: 0 } as never) }),
        stub(WealthIndex, { of: record("wealth") as never }),
        stub(StatisticsIndex, { of: record("statistics") as never })
      )
    )
  )
  const run = Effect.runPromise(Effect.flatMap(ReadModelWarmup, (w) => w.warmActive).pipe(Effect.provide(layer)))
  return run.then(() => built)
}

describe("warming the active version", () => {
  it("builds the market, wealth and statistics read models and the trade lists of the active version", async () => {
    expect(await warmupOver(Effect.succeed(Option.some(active)))).toEqual([
      "market@7",
      "wealth@7",
      "statistics@7",
      "trade_flow@7",
      "financial_trade@7"
    ])
  })

  it("builds nothing before any data was applied", async () => {
    expect(await warmupOver(Effect.succeed(Option.none()))).toEqual([])
  })

  it("builds nothing and does not fail when the active version cannot be read", async () => {
    const failed = Effect.fail(new StorageError({ operation: "pointer", unavailable: true }))
    expect(await warmupOver(failed)).toEqual([])
  })
})
