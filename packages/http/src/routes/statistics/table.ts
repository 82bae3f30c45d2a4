/**
 * One statistics list (history_list, hold_list, login, conversion_rate) from its figure columns: the response
 * schema (rows, total, the caller's ranks), and the answer from raw figures per outlet.
 */
import { callerRanks, type OrgTree, type OutletFigures, type Scope, selectUnits, statRows } from "@wm/core"
import { Schema } from "effect"

export interface Column {
  /** The response field of the figure; its rank is `${name}Rank`. */
  readonly name: string
  readonly description: string
}

const numbers = (names: ReadonlyArray<string>, suffix: string, columns: ReadonlyArray<Column>) =>
  Object.fromEntries(
    names.map((n, i) => [`${n}${suffix}`, Schema.Number.annotations({ description: columns[i]!.description })])
  )

export const tableResponse = (identifier: string, columns: ReadonlyArray<Column>) => {
  const names = columns.map((c) => c.name)
  const Rank = Schema.Struct({
    ...numbers(names, "Rank", columns),
    total: Schema.Int.annotations({ description: "how many organisations were ranked" })
  })
  return Schema.Struct({
    organizations: Schema.Array(
      Schema.Struct({
        ...numbers(names, "", columns),
        organizationName: Schema.String.annotations({ description: "机构名称 (支行名或者网点名)" }),
        organizationId: Schema.Int.annotations({ description: "机构id (支行id或者网点id)" })
      }).annotations({ identifier: `${identifier}Row` })
    ),
    total: Schema.Int.annotations({ description: "all rows (a number here; the document gives text in places)" }),
    branchRank: Schema.optional(Rank).annotations({
      description: "the caller's sub-branch among all sub-branches (全分行排名); absent for bank-level callers"
    }),
    outletRank: Schema.optional(Rank).annotations({
      description: "the caller's outlet among its sub-branch's outlets (所在支行排名); outlet staff only"
    })
  })
}

export interface TableRequest {
  readonly branchId?: number | undefined
  readonly outletId?: number | undefined
  readonly keyword?: string | undefined
  readonly sortType?: number | undefined
  readonly sort?: number | undefined
  readonly page: number
  readonly count: number
}

export const tableAnswer = (
  columns: ReadonlyArray<Column>,
  tree: OrgTree,
  scope: Scope,
  figures: OutletFigures,
  derive: (sums: ReadonlyArray<number>) => ReadonlyArray<number>,
  request: TableRequest
) => {
  const rows = statRows(selectUnits(tree, scope, request), figures, derive, request)
  const ranks = callerRanks(tree, scope, figures, derive)
  const rankObject = (r: { ranks: ReadonlyArray<number>; total: number }) => ({
    ...Object.fromEntries(columns.map((c, i) => [`${c.name}Rank`, r.ranks[i]!])),
    total: r.total
  })
  return {
    organizations: rows.slice((request.page - 1) * request.count, request.page * request.count).map((row) => ({
      ...Object.fromEntries(columns.map((c, i) => [c.name, row.values[i]!])),
      organizationName: row.unit.name,
      organizationId: row.unit.id
    })),
    total: rows.length,
    ...(ranks.branch === null ? {} : { branchRank: rankObject(ranks.branch) }),
    ...(ranks.outlet === null ? {} : { outletRank: rankObject(ranks.outlet) })
  }
}
