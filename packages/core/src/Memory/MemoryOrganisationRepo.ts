/**
 * In-memory OrganisationRepo: the reference behaviour for the port.
 */
import { Effect, Option } from "effect"
import type { BranchId, OrgCode, OutletId } from "../Domain/Ids.js"
import { Branch, Outlet } from "../Domain/Organisation.js"
import { paginate } from "../Domain/Paging.js"
import { Conflict } from "../Errors.js"
import type { OrganisationRepo, OutletFilter } from "../Ports/OrganisationRepo.js"
import { byCodeUnits, containsKeyword } from "./matching.js"

export const makeMemoryOrganisationRepo = (): OrganisationRepo["Type"] => {
  const branches = new Map<BranchId, Branch>()
  const outlets = new Map<OutletId, Outlet>()
  let nextBranch = 1
  let nextOutlet = 1

  const codeTaken = (code: string) =>
    [...branches.values(), ...outlets.values()].some((o) => o.code.toLowerCase() === code.toLowerCase())

  const byKey = <A extends { id: number; code: string }>(all: Map<number, A>, key: number | string) =>
    Option.fromNullable(typeof key === "number" ? all.get(key) : [...all.values()].find((o) => o.code === key))

  const matching = (filter: OutletFilter) => {
    const list = [...outlets.values()].filter((o) => {
      const branch = branches.get(o.branchId)
      return (
        (filter.branchId === undefined || o.branchId === filter.branchId) &&
        (filter.outletId === undefined || o.id === filter.outletId) &&
        containsKeyword(filter.keyword, o.code, o.name, branch?.code ?? "", branch?.name ?? "")
      )
    })
    const branchCode = (o: Outlet) => branches.get(o.branchId)?.code ?? ""
    return list.sort((a, b) => byCodeUnits(branchCode(a), branchCode(b)) || byCodeUnits(a.code, b.code))
  }

  return {
    listBranches: () => Effect.sync(() => [...branches.values()].sort((a, b) => byCodeUnits(a.code, b.code))),
    listOutlets: (filter) => Effect.sync(() => matching(filter)),
    pageOutlets: (filter, page) => Effect.sync(() => paginate(matching(filter), page)),
    findBranch: (key: BranchId | OrgCode) => Effect.sync(() => byKey(branches, key)),
    findOutlet: (key: OutletId | OrgCode) => Effect.sync(() => byKey(outlets, key)),
    insertBranch: (draft) =>
      Effect.suspend(() => {
        if (codeTaken(draft.code))
          return Effect.fail(new Conflict({ reason: `organisation code ${draft.code} is taken` }))
        const branch = new Branch({ ...draft, id: nextBranch++ as BranchId })
        branches.set(branch.id, branch)
        return Effect.succeed(branch)
      }),
    insertOutlet: (draft) =>
      Effect.suspend(() => {
        if (codeTaken(draft.code))
          return Effect.fail(new Conflict({ reason: `organisation code ${draft.code} is taken` }))
        const outlet = new Outlet({ ...draft, id: nextOutlet++ as OutletId })
        outlets.set(outlet.id, outlet)
        return Effect.succeed(outlet)
      }),
    updateBranch: (branch) => Effect.sync(() => void (branches.has(branch.id) && branches.set(branch.id, branch))),
    updateOutlet: (outlet) => Effect.sync(() => void (outlets.has(outlet.id) && outlets.set(outlet.id, outlet))),
    deleteBranch: (id) => Effect.sync(() => void branches.delete(id)),
    deleteOutlet: (id) => Effect.sync(() => void outlets.delete(id))
  }
}
