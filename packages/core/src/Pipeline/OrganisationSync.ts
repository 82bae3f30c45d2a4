/**
 * Applying an `organization` file, a snapshot (DOMAIN.md §2): the applied rows become the whole organisation
 * tree. Sub-branches and outlets are added, renamed and moved as the file says; those it leaves out are
 * removed. The removal is planned before the apply writes anything, because an outlet that customers or users
 * still belong to (or a sub-branch its staff belong to) must not vanish silently: then the whole apply is
 * refused, naming them, and the bank admin merges them in 机构管理 or keeps them in the file.
 */
import { Clock, Effect, Option, Schema } from "effect"
import type { Company } from "../Domain/Company.js"
import { OrgCode } from "../Domain/Ids.js"
import { Branch, Outlet } from "../Domain/Organisation.js"
import { Roles } from "../Domain/Role.js"
import { Conflict } from "../Errors.js"
import { OrganisationRepo } from "../Ports/OrganisationRepo.js"
import { UserRepo } from "../Ports/UserRepo.js"
import type { UploadRow } from "../Upload/Specs.js"

const code = Schema.decodeUnknownSync(OrgCode)

type OrganisationRow = UploadRow<"organization">

/** What applying the rows removes from the tree. */
export interface OrganisationPlan {
  readonly outlets: ReadonlyArray<Outlet>
  readonly branches: ReadonlyArray<Branch>
}

/**
 * The outlets and sub-branches the rows leave out; fails with Conflict (10008) when any is still in use.
 * `customers` is the customer master as it will be after the apply.
 */
export const planOrganisations = (rows: ReadonlyArray<OrganisationRow>, customers: ReadonlyArray<Company>) =>
  Effect.gen(function* () {
    const orgs = yield* OrganisationRepo
    const users = yield* UserRepo
    const outletCodes = new Set<string>(rows.map((r) => r.outletCode))
    const branchCodes = new Set<string>(rows.map((r) => r.branchCode))
    // Codes are shared by sub-branches and outlets: such a file could only be applied half-way.
    const both = [...branchCodes].filter((c) => outletCodes.has(c))
    if (both.length > 0) {
      return yield* new Conflict({ reason: `codes used both as sub-branch and outlet: ${both.join(", ")}` })
    }
    const outlets = (yield* orgs.listOutlets({})).filter((o) => !outletCodes.has(o.code))
    const branches = (yield* orgs.listBranches()).filter((b) => !branchCodes.has(b.code))
    const customersOf = new Map<string, number>()
    for (const c of customers) customersOf.set(c.outletCode, (customersOf.get(c.outletCode) ?? 0) + 1)
    const inUse: Array<string> = []
    for (const outlet of outlets) {
      const customerCount = customersOf.get(outlet.code) ?? 0
      const userCount = yield* users.count({ outletId: outlet.id })
      if (customerCount > 0 || userCount > 0) {
        inUse.push(`outlet ${outlet.code} (${customerCount} customers, ${userCount} users)`)
      }
    }
    // Outlet RMs follow their outlet; sub-branch admins and RMs belong to the sub-branch itself.
    for (const branch of branches) {
      const staff = yield* users.count({ branchId: branch.id, roles: [Roles.BranchAdmin, Roles.BranchRM] })
      if (staff > 0) inUse.push(`sub-branch ${branch.code} (${staff} users)`)
    }
    if (inUse.length > 0) {
      return yield* new Conflict({
        reason:
          `the organization file leaves out organisations still in use: ${inUse.join("; ")}. ` +
          "Keep them in the file, or merge them into another outlet (and move their users) first"
      })
    }
    return { outlets, branches } satisfies OrganisationPlan
  })

/** Makes the tree what the rows say, removing what `plan` lists; runs after the data switch. */
export const syncOrganisations = (rows: ReadonlyArray<OrganisationRow>, plan: OrganisationPlan) =>
  Effect.gen(function* () {
    const orgs = yield* OrganisationRepo
    const users = yield* UserRepo
    const now = yield* Clock.currentTimeMillis
    const audit = { createdAt: now, createdBy: null, updatedAt: now, updatedBy: null }
    // Removed outlets go first, so the file may reuse their codes.
    for (const outlet of plan.outlets) yield* orgs.deleteOutlet(outlet.id)
    for (const row of rows) {
      const existingBranch = yield* orgs.findBranch(code(row.branchCode))
      const branch = Option.isSome(existingBranch)
        ? existingBranch.value
        : yield* orgs.insertBranch({ code: code(row.branchCode), name: row.branchName, ...audit })
      if (branch.name !== row.branchName) {
        yield* orgs.updateBranch(new Branch({ ...branch, name: row.branchName, updatedAt: now, updatedBy: null }))
      }
      const outlet = yield* orgs.findOutlet(code(row.outletCode))
      if (Option.isNone(outlet)) {
        yield* orgs.insertOutlet({ code: code(row.outletCode), name: row.outletName, branchId: branch.id, ...audit })
      } else if (outlet.value.name !== row.outletName || outlet.value.branchId !== branch.id) {
        yield* orgs.updateOutlet(
          new Outlet({ ...outlet.value, name: row.outletName, branchId: branch.id, updatedAt: now, updatedBy: null })
        )
        // An outlet RM's scope names the sub-branch too: it follows a moved outlet, as in 机构管理.
        if (outlet.value.branchId !== branch.id) yield* users.setBranchOfOutlet(outlet.value.id, branch.id)
      }
    }
    // Every outlet now sits under a sub-branch of the file, so these are empty.
    for (const branch of plan.branches) yield* orgs.deleteBranch(branch.id)
  })
