/** Contract for OrganisationRepo records: ids, lookups by id and code, code conflicts, updates and deletes. */
import { Effect, Option } from "effect"
import { describe, expect } from "vitest"
import { Branch, Outlet } from "../../Domain/Organisation.js"
import type { Conflict, StorageError } from "../../Errors.js"
import { OrganisationRepo } from "../../Ports/OrganisationRepo.js"
import { asBranchId, asOutletId, code, expectFreshIds, fields, newBranch, newOutlet, T0 } from "./fixtures.js"
import type { ContractTest } from "./harness.js"

export const organisationRepoRecords = (test: ContractTest) =>
  describe("OrganisationRepo records", () => {
    test(
      "inserted sub-branches and outlets get distinct positive ids and are found by id and by code",
      Effect.gen(function* () {
        const repo = yield* OrganisationRepo
        const b1 = yield* repo.insertBranch(newBranch("B01", "East"))
        const b2 = yield* repo.insertBranch(newBranch("B02", "West"))
        const o1 = yield* repo.insertOutlet(newOutlet("O11", b1.id, "Harbour"))
        const o2 = yield* repo.insertOutlet(newOutlet("O21", b2.id))
        expectFreshIds([b1.id, b2.id])
        expectFreshIds([o1.id, o2.id])
        expect(fields(b1)).toEqual({ ...newBranch("B01", "East"), id: b1.id })
        expect(fields(o1)).toEqual({ ...newOutlet("O11", b1.id, "Harbour"), id: o1.id })
        expect(Option.map(yield* repo.findBranch(b2.id), fields)).toEqual(Option.some(fields(b2)))
        expect(Option.map(yield* repo.findBranch(code("B01")), fields)).toEqual(Option.some(fields(b1)))
        expect(Option.map(yield* repo.findOutlet(o2.id), fields)).toEqual(Option.some(fields(o2)))
        expect(Option.map(yield* repo.findOutlet(code("O11")), fields)).toEqual(Option.some(fields(o1)))
      })
    )

    test(
      "unknown ids and codes are not found, and a sub-branch code is not an outlet",
      Effect.gen(function* () {
        const repo = yield* OrganisationRepo
        const b = yield* repo.insertBranch(newBranch("B01"))
        const o = yield* repo.insertOutlet(newOutlet("O11", b.id))
        expect(Option.isNone(yield* repo.findBranch(asBranchId(b.id + 1000)))).toBe(true)
        expect(Option.isNone(yield* repo.findOutlet(asOutletId(o.id + 1000)))).toBe(true)
        expect(Option.isNone(yield* repo.findBranch(code("NOPE")))).toBe(true)
        expect(Option.isNone(yield* repo.findOutlet(code("B01")))).toBe(true)
        expect(Option.isNone(yield* repo.findBranch(code("O11")))).toBe(true)
      })
    )

    test(
      "a code already used by a sub-branch or an outlet, in any letter case, is a Conflict and stores nothing",
      Effect.gen(function* () {
        const repo = yield* OrganisationRepo
        const b = yield* repo.insertBranch(newBranch("B01"))
        yield* repo.insertOutlet(newOutlet("O11", b.id))
        const attempts: ReadonlyArray<Effect.Effect<unknown, Conflict | StorageError>> = [
          repo.insertBranch(newBranch("B01")),
          repo.insertBranch(newBranch("b01")),
          repo.insertBranch(newBranch("o11")),
          repo.insertOutlet(newOutlet("O11", b.id)),
          repo.insertOutlet(newOutlet("o11", b.id)),
          repo.insertOutlet(newOutlet("b01", b.id))
        ]
        for (const attempt of attempts) expect((yield* Effect.flip(attempt))._tag).toBe("Conflict")
        expect(yield* repo.listBranches()).toHaveLength(1)
        expect(yield* repo.listOutlets({})).toHaveLength(1)
      })
    )

    test(
      "updates replace the stored sub-branch and outlet; updating an unknown id creates nothing",
      Effect.gen(function* () {
        const repo = yield* OrganisationRepo
        const b1 = yield* repo.insertBranch(newBranch("B01", "East"))
        const b2 = yield* repo.insertBranch(newBranch("B02", "West"))
        const o = yield* repo.insertOutlet(newOutlet("O11", b1.id, "Harbour"))
        const stamp = { updatedAt: T0 + 5, updatedBy: null }
        yield* repo.updateBranch(new Branch({ ...b1, name: "East Side", ...stamp }))
        yield* repo.updateOutlet(new Outlet({ ...o, name: "Quay", branchId: b2.id, ...stamp }))
        const branch = Option.getOrThrow(yield* repo.findBranch(b1.id))
        const outlet = Option.getOrThrow(yield* repo.findOutlet(code("O11")))
        expect([branch.name, branch.updatedAt]).toEqual(["East Side", T0 + 5])
        expect([outlet.name, outlet.branchId, outlet.updatedAt]).toEqual(["Quay", b2.id, T0 + 5])

        const ghostId = asOutletId(o.id + 1000)
        yield* repo.updateOutlet(new Outlet({ ...o, id: ghostId, code: code("O99") }))
        yield* repo.updateBranch(new Branch({ ...b2, id: asBranchId(b2.id + 1000), code: code("B99") }))
        expect(Option.isNone(yield* repo.findOutlet(ghostId))).toBe(true)
        expect(yield* repo.listOutlets({})).toHaveLength(1)
        expect(yield* repo.listBranches()).toHaveLength(2)
      })
    )

    test(
      "deletes remove only the given sub-branch or outlet, and deleting an unknown id is harmless",
      Effect.gen(function* () {
        const repo = yield* OrganisationRepo
        const b1 = yield* repo.insertBranch(newBranch("B01"))
        const b2 = yield* repo.insertBranch(newBranch("B02"))
        const o1 = yield* repo.insertOutlet(newOutlet("O11", b1.id))
        const o2 = yield* repo.insertOutlet(newOutlet("O12", b1.id))
        yield* repo.deleteOutlet(o1.id)
        yield* repo.deleteBranch(b2.id)
        yield* repo.deleteOutlet(asOutletId(o2.id + 1000))
        yield* repo.deleteBranch(asBranchId(b2.id + 1000))
        expect(Option.isNone(yield* repo.findOutlet(o1.id))).toBe(true)
        expect(Option.isNone(yield* repo.findBranch(code("B02")))).toBe(true)
        expect((yield* repo.listOutlets({})).map((o) => o.code)).toEqual(["O12"])
        expect((yield* repo.listBranches()).map((b) => b.code)).toEqual(["B01"])
      })
    )

    test(
      "a deleted code can be used again",
      Effect.gen(function* () {
        const repo = yield* OrganisationRepo
        const b = yield* repo.insertBranch(newBranch("B01"))
        const o = yield* repo.insertOutlet(newOutlet("O11", b.id))
        yield* repo.deleteOutlet(o.id)
        const again = yield* repo.insertOutlet(newOutlet("O11", b.id, "Reopened"))
        expect(Option.map(yield* repo.findOutlet(code("O11")), (x) => x.name)).toEqual(Option.some("Reopened"))
        expect(again.code).toBe("O11")
      })
    )
  })
