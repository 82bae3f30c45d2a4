/**
 * The rows of a statistics list with their derived figures, sorted as asked, and the caller's ranks (DOMAIN.md §7):
 * rank 1 is the largest value and equal values share a rank (1, 2, 2, 4).
 */
import type { Scope } from "../Accounts/Actor.js"
import type { OutletFigures } from "./Figures.js"
import { branchUnit, byCode, type OrgTree, type OrgUnit, outletUnit, sumUnit } from "./OrgRows.js"

/** Competition rank of `mine` among `all` (which holds it): 1 + how many are larger. */
export const rankOf = (mine: number, all: ReadonlyArray<number>): number => 1 + all.filter((v) => v > mine).length

export interface Ranked {
  /** Per figure; with `total` the number of organisations ranked. */
  readonly ranks: ReadonlyArray<number>
  readonly total: number
}

/** The caller's sub-branch and outlet ranks for figures derived from the raw sums by `derive`. */
export const callerRanks = (
  tree: OrgTree,
  scope: Scope,
  figures: OutletFigures,
  derive: (sums: ReadonlyArray<number>) => ReadonlyArray<number>
): { readonly branch: Ranked | null; readonly outlet: Ranked | null } => {
  if (scope.level === "bank") return { branch: null, outlet: null }
  const rank = (units: ReadonlyArray<OrgUnit>, mineId: number): Ranked | null => {
    const values = units.map((u) => derive(sumUnit(u, figures)))
    const mine = units.findIndex((u) => u.id === mineId)
    if (mine < 0) return null
    return {
      ranks: values[mine]!.map((v, f) =>
        rankOf(
          v,
          values.map((row) => row[f]!)
        )
      ),
      total: units.length
    }
  }
  const branch = rank(
    tree.branches.map((b) => branchUnit(tree, b)),
    scope.branchId
  )
  const outlet =
    scope.level === "outlet"
      ? rank(tree.outlets.filter((o) => o.branchId === scope.branchId).map(outletUnit), scope.outletId)
      : null
  return { branch, outlet }
}

export interface StatRow {
  readonly unit: OrgUnit
  /** Derived figures (the values ranked and sorted on). */
  readonly values: ReadonlyArray<number>
}

export interface SortRequest {
  /** 1-based figure to sort by; none keeps the organisations' code order. */
  readonly sortType?: number | undefined
  /** 1 descending (default), 0 ascending. */
  readonly sort?: number | undefined
}

/** The rows with derived figures, sorted as asked (ties by code). */
export const statRows = (
  units: ReadonlyArray<OrgUnit>,
  figures: OutletFigures,
  derive: (sums: ReadonlyArray<number>) => ReadonlyArray<number>,
  order: SortRequest
): ReadonlyArray<StatRow> => {
  const rows = units.map((unit) => ({ unit, values: derive(sumUnit(unit, figures)) }))
  if (order.sortType === undefined) return rows
  const f = order.sortType - 1
  const sign = order.sort === 0 ? 1 : -1
  return rows.sort((a, b) => sign * (a.values[f]! - b.values[f]!) || byCode(a.unit, b.unit))
}
