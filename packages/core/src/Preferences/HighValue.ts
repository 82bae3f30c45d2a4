/**
 * 高价值客户: bought customers whose purchase total is in the bank's top `percent` % (DOMAIN.md §4).
 *
 * With N bought customers, a customer is in when fewer than percent % of them bought strictly more:
 * competition rank r ("1224") with (r − 1) × 100 < percent × N. So ties at the edge are all in, and one
 * bought customer at least always is. Integer arithmetic: no 0.2 × 15 = 3.0000000000000004 surprises.
 * Totals are compared rounded to the 万元 file precision (six decimals), so summing order cannot split a tie.
 */

const roundWan = (wan: number): number => Math.round(wan * 1e6) / 1e6

/** Indexes (into `totals`) of the high-value customers; `totals` holds the bought customers' totals in 万元. */
export const highValueIndexes = (totals: ReadonlyArray<number>, percent: number): Set<number> => {
  const n = totals.length
  const rounded = Float64Array.from(totals, roundWan)
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => rounded[b]! - rounded[a]!)
  const chosen = new Set<number>()
  let rank = 1
  for (let k = 0; k < n; k++) {
    const i = order[k]!
    if (k > 0 && rounded[i]! < rounded[order[k - 1]!]!) rank = k + 1
    if ((rank - 1) * 100 >= percent * n) break
    chosen.add(i)
  }
  return chosen
}
