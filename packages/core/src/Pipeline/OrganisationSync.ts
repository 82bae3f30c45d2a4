/**
 * Applying an `organization` file to the organisation tree: new sub-branches and outlets are added,
 * names and sub-branch of existing outlets follow the file. Outlets missing from the file are kept,
 * since users and customers may still belong to them (merge or delete them explicitly).
 */
import { Clock, Effect, Option, Schema } from "effect"
import { OrgCode } from "../Domain/Ids.js"
import { Branch, Outlet } from "../Domain/Organisation.js"
import { OrganisationRepo } from "../Ports/OrganisationRepo.js"
import type { UploadRow } from "../Upload/Specs.js"

const code = Schema.decodeUnknownSync(OrgCode)

export const syncOrganisations = (rows: ReadonlyArray<UploadRow<"organization">>) =>
  Effect.gen(function* () {
    const orgs = yield* OrganisationRepo
    const now = yield* Clock.currentTimeMillis
    const audit = { createdAt: now, createdBy: null, updatedAt: now, updatedBy: null }
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
      }
    }
  })
