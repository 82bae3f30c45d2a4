/**
 * The rows of a statistics list and the caller's ranks (DOMAIN.md §7–8).
 *
 * Rows are the sub-branches in the caller's scope; with `branchId` that sub-branch's outlets, with `outletId` that
 * outlet, and an outlet relationship manager always sees its own outlet. A requested id outside the scope or naming
 * nothing leaves no rows (as the other lists). `branchRank` is the caller's sub-branch among all sub-branches and
 * `outletRank` the caller's outlet among its sub-branch's outlets (StatRows.ts). Bank-level callers have neither;
 * sub-branch staff only `branchRank`.
 */
import type { Scope } from "../Accounts/Actor.js"
import type { Branch, Outlet } from "../Domain/Organisation.js"
import type { OutletFigures } from "./Figures.js"

export interface OrgTree {
  readonly branches: ReadonlyArray<Branch>
  readonly outlets: ReadonlyArray<Outlet>
}

export interface RowRequest {
  readonly branchId?: number | undefined
  readonly outletId?: number | undefined
  /** Matches the organisation's name or code, case-insensitively. */
  readonly keyword?: string | undefined
}

export interface OrgUnit {
  readonly id: number
  readonly code: string
  readonly name: string
  readonly level: "branch" | "outlet"
  /** The sub-branch id (its own for a sub-branch). */
  readonly branchId: number
  readonly outletCodes: ReadonlyArray<string>
}

export const byCode = (a: { code: string }, b: { code: string }) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)

export const branchUnit = (tree: OrgTree, b: Branch): OrgUnit => ({
  id: b.id,
  code: b.code,
  name: b.name,
  level: "branch",
  branchId: b.id,
  outletCodes: tree.outlets.filter((o) => o.branchId === b.id).map((o) => o.code)
})

export const outletUnit = (o: Outlet): OrgUnit => ({
  id: o.id,
  code: o.code,
  name: o.name,
  level: "outlet",
  branchId: o.branchId,
  outletCodes: [o.code]
})

/** The organisations a caller's list shows, ordered by code. */
export const selectUnits = (tree: OrgTree, scope: Scope, request: RowRequest): ReadonlyArray<OrgUnit> => {
  const outletOk = (o: Outlet) =>
    (scope.level === "bank" || o.branchId === scope.branchId) && (scope.level !== "outlet" || o.id === scope.outletId)
  let units: Array<OrgUnit>
  if (request.outletId !== undefined) {
    units = tree.outlets
      .filter((o) => o.id === request.outletId && (request.branchId === undefined || o.branchId === request.branchId))
      .filter(outletOk)
      .map(outletUnit)
  } else if (request.branchId !== undefined || scope.level === "outlet") {
    const branchId = request.branchId ?? (scope.level === "bank" ? -1 : scope.branchId)
    units = tree.outlets.filter((o) => o.branchId === branchId && outletOk(o)).map(outletUnit)
  } else {
    units = tree.branches
      .filter((b) => scope.level === "bank" || b.id === scope.branchId)
      .map((b) => branchUnit(tree, b))
  }
  const k = request.keyword?.trim().toLowerCase()
  if (k) units = units.filter((u) => u.name.toLowerCase().includes(k) || u.code.toLowerCase().includes(k))
  return units.sort(byCode)
}

/** The summed raw figures of a unit (its outlets, plus a sub-branch's own where the statistic has them). */
export const sumUnit = (unit: OrgUnit, figures: OutletFigures): Array<number> => {
  const sums = new Array<number>(figures.width).fill(0)
  const add = (values: ReadonlyArray<number> | undefined) => {
    if (values !== undefined) for (let i = 0; i < sums.length; i++) sums[i]! += values[i]!
  }
  for (const code of unit.outletCodes) add(figures.byOutlet(code))
  if (unit.level === "branch") add(figures.byBranch?.(unit.id))
  return sums
}
