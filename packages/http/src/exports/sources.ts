/**
 * Every export type's source (DOMAIN.md §9): the list-route types of the catalogue, read in large pages; the
 * holding and trade lists (the largest) read straight from the wealth index once and sliced; the types the
 * document gives no list (14, 16, 17, 19, 20, 21) and our audit-trail type 22 over the core figures and ports
 * the statistics, marketing and audit routes use.
 */
import { InvalidInput, within, withKeyword } from "@wm/core"
import { Effect, Option } from "effect"
import { orgNames } from "../routes/company/access.js"
import { tradeFlowRow } from "../routes/financial/tradeFlow.js"
import { holdingRow } from "../routes/warning/holdingRow.js"
import { wealthInScope } from "../routes/warning/wealthScope.js"
import { auditTrail } from "./audit.js"
import { listExports } from "./catalogue.js"
import { convertedThisMonth, convertedThisYear } from "./conversions.js"
import { recordsByMonth, recordsByYear } from "./marketing.js"
import { pageInput } from "./params.js"
import { notSignedIn, signIns } from "./signIns.js"
import { type ExportRow, type ExportSource, routeSource, sliced } from "./source.js"

/** Types 5 and 6: the route's whole selection from the wealth index, computed once (its rows, unpaged). */
interface WealthQuery {
  readonly keyword?: string
  readonly branchId?: number
  readonly outletId?: number
  readonly outletid?: number
}

const wealthSource = (type: 5 | 6): ExportSource => {
  const spec = listExports[type]!
  const check = (info: Record<string, unknown>) =>
    Effect.flatMap(pageInput(spec, info, 1, 100), ({ query }) => {
      const q = query as WealthQuery
      return q.outletid !== undefined && q.outletId !== undefined && q.outletid !== q.outletId
        ? Effect.fail(
            new InvalidInput({ field: "info.outletId", reason: `names another outlet than outletid (${q.outletid})` })
          )
        : Effect.succeed(q)
    })
  return {
    columns: spec.columns,
    check: (_actor, info) => check(info),
    read: (actor, info) =>
      Effect.gen(function* () {
        const q = yield* check(info)
        // As trade_flow: `outletid` is the document's spelling; create already refused two different outlets.
        const wanted = { branchId: q.branchId, outletId: q.outletId ?? q.outletid } as never
        const found = yield* wealthInScope(actor.user, wanted)
        if (Option.isNone(found)) return sliced([], () => ({}))
        const names = yield* orgNames
        const { index, filter } = found.value
        if (type === 5) {
          const rows = withKeyword(within(index.holdings, filter), q.keyword)
          return sliced(rows, (e) => holdingRow(e, names) as unknown as ExportRow)
        }
        const rows = withKeyword(within(index.trades, filter), q.keyword)
        return sliced(rows, (e) => tradeFlowRow(e, names) as unknown as ExportRow)
      })
  }
}

export const exportSources: Readonly<Record<number, ExportSource>> = {
  ...Object.fromEntries(Object.entries(listExports).map(([type, spec]) => [type, routeSource(spec)])),
  5: wealthSource(5),
  6: wealthSource(6),
  14: notSignedIn,
  16: convertedThisMonth,
  17: convertedThisYear,
  19: recordsByMonth,
  20: recordsByYear,
  21: signIns,
  22: auditTrail
}
