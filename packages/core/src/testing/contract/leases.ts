/** Contract for Leases: one holder at a time, expiry frees a lease, only the holder renews or releases it. */
import { Effect, Option } from "effect"
import { describe, expect } from "vitest"
import { Leases } from "../../Ports/Leases.js"
import type { ContractTest } from "./harness.js"

const T = 1_700_000_000_000

export const leases = (test: ContractTest) =>
  describe("Leases", () => {
    test(
      "one holder at a time until the lease expires or is released",
      Effect.gen(function* () {
        const leases = yield* Leases
        expect(yield* leases.find("update")).toEqual(Option.none())
        expect(yield* leases.acquire("update", "a", T, 1_000)).toBe(true)
        expect(yield* leases.acquire("update", "b", T + 999, 1_000)).toBe(false)
        // Another name is another lease; the holder itself may take it again.
        expect(yield* leases.acquire("export:1", "b", T, 1_000)).toBe(true)
        expect(yield* leases.acquire("update", "a", T + 10, 1_000)).toBe(true)
        expect(yield* leases.find("update")).toEqual(Option.some({ name: "update", holder: "a", expiresAt: T + 1_010 }))
        // Expired: taken over by the next one.
        expect(yield* leases.acquire("update", "b", T + 1_010, 1_000)).toBe(true)
        expect(Option.map(yield* leases.find("update"), (l) => l.holder)).toEqual(Option.some("b"))
      })
    )

    test(
      "only the holder renews or releases; a released lease is free",
      Effect.gen(function* () {
        const leases = yield* Leases
        expect(yield* leases.acquire("update", "a", T, 1_000)).toBe(true)
        expect(yield* leases.renew("update", "b", T + 500, 1_000)).toBe(false)
        expect(yield* leases.renew("update", "a", T + 500, 1_000)).toBe(true)
        expect(yield* leases.acquire("update", "b", T + 1_200, 1_000)).toBe(false)
        yield* leases.release("update", "b")
        expect(yield* leases.acquire("update", "b", T + 1_300, 1_000)).toBe(false)
        yield* leases.release("update", "a")
        expect(yield* leases.find("update")).toEqual(Option.none())
        expect(yield* leases.acquire("update", "b", T + 1_300, 1_000)).toBe(true)
        // A lease lost to another holder cannot be renewed by the one that lost it.
        expect(yield* leases.acquire("update", "c", T + 2_300, 1_000)).toBe(true)
        expect(yield* leases.renew("update", "b", T + 2_400, 1_000)).toBe(false)
      })
    )
  })
