/** Contract for FocusRepo: per-user lists, idempotent add and remove, most recently added first. */
import { Effect } from "effect"
import { describe, expect } from "vitest"
import { FocusRepo } from "../../Ports/FocusRepo.js"
import { T0 } from "./fixtures.js"
import type { ContractTest } from "./harness.js"

export const focusRepo = (test: ContractTest) =>
  describe("FocusRepo", () => {
    test(
      "a user's list is empty until something is added, and holds only that user's customers",
      Effect.gen(function* () {
        const repo = yield* FocusRepo
        expect(yield* repo.list(1)).toEqual([])
        yield* repo.add({ userId: 1, companyCode: "C1", createdAt: T0 })
        yield* repo.add({ userId: 2, companyCode: "C2", createdAt: T0 })
        expect(yield* repo.list(1)).toEqual([{ userId: 1, companyCode: "C1", createdAt: T0 }])
        expect((yield* repo.list(2)).map((e) => e.companyCode)).toEqual(["C2"])
      })
    )

    test(
      "list is most recently added first, ties by customer code",
      Effect.gen(function* () {
        const repo = yield* FocusRepo
        yield* repo.add({ userId: 1, companyCode: "B", createdAt: T0 })
        yield* repo.add({ userId: 1, companyCode: "C", createdAt: T0 + 10 })
        yield* repo.add({ userId: 1, companyCode: "A", createdAt: T0 })
        expect((yield* repo.list(1)).map((e) => e.companyCode)).toEqual(["C", "A", "B"])
      })
    )

    test(
      "adding twice keeps one entry with the first time; removing twice or removing a stranger succeeds",
      Effect.gen(function* () {
        const repo = yield* FocusRepo
        yield* repo.add({ userId: 1, companyCode: "C1", createdAt: T0 })
        yield* repo.add({ userId: 1, companyCode: "C1", createdAt: T0 + 99 })
        expect(yield* repo.list(1)).toEqual([{ userId: 1, companyCode: "C1", createdAt: T0 }])
        yield* repo.remove(1, "C1")
        yield* repo.remove(1, "C1")
        yield* repo.remove(3, "nobody")
        expect(yield* repo.list(1)).toEqual([])
        yield* repo.add({ userId: 1, companyCode: "C1", createdAt: T0 + 5 })
        expect(yield* repo.list(1)).toEqual([{ userId: 1, companyCode: "C1", createdAt: T0 + 5 }])
      })
    )

    test(
      "customer codes are kept exactly, with any characters",
      Effect.gen(function* () {
        const repo = yield* FocusRepo
        for (const code of ["客户-01", "a.b$c", "C 1", "1:2"])
          yield* repo.add({ userId: 1, companyCode: code, createdAt: T0 })
        expect((yield* repo.list(1)).map((e) => e.companyCode).sort()).toEqual(
          ["1:2", "C 1", "a.b$c", "客户-01"].sort()
        )
      })
    )
  })
