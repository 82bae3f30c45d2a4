/** Contract for OrganisationRepo queries: sub-branch order, outlet filters, keyword matching, order and paging. */
import { Effect } from "effect"
import { describe, expect } from "vitest"
import type { Outlet } from "../../Domain/Organisation.js"
import { OrganisationRepo, type OutletFilter } from "../../Ports/OrganisationRepo.js"
import { asBranchId, newBranch, newOutlet } from "./fixtures.js"
import type { ContractTest } from "./harness.js"

/** Two sub-branches with outlets, inserted out of order; plus a sub-branch without outlets. */
const seed = Effect.gen(function* () {
  const repo = yield* OrganisationRepo
  const west = yield* repo.insertBranch(newBranch("B02", "West"))
  const east = yield* repo.insertBranch(newBranch("B01", "East Side"))
  yield* repo.insertBranch(newBranch("A05", "Empty"))
  const harbour = yield* repo.insertOutlet(newOutlet("O12", east.id, "Harbour"))
  yield* repo.insertOutlet(newOutlet("O21", west.id, "Airport"))
  const market = yield* repo.insertOutlet(newOutlet("O11", east.id, "Market Street"))
  yield* repo.insertOutlet(newOutlet("O03", west.id, "A.B Plaza"))
  return { repo, west, east, harbour, market }
})

const codes = (outlets: ReadonlyArray<Outlet>) => outlets.map((o) => o.code)

export const outletQueries = (test: ContractTest) =>
  describe("OrganisationRepo queries", () => {
    test(
      "sub-branches are listed by code",
      Effect.gen(function* () {
        const { repo } = yield* seed
        expect((yield* repo.listBranches()).map((b) => b.code)).toEqual(["A05", "B01", "B02"])
      })
    )

    test(
      "outlets are ordered by sub-branch code, then outlet code",
      Effect.gen(function* () {
        const { repo } = yield* seed
        expect(codes(yield* repo.listOutlets({}))).toEqual(["O11", "O12", "O03", "O21"])
      })
    )

    test(
      "the keyword matches outlet code or name and sub-branch code or name, ignoring case",
      Effect.gen(function* () {
        const { repo } = yield* seed
        const cases: ReadonlyArray<[string, ReadonlyArray<string>]> = [
          ["harb", ["O12"]],
          ["o2", ["O21"]],
          ["EAST", ["O11", "O12"]],
          ["b02", ["O03", "O21"]],
          ["zzz", []],
          ["", ["O11", "O12", "O03", "O21"]]
        ]
        for (const [keyword, expected] of cases) {
          expect(codes(yield* repo.listOutlets({ keyword })), `keyword "${keyword}"`).toEqual(expected)
        }
      })
    )

    test(
      "the keyword is matched literally, not as a pattern",
      Effect.gen(function* () {
        const { repo } = yield* seed
        expect(codes(yield* repo.listOutlets({ keyword: "." }))).toEqual(["O03"])
        expect(codes(yield* repo.listOutlets({ keyword: "a.b" }))).toEqual(["O03"])
        expect(codes(yield* repo.listOutlets({ keyword: "h.*" }))).toEqual([])
      })
    )

    test(
      "sub-branch and outlet filters combine with each other and with the keyword",
      Effect.gen(function* () {
        const { repo, east, west, harbour } = yield* seed
        const cases: ReadonlyArray<[OutletFilter, ReadonlyArray<string>]> = [
          [{ branchId: east.id }, ["O11", "O12"]],
          [{ branchId: west.id }, ["O03", "O21"]],
          [{ branchId: asBranchId(east.id + west.id + 1000) }, []],
          [{ outletId: harbour.id }, ["O12"]],
          [{ outletId: harbour.id, branchId: east.id }, ["O12"]],
          [{ outletId: harbour.id, branchId: west.id }, []],
          [{ branchId: east.id, keyword: "market" }, ["O11"]],
          [{ branchId: west.id, keyword: "harbour" }, []]
        ]
        for (const [filter, expected] of cases) {
          expect(codes(yield* repo.listOutlets(filter)), JSON.stringify(filter)).toEqual(expected)
        }
      })
    )

    test(
      "a page holds its slice of the ordered outlets and the total of all that match",
      Effect.gen(function* () {
        const { repo } = yield* seed
        const page = (n: number, filter: OutletFilter = {}) => repo.pageOutlets(filter, { page: n, count: 3 })
        const first = yield* page(1)
        const second = yield* page(2)
        const beyond = yield* page(3)
        expect([first.total, codes(first.items)]).toEqual([4, ["O11", "O12", "O03"]])
        expect([second.total, codes(second.items)]).toEqual([4, ["O21"]])
        expect([beyond.total, codes(beyond.items)]).toEqual([4, []])
        const filtered = yield* repo.pageOutlets({ keyword: "east" }, { page: 2, count: 1 })
        expect([filtered.total, codes(filtered.items)]).toEqual([2, ["O12"]])
      })
    )
  })
