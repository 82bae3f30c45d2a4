/**
 * Contract for ThrottleStore: counts by key that restart after their window, blocks that never shorten, entries
 * forgotten once expired, and no count lost to concurrent hits (several instances failing at once).
 */
import { Effect } from "effect"
import { describe, expect } from "vitest"
import { ThrottleStore } from "../../Ports/ThrottleStore.js"
import { T0 } from "./fixtures.js"
import type { ContractTest } from "./harness.js"

const W = 60_000

export const throttleStore = (test: ContractTest) =>
  describe("ThrottleStore", () => {
    test(
      "counts hits per key within a window and starts again after it",
      Effect.gen(function* () {
        const store = yield* ThrottleStore
        expect(yield* store.read(["a", "b"], T0)).toEqual([undefined, undefined])
        expect(yield* store.hit("a", T0, W)).toEqual({ count: 1, lastAt: T0, blockedUntil: 0 })
        expect(yield* store.hit("a", T0 + 10, W)).toEqual({ count: 2, lastAt: T0 + 10, blockedUntil: 0 })
        yield* store.hit("b", T0, W)
        expect(yield* store.read(["b", "a", "c"], T0 + 20)).toEqual([
          { count: 1, lastAt: T0, blockedUntil: 0 },
          { count: 2, lastAt: T0 + 10, blockedUntil: 0 },
          undefined
        ])
        // The window after the last hit passed: forgotten, and counted from 1 again.
        expect(yield* store.read(["a"], T0 + 10 + W)).toEqual([undefined])
        expect(yield* store.hit("a", T0 + 10 + W, W)).toEqual({ count: 1, lastAt: T0 + 10 + W, blockedUntil: 0 })
      })
    )

    test(
      "a block lasts until its end, past the window, is never shortened, and restarts with the count",
      Effect.gen(function* () {
        const store = yield* ThrottleStore
        yield* store.hit("k", T0, W)
        yield* store.block("k", T0 + 5 * W)
        yield* store.block("k", T0 + 2 * W)
        expect(yield* store.read(["k"], T0 + 3 * W)).toEqual([{ count: 1, lastAt: T0, blockedUntil: T0 + 5 * W }])
        expect(yield* store.read(["k"], T0 + 5 * W)).toEqual([undefined])
        yield* store.hit("j", T0, W)
        yield* store.block("j", T0 + 2 * W)
        expect(yield* store.hit("j", T0 + W, W)).toEqual({ count: 1, lastAt: T0 + W, blockedUntil: 0 })
      })
    )

    test(
      "clear forgets a key; other keys stay",
      Effect.gen(function* () {
        const store = yield* ThrottleStore
        yield* store.hit("x", T0, W)
        yield* store.hit("y", T0, W)
        yield* store.clear("x")
        yield* store.clear("never-there")
        expect(yield* store.read(["x", "y"], T0)).toEqual([undefined, { count: 1, lastAt: T0, blockedUntil: 0 }])
        expect((yield* store.hit("x", T0 + 1, W)).count).toBe(1)
      })
    )

    test(
      "hits at once are all counted",
      Effect.gen(function* () {
        const store = yield* ThrottleStore
        const counts = yield* Effect.all(
          Array.from({ length: 12 }, () => store.hit("busy", T0, W)),
          { concurrency: "unbounded" }
        )
        expect(counts.map((e) => e.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1))
      })
    )
  })
