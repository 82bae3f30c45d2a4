/**
 * OrganisationRepo on MongoDB (documents: OrganisationDocument.ts). Codes are unique across sub-branches and
 * outlets through one unique index, so an insert that would reuse a code fails atomically as a Conflict.
 */
import {
  Branch,
  type BranchId,
  type OrganisationRepo,
  type OrgCode,
  Outlet,
  type OutletFilter,
  type OutletId,
  paginate
} from "@wm/core"
import { Effect } from "effect"
import type { Db, Filter } from "mongodb"
import { Collections } from "./collections.js"
import { nextId } from "./counters.js"
import { containsIgnoringCase, decodeAll, decodeOption, includesIgnoringCase, normalizeKeyword } from "./documents.js"
import { attempt, attemptUnique } from "./errors.js"
import { byKey, fieldsOf, type Kind, type OrganisationDoc, toDoc } from "./OrganisationDocument.js"

/**
 * Binary (UTF-16 code unit) order, as the reference store and the database sort codes; for the ASCII characters
 * a code may hold it equals MongoDB's byte order. localeCompare would differ ("a1" < "B1").
 */
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

export const makeOrganisationRepo = (db: Db): OrganisationRepo["Type"] => {
  const orgs = db.collection<OrganisationDoc>(Collections.organisations)

  const listBranches = () =>
    attempt("list sub-branches", () => orgs.find({ kind: "branch" }).sort({ code: 1 }).toArray()).pipe(
      Effect.flatMap((docs) => decodeAll(Branch, "read a sub-branch", docs.map(fieldsOf)))
    )

  /**
   * Outlets in the port's order: by sub-branch code, then outlet code. The database filters; the order is set
   * here because it needs each outlet's sub-branch code (no $lookup needed). A bank has tens of
   * sub-branches and hundreds of outlets, so both lists are small.
   */
  const matching = (filter: OutletFilter) =>
    Effect.gen(function* () {
      const branches = yield* listBranches()
      const keyword = normalizeKeyword(filter.keyword)
      const branchesMatching = (k: string) =>
        branches.filter((b) => includesIgnoringCase(k, b.code, b.name)).map((b) => b.id)
      const query: Filter<OrganisationDoc> = {
        kind: "outlet",
        ...(filter.branchId !== undefined && { branchId: filter.branchId }),
        ...(filter.outletId !== undefined && { id: filter.outletId }),
        ...(keyword !== undefined && {
          $or: [
            { code: containsIgnoringCase(keyword) },
            { name: containsIgnoringCase(keyword) },
            { branchId: { $in: branchesMatching(keyword) } }
          ]
        })
      }
      const docs = yield* attempt("list outlets", () => orgs.find(query).toArray())
      const outlets = yield* decodeAll(Outlet, "read an outlet", docs.map(fieldsOf))
      const branchCode = new Map(branches.map((b) => [b.id as number, b.code as string]))
      const codeOf = (o: Outlet) => branchCode.get(o.branchId) ?? ""
      return outlets.sort((a, b) => byCodeUnits(codeOf(a), codeOf(b)) || byCodeUnits(a.code, b.code))
    })

  const find = (kind: Kind, key: number | string) =>
    attempt(`find ${kind} ${key}`, () => orgs.findOne(byKey(kind, key)))

  const insert = <A extends Branch | Outlet>(kind: Kind, record: A) =>
    attemptUnique(`insert ${kind} ${record.code}`, `organisation code ${record.code} is taken`, () =>
      orgs.insertOne(toDoc(kind, record))
    ).pipe(Effect.as(record))

  // A replace never upserts: updating an id that is not stored creates nothing, as the port requires.
  const replace = (kind: Kind, record: Branch | Outlet) =>
    Effect.asVoid(
      attempt(`update ${kind} ${record.id}`, () => orgs.replaceOne(byKey(kind, record.id), toDoc(kind, record)))
    )

  const remove = (kind: Kind, id: number) =>
    Effect.asVoid(attempt(`delete ${kind} ${id}`, () => orgs.deleteOne(byKey(kind, id))))

  return {
    listBranches,
    listOutlets: matching,
    pageOutlets: (filter, page) => Effect.map(matching(filter), (all) => paginate(all, page)),
    findBranch: (key: BranchId | OrgCode) =>
      Effect.flatMap(find("branch", key), decodeOption(Branch, "read a sub-branch", fieldsOf)),
    findOutlet: (key: OutletId | OrgCode) =>
      Effect.flatMap(find("outlet", key), decodeOption(Outlet, "read an outlet", fieldsOf)),
    insertBranch: (draft) =>
      Effect.flatMap(nextId(db, "branch"), (id) => insert("branch", new Branch({ ...draft, id: id as BranchId }))),
    insertOutlet: (draft) =>
      Effect.flatMap(nextId(db, "outlet"), (id) => insert("outlet", new Outlet({ ...draft, id: id as OutletId }))),
    updateBranch: (branch) => replace("branch", branch),
    updateOutlet: (outlet) => replace("outlet", outlet),
    deleteBranch: (id) => remove("branch", id),
    deleteOutlet: (id) => remove("outlet", id)
  }
}
