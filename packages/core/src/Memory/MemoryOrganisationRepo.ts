/**
 * The embedded store's OrganisationRepo over a RecordBacking ("branches" and "outlets" by id, their id counters
 * beside them): the reference behaviour for the port.
 */
import { Effect, Option } from "effect"
import type { BranchId, OrgCode, OutletId } from "../Domain/Ids.js"
import { Branch, Outlet } from "../Domain/Organisation.js"
import { paginate } from "../Domain/Paging.js"
import { Conflict, type StorageError } from "../Errors.js"
import type { OrganisationRepo, OutletFilter } from "../Ports/OrganisationRepo.js"
import { Counters, classCodec } from "../Records/Counters.js"
import { commit, RecordTable } from "../Records/RecordTable.js"
import { byCodeUnits, containsKeyword } from "./matching.js"

export const makeMemoryOrganisationRepo = Effect.gen(function* () {
  const branches = yield* RecordTable.load("branches", classCodec(Branch))
  const outlets = yield* RecordTable.load("outlets", classCodec(Outlet))
  const counters = yield* Counters.load
  const lock = yield* Effect.makeSemaphore(1)

  const codeTaken = (code: string) =>
    [...branches.values(), ...outlets.values()].some((o) => o.code.toLowerCase() === code.toLowerCase())

  const byKey = <A extends { id: number; code: string }>(all: RecordTable<A>, key: number | string) =>
    Option.fromNullable(typeof key === "number" ? all.get(String(key)) : [...all.values()].find((o) => o.code === key))

  const matching = (filter: OutletFilter) => {
    const list = [...outlets.values()].filter((o) => {
      const branch = branches.get(String(o.branchId))
      return (
        (filter.branchId === undefined || o.branchId === filter.branchId) &&
        (filter.outletId === undefined || o.id === filter.outletId) &&
        containsKeyword(filter.keyword, o.code, o.name, branch?.code ?? "", branch?.name ?? "")
      )
    })
    const branchCode = (o: Outlet) => branches.get(String(o.branchId))?.code ?? ""
    return list.sort((a, b) => byCodeUnits(branchCode(a), branchCode(b)) || byCodeUnits(a.code, b.code))
  }

  /** Numbers and writes a new record unless its code is taken, under the lock. */
  const insert = <A extends { id: number; code: string }>(
    table: RecordTable<A>,
    counter: string,
    code: string,
    make: (id: number) => A
  ) =>
    Effect.suspend((): Effect.Effect<A, Conflict | StorageError> => {
      if (codeTaken(code)) return Effect.fail(new Conflict({ reason: `organisation code ${code} is taken` }))
      const [id, counted] = counters.next(counter)
      const record = make(id)
      return Effect.as(commit([counted, table.change(String(id), record)]), record)
    }).pipe(lock.withPermits(1))

  const replace = <A extends { id: number }>(table: RecordTable<A>, record: A) =>
    Effect.suspend(() => (table.has(String(record.id)) ? table.put(String(record.id), record) : Effect.void)).pipe(
      lock.withPermits(1)
    )
  const remove = <A>(table: RecordTable<A>, id: number) =>
    Effect.suspend(() => (table.has(String(id)) ? table.remove(String(id)) : Effect.void)).pipe(lock.withPermits(1))

  /**
   * The unfiltered lists, sorted once per change of the tables: read on every portrait and list request (names
   * by code). The same array is answered until a write, so callers may key their own derived values on it.
   */
  let whole:
    | { readonly at: string; readonly branches: ReadonlyArray<Branch>; readonly outlets: ReadonlyArray<Outlet> }
    | undefined
  const wholeLists = () => {
    const at = `${branches.revision}/${outlets.revision}`
    if (whole?.at !== at) {
      whole = {
        at,
        branches: [...branches.values()].sort((a, b) => byCodeUnits(a.code, b.code)),
        outlets: matching({})
      }
    }
    return whole
  }
  const unfiltered = (filter: OutletFilter) =>
    filter.branchId === undefined && filter.outletId === undefined && filter.keyword === undefined

  return {
    listBranches: () => Effect.sync(() => wholeLists().branches),
    listOutlets: (filter) => Effect.sync(() => (unfiltered(filter) ? wholeLists().outlets : matching(filter))),
    pageOutlets: (filter, page) => Effect.sync(() => paginate(matching(filter), page)),
    findBranch: (key: BranchId | OrgCode) => Effect.sync(() => byKey(branches, key)),
    findOutlet: (key: OutletId | OrgCode) => Effect.sync(() => byKey(outlets, key)),
    insertBranch: (draft) =>
      insert(branches, "branch", draft.code, (id) => new Branch({ ...draft, id: id as BranchId })),
    insertOutlet: (draft) =>
      insert(outlets, "outlet", draft.code, (id) => new Outlet({ ...draft, id: id as OutletId })),
    updateBranch: (branch) => replace(branches, branch),
    updateOutlet: (outlet) => replace(outlets, outlet),
    deleteBranch: (id) => remove(branches, id),
    deleteOutlet: (id) => remove(outlets, id)
  } satisfies OrganisationRepo["Type"]
})
