/**
 * The hard rules of a (customer, product) pair on a day, in one place: on sale that day (销售期), not held
 * (the holding file), suitable (适当性) and feasible (starting amount within what the customer can invest).
 * Every list — the portrait's `recommand`, `/api/company/match` and the learned score's normaliser — uses it.
 */
import type { MatchProduct } from "./MatchTypes.js"
import { onSaleOn } from "./MatchTypes.js"
import { feasible, suitable } from "./Score.js"

/** The columns the rules read. `heldFrom`/`held`: customer i holds the products held[heldFrom[i] … heldFrom[i+1]). */
export interface RuleColumns {
  readonly products: ReadonlyArray<MatchProduct>
  readonly tolerance: Uint8Array
  readonly capacity: Float64Array
  readonly heldFrom: Int32Array
  readonly held: Int32Array
  /** The reference day D and whether each product is on sale on it (precomputed: D is asked most). */
  readonly day: string | null
  readonly onSaleOnDay: Uint8Array
}

export const holds = (c: RuleColumns, i: number, k: number): boolean => {
  for (let j = c.heldFrom[i]!; j < c.heldFrom[i + 1]!; j++) if (c.held[j] === k) return true
  return false
}

/** The pair passes every hard rule on `day`; `alsoHeld` adds product codes the caller knows the customer holds. */
export const allowed = (
  c: RuleColumns,
  i: number,
  k: number,
  day: string,
  alsoHeld?: ReadonlySet<string> | undefined
): boolean => {
  const p = c.products[k]!
  return (
    suitable(c.tolerance[i]!, p.risk) &&
    feasible(c.capacity[i]!, p.startingYuan) &&
    (day === c.day ? c.onSaleOnDay[k] === 1 : onSaleOn(p.row, day)) &&
    !holds(c, i, k) &&
    !(alsoHeld?.has(p.row.productCode) ?? false)
  )
}

/**
 * `allowed` on D for every product of customer i at once (the index build's pass over every pair): out[k] = 1 when
 * the pair passes. The same rules; D is the day the columns were built for.
 */
export const allowedOnDay = (c: RuleColumns, i: number, out: Uint8Array): void => {
  const tolerance = c.tolerance[i]!
  const capacity = c.capacity[i]!
  for (let k = 0; k < c.products.length; k++) {
    const p = c.products[k]!
    out[k] = suitable(tolerance, p.risk) && feasible(capacity, p.startingYuan) && c.onSaleOnDay[k] === 1 ? 1 : 0
  }
  for (let j = c.heldFrom[i]!; j < c.heldFrom[i + 1]!; j++) out[c.held[j]!] = 0
}

/** Holdings as per-customer product lists (unknown customers or products are ignored). */
export const heldColumns = (
  holdings: Iterable<{ readonly companyCode: string; readonly productCode: string }>,
  customers: ReadonlyMap<string, number>,
  products: ReadonlyMap<string, number>,
  size: number
): { readonly heldFrom: Int32Array; readonly held: Int32Array } => {
  const lists: Array<Array<number> | undefined> = new Array(size)
  for (const h of holdings) {
    const i = customers.get(h.companyCode)
    const k = products.get(h.productCode)
    if (i === undefined || k === undefined) continue
    const list = lists[i]
    if (list === undefined) lists[i] = [k]
    else if (!list.includes(k)) list.push(k)
  }
  const heldFrom = new Int32Array(size + 1)
  for (let i = 0; i < size; i++) heldFrom[i + 1] = heldFrom[i]! + (lists[i]?.length ?? 0)
  const held = new Int32Array(heldFrom[size]!)
  for (let i = 0; i < size; i++) held.set(lists[i] ?? [], heldFrom[i]!)
  return { heldFrom, held }
}
