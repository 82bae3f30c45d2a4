/**
 * The organisations an export of statistics detail covers, as the statistics lists choose their rows
 * (selectUnits: the caller's scope, narrowed by `branchId` / `outletId`), and the staff and customers inside them.
 * A user belongs where the login statistics count it: to its outlet, or (no outlet) to its sub-branch's own row;
 * bank-level users belong to no row. Names of sub-branches and outlets for the rows.
 */
import { type OrgTree, type Scope, selectUnits, type User } from "@wm/core"

export interface Members {
  readonly outletCodes: ReadonlySet<string>
  readonly hasUser: (user: User) => boolean
  readonly outletName: (code: string) => string
  readonly branchNameOfOutlet: (code: string) => string
  readonly branchName: (id: number | null) => string
  readonly outletNameById: (id: number | null) => string
}

export const membersOf = (
  tree: OrgTree,
  scope: Scope,
  request: { readonly branchId?: number | undefined; readonly outletId?: number | undefined }
): Members => {
  const units = selectUnits(tree, scope, request)
  const outletCodes = new Set(units.flatMap((u) => u.outletCodes))
  const branchRows = new Set(units.filter((u) => u.level === "branch").map((u) => u.branchId))
  const outletById = new Map(tree.outlets.map((o) => [o.id as number, o]))
  const outletByCode = new Map(tree.outlets.map((o) => [o.code as string, o]))
  const branchById = new Map(tree.branches.map((b) => [b.id as number, b.name]))
  return {
    outletCodes,
    hasUser: (u) => {
      if (u.branchId === null) return false
      const outlet = u.outletId === null ? undefined : outletById.get(u.outletId)
      return outlet === undefined ? branchRows.has(u.branchId) : outletCodes.has(outlet.code)
    },
    outletName: (code) => outletByCode.get(code)?.name ?? "",
    branchNameOfOutlet: (code) => {
      const outlet = outletByCode.get(code)
      return outlet === undefined ? "" : (branchById.get(outlet.branchId) ?? "")
    },
    branchName: (id) => (id === null ? "" : (branchById.get(id) ?? "")),
    outletNameById: (id) => (id === null ? "" : (outletById.get(id)?.name ?? ""))
  }
}
