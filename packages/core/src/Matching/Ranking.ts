/**
 * Ranking over the market index: the customers for one product (/api/company/match), the products for one
 * customer (portrait `recommand`) and the bank's best sellers (top5Product).
 */
import type { Paged, PageRequest } from "../Domain/Paging.js"
import { allowed } from "./Eligibility.js"
import { learnedScore, normaliserOf, utilityAt } from "./Learned/Scorer.js"
import { factsAt, type MarketIndex } from "./MarketIndex.js"
import type { MatchingConfig } from "./MatchingConfig.js"
import { type MatchProduct, onSaleOn, type Recommendation } from "./MatchTypes.js"
import { learnedColumn, NOT_ALLOWED, pairReasons, pairScore } from "./PairScore.js"
import { scoreOf, totalWeight } from "./Score.js"

/** A caller's scope as index ids: -1 = any; `none` = sees no customer (or names an unknown organisation). */
export interface IndexScope {
  readonly none: boolean
  readonly branch: number
  readonly outlet: number
}

/** The scope of a portrait filter ({} = the whole bank); an organisation the index does not know matches nobody. */
export const indexScope = (
  index: MarketIndex,
  filter: { readonly branchCode?: string | undefined; readonly outletCode?: string | undefined } | null
): IndexScope => {
  if (filter === null) return { none: true, branch: -1, outlet: -1 }
  const branch = filter.branchCode === undefined ? -1 : index.branchCodes.indexOf(filter.branchCode)
  const outlet = filter.outletCode === undefined ? -1 : index.outletCodes.indexOf(filter.outletCode)
  const unknown = (filter.branchCode !== undefined && branch < 0) || (filter.outletCode !== undefined && outlet < 0)
  return { none: unknown, branch, outlet }
}

export interface RankedCustomer {
  readonly index: number
  readonly score: number
}

// Scores have one decimal, so they are integers 0–1000 once scaled: a histogram finds the score above which the
// requested page lies, and only those customers are sorted (by key = (1000 − score × 10) above the index, so a
// numeric sort orders by score descending, then by code; indexes follow code order).
const INDEX_SPAN = 2 ** 21
const LEVELS = 1001

interface Scratch {
  readonly who: Int32Array
  readonly level: Uint16Array
  readonly keys: Float64Array
  readonly histogram: Int32Array
}
// Buffers per index, reused: ranking is synchronous, so no two rankings ever use them at once.
const scratch = new WeakMap<MarketIndex, Scratch>()
const scratchOf = (index: MarketIndex): Scratch => {
  let s = scratch.get(index)
  if (s === undefined) {
    const n = index.size
    s = {
      who: new Int32Array(n),
      level: new Uint16Array(n),
      keys: new Float64Array(n),
      histogram: new Int32Array(LEVELS)
    }
    scratch.set(index, s)
  }
  return s
}

/**
 * Customers in scope for whom the product passes every hard rule on D (on sale, not held, suitable, feasible),
 * best score first, then by code: the same rules and score as the portrait's `recommand`.
 */
export const rankCustomers = (
  index: MarketIndex,
  product: MatchProduct,
  scope: IndexScope,
  page: PageRequest,
  config: MatchingConfig
): Paged<RankedCustomer> => {
  const k = index.productByCode.get(product.row.productCode)
  const day = index.day
  if (scope.none || k === undefined || day === null || !onSaleOn(product.row, day)) return { total: 0, items: [] }
  if (index.size >= INDEX_SPAN) throw new RangeError(`market index too large: ${index.size}`)
  const { who, level, keys, histogram } = scratchOf(index)
  histogram.fill(0)
  let m = 0
  const { branch, outlet } = index
  const column = index.scorer === null ? null : learnedColumn(index, k, day, config)
  for (let i = 0; i < index.size; i++) {
    if ((scope.branch >= 0 && branch[i] !== scope.branch) || (scope.outlet >= 0 && outlet[i] !== scope.outlet)) continue
    let q: number
    if (column !== null) {
      q = column[i]!
      if (q === NOT_ALLOWED) continue
    } else {
      if (!allowed(index, i, k, day)) continue
      q = Math.round(pairScore(index, i, k, config) * 10)
    }
    who[m] = i
    level[m] = q
    histogram[q]!++
    m++
  }
  const from = Math.min(m, (page.page - 1) * page.count)
  const to = Math.min(m, from + page.count)
  if (from >= to) return { total: m, items: [] }
  let cutoff = LEVELS - 1
  for (let seen = histogram[cutoff]!; seen < to; seen += histogram[cutoff]!) cutoff--
  let c = 0
  for (let k = 0; k < m; k++) if (level[k]! >= cutoff) keys[c++] = (1000 - level[k]!) * INDEX_SPAN + who[k]!
  const sorted = keys.subarray(0, c).sort()
  const items: Array<RankedCustomer> = []
  for (let k = from; k < to; k++) {
    const key = sorted[k]!
    items.push({ index: key % INDEX_SPAN, score: (1000 - Math.floor(key / INDEX_SPAN)) / 10 })
  }
  return { total: m, items }
}

/** The best `config.recommendations` products on sale on `day` for customer `i`, none of those it holds. */
export const recommendFor = (
  index: MarketIndex,
  i: number,
  held: ReadonlySet<string>,
  day: string,
  config: MatchingConfig
): Array<Recommendation> => {
  const row = Uint8Array.from(index.products, (_, k) => (allowed(index, i, k, day, held) ? 1 : 0))
  const sc = index.scorer
  const normaliser = sc === null ? 0 : normaliserOf(sc, i, row)
  const facts = factsAt(index, i)
  const total = totalWeight(config)
  const ranked: Array<{ readonly k: number; readonly key: number; readonly score: number }> = []
  for (let k = 0; k < index.products.length; k++) {
    if (row[k] !== 1) continue
    if (sc === null) {
      const score = scoreOf(facts, index.products[k]!, config, total)
      ranked.push({ k, key: score, score })
    } else {
      const u = utilityAt(sc, i, k)
      ranked.push({ k, key: u, score: learnedScore(u, normaliser) })
    }
  }
  const code = (k: number) => index.products[k]!.row.productCode
  return ranked
    .sort((a, b) => b.key - a.key || (code(a.k) < code(b.k) ? -1 : 1))
    .slice(0, config.recommendations)
    .map(({ k, score }) => ({ product: index.products[k]!.row, score, reasons: pairReasons(index, i, k, config) }))
}

/** top5Product: products on sale on `day` with the largest purchase amounts over the recent days (none: 0). */
export const topSellers = (index: MarketIndex, day: string, config: MatchingConfig): Array<MatchProduct> =>
  index.products
    .map((p, k) => ({ p, amount: index.recentAmount[k]! }))
    .filter(({ p, amount }) => amount > 0 && onSaleOn(p.row, day))
    .sort((a, b) => b.amount - a.amount || (a.p.row.productCode < b.p.row.productCode ? -1 : 1))
    .slice(0, config.topSellers)
    .map(({ p }) => p)
