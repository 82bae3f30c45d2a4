/** Contract for AdvisorProductRepo: records by id and code, a unique code, full replacement, pages newest first. */
import { Effect, Either, Option } from "effect"
import { describe, expect } from "vitest"
import type { AdvisorProduct } from "../../Domain/AdvisorProduct.js"
import { AdvisorProductRepo } from "../../Ports/AdvisorProductRepo.js"
import { T0 } from "./fixtures.js"
import type { ContractTest } from "./harness.js"

const product = (id: string, code: string, createAt = T0, patch: Partial<AdvisorProduct> = {}): AdvisorProduct => ({
  id,
  type: "hybridFund",
  name: `产品 ${code}`,
  code,
  h5Url: "",
  tags: ["稳健", "长期"],
  introduction: "",
  sellType: "agent",
  status: 1,
  image: { netdiskId: "https://img.example/p.png", width: 10, height: 20, orientation: "0", type: "-" },
  financial: { incomeType: { a: [1, "x"] }, keywords: ["k"] },
  fund: { fundIncomingType: "comm3M", fundIncomingIndex: "0.01", fundValType: "navVal", fundValIndex: "123" },
  purchaseAmount: 1,
  viewCount: 0,
  creator: "@staff_a:bank",
  updater: "@staff_a:bank",
  createAt,
  updateAt: createAt,
  ...patch
})

export const advisorProductRepo = (test: ContractTest) =>
  describe("AdvisorProductRepo", () => {
    test(
      "insert keeps every field; find and findByCode answer it; unknown ids and codes answer none",
      Effect.gen(function* () {
        const repo = yield* AdvisorProductRepo
        const p = product("id-1", "502112")
        yield* repo.insert(p)
        expect(yield* repo.find("id-1")).toEqual(Option.some(p))
        expect(yield* repo.findByCode("502112")).toEqual(Option.some(p))
        expect(Option.isNone(yield* repo.find("nope"))).toBe(true)
        expect(Option.isNone(yield* repo.findByCode("nope"))).toBe(true)
      })
    )

    test(
      "a second product with the same code is a Conflict and changes nothing",
      Effect.gen(function* () {
        const repo = yield* AdvisorProductRepo
        yield* repo.insert(product("id-1", "A"))
        const again = yield* Effect.either(repo.insert(product("id-2", "A")))
        expect(Either.isLeft(again) && again.left._tag).toBe("Conflict")
        expect(Option.isNone(yield* repo.find("id-2"))).toBe(true)
        expect((yield* repo.page(0, 10)).total).toBe(1)
      })
    )

    test(
      "replace swaps the whole record; an unknown id is NotFound; another's code is a Conflict",
      Effect.gen(function* () {
        const repo = yield* AdvisorProductRepo
        yield* repo.insert(product("id-1", "A"))
        yield* repo.insert(product("id-2", "B"))
        const next = product("id-1", "A2", T0, { fund: null, tags: [], financial: {}, updater: "@staff_b:bank" })
        yield* repo.replace(next)
        expect(yield* repo.find("id-1")).toEqual(Option.some(next))
        expect(Option.isNone(yield* repo.findByCode("A"))).toBe(true)
        const missing = yield* Effect.either(repo.replace(product("id-9", "Z")))
        expect(Either.isLeft(missing) && missing.left._tag).toBe("NotFound")
        const taken = yield* Effect.either(repo.replace(product("id-1", "B")))
        expect(Either.isLeft(taken) && taken.left._tag).toBe("Conflict")
        expect(yield* repo.find("id-1")).toEqual(Option.some(next))
      })
    )

    test(
      "page answers newest first (then by id) and the total",
      Effect.gen(function* () {
        const repo = yield* AdvisorProductRepo
        yield* repo.insert(product("b", "P2", T0 + 1))
        yield* repo.insert(product("a", "P1", T0))
        yield* repo.insert(product("c", "P3", T0 + 1))
        yield* repo.insert(product("d", "P4", T0 + 2))
        const first = yield* repo.page(0, 2)
        expect(first.total).toBe(4)
        expect(first.items.map((p) => p.id)).toEqual(["d", "b"])
        expect((yield* repo.page(2, 2)).items.map((p) => p.id)).toEqual(["c", "a"])
        expect((yield* repo.page(4, 2)).items).toEqual([])
      })
    )
  })
