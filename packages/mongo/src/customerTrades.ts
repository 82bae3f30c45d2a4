/**
 * One customer's trades as tradesOf answers them, from the rows its index gave (CustomerIndex.ts): narrowed by
 * the filter, newest first, one page. A customer has hundreds of rows, not millions: this is done in memory.
 */
import { type TradeFilter, type TradeType, tradeTimeUpTo } from "@wm/core"
import type { PlacedRow } from "./CustomerIndex.js"
import type { StoredRow } from "./readBatches.js"

/** Trade time descending (compared as text), then the later written: higher version, then higher seq. */
const newestFirst = (a: PlacedRow, b: PlacedRow) => {
  const ta = String(a.row.tradeTime)
  const tb = String(b.row.tradeTime)
  return ta < tb ? 1 : ta > tb ? -1 : b.version - a.version || b.seq - a.seq
}

const matching = (type: TradeType, filter: TradeFilter | undefined) => {
  const to = filter?.to === undefined ? undefined : tradeTimeUpTo(filter.to)
  return ({ row }: PlacedRow) => {
    const time = String(row.tradeTime)
    return (
      (filter?.from === undefined || time >= filter.from) &&
      (to === undefined || time <= to) &&
      // financial_trade rows have no direction: the filter does not apply to them.
      (type !== "trade_flow" || filter?.direction === undefined || row.direction === filter.direction)
    )
  }
}

export const tradePage = (
  rows: ReadonlyArray<PlacedRow>,
  type: TradeType,
  { page, count }: { page: number; count: number },
  filter: TradeFilter | undefined
): { total: number; items: Array<StoredRow> } => {
  const all = rows.filter(matching(type, filter)).sort(newestFirst)
  return { total: all.length, items: all.slice((page - 1) * count, page * count).map((r) => r.row) }
}
