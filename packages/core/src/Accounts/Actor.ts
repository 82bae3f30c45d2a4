/**
 * The signed-in caller and the scope rules that follow from its role (DOMAIN.md §1).
 */

import type { BranchId, OutletId } from "../Domain/Ids.js"
import type { Branch, Outlet } from "../Domain/Organisation.js"
import { type Role, scopeLevelOf } from "../Domain/Role.js"
import type { User } from "../Domain/User.js"

export interface Actor {
  readonly user: User
  /** The token hash of the session the request came with. */
  readonly sessionHash: string
}

/** The slice of the bank a caller sees: everything, one sub-branch, or one outlet. */
export type Scope =
  | { readonly level: "bank" }
  | { readonly level: "branch"; readonly branchId: BranchId }
  | { readonly level: "outlet"; readonly branchId: BranchId; readonly outletId: OutletId }

export const scopeOf = (user: User): Scope => {
  const level = scopeLevelOf(user.role)
  if (level === "bank" || user.branchId === null) return level === "bank" ? { level } : noScope
  if (level === "outlet") {
    return user.outletId === null ? noScope : { level, branchId: user.branchId, outletId: user.outletId }
  }
  return { level, branchId: user.branchId }
}

/** A user whose organisation is missing sees nothing: an impossible branch id matches no record. */
const noScope: Scope = { level: "branch", branchId: -1 as BranchId }

export const scopeFilter = (scope: Scope): { branchId?: BranchId; outletId?: OutletId } =>
  scope.level === "bank"
    ? {}
    : scope.level === "branch"
      ? { branchId: scope.branchId }
      : { branchId: scope.branchId, outletId: scope.outletId }

export const outletInScope = (scope: Scope, outlet: Outlet): boolean =>
  scope.level === "bank" ||
  (scope.level === "branch" ? outlet.branchId === scope.branchId : outlet.id === scope.outletId)

export const branchInScope = (scope: Scope, branch: Branch): boolean =>
  scope.level === "bank" || branch.id === scope.branchId

/** Roles allowed to manage users at all, and which roles each may manage. */
export const manageableRoles = (role: Role): ReadonlyArray<Role> =>
  role === 1 ? [1, 2, 3, 4, 5] : role === 3 ? [3, 4, 5] : []

export const isBankAdmin = (user: User): boolean => user.role === 1
