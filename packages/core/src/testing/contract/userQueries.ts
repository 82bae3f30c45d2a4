/** Contract for UserRepo queries: order by id, keyword and organisation filters, paging, counts, moves. */
import { Effect, Option } from "effect"
import { describe, expect } from "vitest"
import type { User } from "../../Domain/User.js"
import { type UserFilter, UserRepo } from "../../Ports/UserRepo.js"
import { asBranchId, asOutletId, newUser } from "./fixtures.js"
import type { ContractTest } from "./harness.js"

const [east, west] = [asBranchId(1), asBranchId(2)]
const [o11, o12, o21] = [asOutletId(11), asOutletId(12), asOutletId(21)]

/** Users of every role in two sub-branches (ids and outlet ids are plain numbers: the repo does not check them). */
const seed = Effect.gen(function* () {
  const repo = yield* UserRepo
  const drafts = [
    newUser("root", { name: "Chief Admin", role: 1 }),
    newUser("zhang", { name: "Zhang San", role: 2 }),
    newUser("east.admin", { name: "Li Si", role: 3, branchId: east }),
    newUser("wang", { name: "Wang Wu", role: 4, branchId: east, outletId: o11 }),
    newUser("zhao", { name: "Zhao Liu", role: 5, branchId: east }),
    newUser("qian", { name: "Qian Qi", role: 4, branchId: east, outletId: o11 }),
    newUser("sun", { name: "Sun Ba", role: 4, branchId: east, outletId: o12 }),
    newUser("west-rm", { name: "Zhou Jiu", role: 5, branchId: west }),
    newUser("wu", { name: "Wu Shi", role: 4, branchId: west, outletId: o21 })
  ]
  const users = yield* Effect.forEach(drafts, (d) => repo.insert(d))
  return { repo, byId: [...users].sort((a, b) => a.id - b.id) }
})

const names = (users: ReadonlyArray<User>) => users.map((u) => u.username)

export const userQueries = (test: ContractTest) =>
  describe("UserRepo queries", () => {
    test(
      "users are listed by id, with the total of all that match",
      Effect.gen(function* () {
        const { repo, byId } = yield* seed
        const all = yield* repo.list({}, { page: 1, count: 100 })
        expect([all.total, names(all.items)]).toEqual([9, names(byId)])
        const second = yield* repo.list({}, { page: 2, count: 4 })
        expect([second.total, names(second.items)]).toEqual([9, names(byId.slice(4, 8))])
        const beyond = yield* repo.list({}, { page: 4, count: 4 })
        expect([beyond.total, names(beyond.items)]).toEqual([9, []])
      })
    )

    test(
      "filters by keyword over username or name ignoring case, by role, sub-branch and outlet; list and count agree",
      Effect.gen(function* () {
        const { repo, byId } = yield* seed
        const cases: ReadonlyArray<[UserFilter, ReadonlyArray<string>]> = [
          [{ keyword: "ZHA" }, ["zhang", "zhao"]],
          [{ keyword: "li s" }, ["east.admin"]],
          [{ keyword: "." }, ["east.admin"]],
          [{ keyword: "" }, names(byId)],
          [{ roles: [4] }, ["wang", "qian", "sun", "wu"]],
          [{ roles: [3, 5], branchId: east }, ["east.admin", "zhao"]],
          [{ roles: [] }, []],
          [{ branchId: west }, ["west-rm", "wu"]],
          [{ outletId: o11 }, ["wang", "qian"]],
          [{ outletId: o11, branchId: west }, []],
          [{ keyword: "wu", branchId: east }, ["wang"]]
        ]
        for (const [filter, expected] of cases) {
          const inIdOrder = names(byId).filter((n) => expected.includes(n))
          const found = yield* repo.list(filter, { page: 1, count: 100 })
          expect(names(found.items), JSON.stringify(filter)).toEqual(inIdOrder)
          expect(found.total, JSON.stringify(filter)).toBe(expected.length)
          expect(yield* repo.count(filter), JSON.stringify(filter)).toBe(expected.length)
        }
      })
    )

    test(
      "moveOutlet moves exactly the outlet's users to the new outlet and sub-branch and answers how many",
      Effect.gen(function* () {
        const { repo, byId } = yield* seed
        expect(yield* repo.moveOutlet(o11, { outletId: o21, branchId: west })).toBe(2)
        expect(names((yield* repo.list({ outletId: o21, branchId: west }, { page: 1, count: 10 })).items)).toEqual(
          names(byId.filter((u) => ["wang", "qian", "wu"].includes(u.username)))
        )
        expect(yield* repo.count({ outletId: o11 })).toBe(0)
        expect(yield* repo.count({ branchId: east })).toBe(3)
        expect(yield* repo.moveOutlet(o11, { outletId: o12, branchId: east })).toBe(0)
      })
    )

    test(
      "setBranchOfOutlet re-homes only the outlet's users, keeping their outlet, and answers how many",
      Effect.gen(function* () {
        const { repo } = yield* seed
        expect(yield* repo.setBranchOfOutlet(o12, west)).toBe(1)
        const sun = Option.getOrThrow(yield* repo.findByUsername(newUser("sun").username))
        expect([sun.branchId, sun.outletId]).toEqual([west, o12])
        expect(yield* repo.count({ branchId: east })).toBe(4)
        expect(yield* repo.count({ branchId: west })).toBe(3)
        expect(yield* repo.setBranchOfOutlet(asOutletId(99), west)).toBe(0)
      })
    )
  })
