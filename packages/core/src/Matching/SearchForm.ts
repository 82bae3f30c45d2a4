/**
 * 搜索筛选 (/api/company/recommand): customers in scope filtered by every given criterion, idle funds
 * descending. A list criterion matches any of its values; an empty or absent one does not filter.
 * Values are the ids /api/params lists (risk 1–5, amount 1–5, cycle 1–4, category 1–6, feature 1–7).
 */
import type { Paged, PageRequest } from "../Domain/Paging.js"
import type { MarketIndex } from "./MarketIndex.js"
import type { IndexScope } from "./Ranking.js"

export interface SearchCriteria {
  /** 1 已购买, 0 未购买. */
  readonly bought?: 0 | 1 | undefined
  readonly risks?: ReadonlyArray<number> | undefined
  readonly amounts?: ReadonlyArray<number> | undefined
  readonly cycles?: ReadonlyArray<number> | undefined
  readonly categories?: ReadonlyArray<number> | undefined
  readonly features?: ReadonlyArray<number> | undefined
  /** % a year: customers whose rate preference range overlaps [min, max] (not-bought customers have none). */
  readonly rate?: { readonly min: number; readonly max: number } | undefined
}

/** Bit mask of ids (bit k = id k); 0 = no filter. */
const maskOf = (ids: ReadonlyArray<number> | undefined): number =>
  ids === undefined ? 0 : ids.reduce((m, id) => m | (1 << id), 0)

/** The search-form page; `scope` already combines the caller's scope with the form's branchId / outletId. */
export const searchCustomers = (
  index: MarketIndex,
  criteria: SearchCriteria,
  scope: IndexScope,
  page: PageRequest
): Paged<number> => {
  if (scope.none) return { total: 0, items: [] }
  const risk = maskOf(criteria.risks)
  const amount = maskOf(criteria.amounts)
  const cycle = maskOf(criteria.cycles)
  const category = maskOf(criteria.categories)
  // Feature ids start at 1, the index's bits at 0.
  const features = maskOf(criteria.features) >>> 1
  const bought = criteria.bought ?? -1
  const rate = criteria.rate
  const from = (page.page - 1) * page.count
  const to = from + page.count
  const items: Array<number> = []
  let total = 0
  const order = index.byIdleDesc
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!
    if (scope.branch >= 0 && index.branch[i] !== scope.branch) continue
    if (scope.outlet >= 0 && index.outlet[i] !== scope.outlet) continue
    if (bought >= 0 && index.bought[i] !== bought) continue
    if (risk !== 0 && (risk & (1 << index.risk[i]!)) === 0) continue
    if (amount !== 0 && (amount & (1 << index.amount[i]!)) === 0) continue
    if (cycle !== 0 && (cycle & (1 << index.cycle[i]!)) === 0) continue
    if (category !== 0 && (category & (1 << index.category[i]!)) === 0) continue
    if (features !== 0 && (features & index.features[i]!) === 0) continue
    // NaN bounds (no preference) fail both comparisons, so such customers never match a rate criterion.
    if (rate !== undefined && !(index.rateMin[i]! <= rate.max && index.rateMax[i]! >= rate.min)) continue
    if (total >= from && total < to) items.push(i)
    total++
  }
  return { total, items }
}
