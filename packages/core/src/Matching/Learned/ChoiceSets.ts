/**
 * The products a customer could choose among when it bought, for the co-purchase segments: those suitable for its
 * tolerance, within its funds and on sale at some day of the purchase's 30-day period. Customers who only ever see
 * low-risk or cheap products buy alike because of the hard rules, not of a shared taste; a segment's share of a
 * product is read within each purchase's set, so the segments need not spend classes on the rules.
 */
import type { ProductColumns } from "./Columns.js"

/** Days of one period: the sets are built per period, not per day, to stay few. */
const PERIOD = 30

export interface ChoiceSets {
  readonly products: ProductColumns
  /** Distinct starting amounts in yuan, ascending (a customer's funds rank among them). */
  readonly starts: Float64Array
  readonly ids: Map<number, number>
  /** Per set: 1 for each member product; and the members as a list. */
  readonly member: Array<Uint8Array>
  readonly members: Array<Int32Array>
}

export const choiceSets = (products: ProductColumns): ChoiceSets => ({
  products,
  starts: Float64Array.from(new Set(products.startingYuan)).sort(),
  ids: new Map(),
  member: [],
  members: []
})

/** How many distinct starting amounts are within the funds. */
export const fundsRank = (starts: Float64Array, capacity: number) => {
  let lo = 0
  let hi = starts.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (starts[mid]! <= capacity) lo = mid + 1
    else hi = mid
  }
  return lo
}

/**
 * The set of a purchase on `day` by a customer of this tolerance and funds, created on first use. While the
 * segments are fitted (`join` ≥ 0), a product bought outside its set (sold after its window, or to a customer
 * rated lower since) joins it; afterwards sets no longer change.
 */
export const setOf = (cs: ChoiceSets, tolerance: number, capacity: number, day: number, join = -1): number => {
  const period = Math.floor(day / PERIOD)
  const key = setKey(cs, tolerance, fundsRank(cs.starts, capacity), day)
  let id = cs.ids.get(key)
  const p = cs.products
  if (id === undefined) {
    id = cs.member.length
    const first = period * PERIOD
    const last = first + PERIOD - 1
    const member = new Uint8Array(p.size)
    for (let j = 0; j < p.size; j++)
      member[j] =
        p.risk[j]! <= tolerance && p.startingYuan[j]! <= capacity && p.saleFrom[j]! <= last && p.saleTo[j]! >= first
          ? 1
          : 0
    cs.ids.set(key, id)
    cs.member.push(member)
    cs.members.push(listOf(member))
  }
  if (join >= 0 && cs.member[id]![join] === 0) {
    cs.member[id]![join] = 1
    cs.members[id] = listOf(cs.member[id]!)
  }
  return id
}

/** A number naming the set of a tolerance (0–7), funds rank (fundsRank) and day; small, so maps hash it fast. */
export const setKey = (cs: ChoiceSets, tolerance: number, rank: number, day: number): number =>
  (Math.floor(day / PERIOD) * 8 + (tolerance & 7)) * (cs.starts.length + 1) + rank

const listOf = (member: Uint8Array): Int32Array => {
  const out: Array<number> = []
  for (let j = 0; j < member.length; j++) if (member[j] === 1) out.push(j)
  return Int32Array.from(out)
}
