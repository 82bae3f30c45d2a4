/**
 * The matching service reads through the DatasetRepo port: one index build per data version, shared by
 * concurrent first requests, rebuilt when the version changes, and retried after a failed build.
 */
import { Effect, Layer, Stream } from "effect"
import { describe, expect, it } from "vitest"
import {
  type DatasetPointer,
  DatasetRepo,
  MatchingService,
  type Paged,
  type PageRequest,
  StorageError,
  type StoredPortrait
} from "../src/index.js"

const portraits = Array.from(
  { length: 12 },
  (_, i) =>
    ({
      code: `C${String(i).padStart(2, "0")}`,
      name: `客户${i}`,
      outletCode: "B1O1",
      branchCode: "B1",
      linkman: "",
      contact: "",
      riskRating: null,
      listedCompanyId: null,
      portrait: { idleFunds: i * 1000 },
      preference: {
        bought: false,
        risk: 2,
        amount: "50万以下",
        cycle: "6-12个月",
        interestRate: null,
        channel: null,
        category: "低潜力客户",
        features: []
      }
    }) as unknown as StoredPortrait
)

const pointer = (version: number): DatasetPointer => ({
  version,
  appliedAt: version,
  snapshots: {},
  analysisDate: "2026-06-30"
})

const fakeRepo = (calls: { pages: number }, failFirst = false) =>
  Layer.succeed(DatasetRepo, {
    searchPortraits: (_version: number, _filter: unknown, page: PageRequest) =>
      Effect.suspend(() => {
        calls.pages++
        if (failFirst && calls.pages === 1) {
          return Effect.fail(new StorageError({ operation: "search portraits", unavailable: true }))
        }
        // Yield so that concurrent callers really interleave.
        return Effect.as(Effect.sleep(5), {
          total: portraits.length,
          items: portraits.slice((page.page - 1) * page.count, page.page * page.count)
        } satisfies Paged<StoredPortrait>)
      }),
    readRows: () => Stream.empty
  } as unknown as DatasetRepo["Type"])

const run = <A, E>(effect: Effect.Effect<A, E, MatchingService>, calls: { pages: number }, failFirst = false) =>
  Effect.runPromise(Effect.provide(effect, MatchingService.Default.pipe(Layer.provide(fakeRepo(calls, failFirst)))))

describe("the matching service", () => {
  it("builds one index for concurrent first requests of a version", async () => {
    const calls = { pages: 0 }
    const sizes = await run(
      Effect.flatMap(MatchingService, (m) =>
        Effect.all(
          Array.from({ length: 8 }, () => m.indexOf(pointer(1))),
          { concurrency: "unbounded" }
        )
      ),
      calls
    )
    expect(sizes.map((i) => i.size)).toEqual(Array(8).fill(12))
    expect(new Set(sizes).size).toBe(1)
    expect(calls.pages).toBe(1)
  })

  it("rebuilds when the active version changes", async () => {
    const calls = { pages: 0 }
    await run(
      Effect.flatMap(MatchingService, (m) =>
        Effect.all([m.indexOf(pointer(1)), m.indexOf(pointer(1)), m.indexOf(pointer(2))])
      ),
      calls
    )
    expect(calls.pages).toBe(2)
  })

  it("forgets a failed build so the next request tries again", async () => {
    const calls = { pages: 0 }
    const outcome = await run(
      Effect.flatMap(MatchingService, (m) => Effect.zip(Effect.either(m.indexOf(pointer(1))), m.indexOf(pointer(1)))),
      calls,
      true
    )
    expect(outcome[0]._tag).toBe("Left")
    expect(outcome[1].size).toBe(12)
    expect(outcome[1].byIdleDesc[0]).toBe(11)
  })
})
