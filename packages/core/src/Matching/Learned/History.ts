/**
 * The purchases the learned score reads, as typed columns rather than one object each: in time order for the
 * replay and the segments, and grouped by customer for the histories. A customer's history before a moment is a
 * range of the grouped columns, so the replay never copies or shifts a list and the collector has nothing to
 * follow (a bank of 100,000 customers holds about half a million purchases).
 */

/** One purchase (认购 / 申购) of a known product: customer and product as index positions, amount in 万元. */
export interface PurchaseEvent {
  readonly customer: number
  readonly product: number
  readonly day: number
  readonly amount: number
}

/** Purchases in time order, one column each. */
export interface PurchaseColumns {
  readonly size: number
  readonly customer: Int32Array
  readonly product: Int32Array
  readonly day: Int32Array
  readonly amount: Float64Array
}

/**
 * The same purchases grouped by customer, time order kept within each: customer c's are positions
 * [start[c], start[c + 1]); `at[j]` is the grouped position of the j-th purchase in time order.
 */
export interface Histories {
  readonly start: Int32Array
  readonly at: Int32Array
  readonly product: Int32Array
  readonly day: Int32Array
  readonly amount: Float64Array
  /** The most recent purchases a history keeps (MatchingConfig.learning.historyLength). */
  readonly length: number
}

/** Columns of purchases already in time order (tests, benches). */
export const purchaseColumns = (events: ReadonlyArray<PurchaseEvent>): PurchaseColumns => {
  const n = events.length
  const c: PurchaseColumns = {
    size: n,
    customer: new Int32Array(n),
    product: new Int32Array(n),
    day: new Int32Array(n),
    amount: new Float64Array(n)
  }
  for (let j = 0; j < n; j++) {
    const e = events[j]!
    c.customer[j] = e.customer
    c.product[j] = e.product
    c.day[j] = e.day
    c.amount[j] = e.amount
  }
  return c
}

/** Groups the purchases of `customers` customers by customer (a stable counting sort). */
export const groupByCustomer = (events: PurchaseColumns, customers: number, length: number): Histories => {
  const n = events.size
  const start = new Int32Array(customers + 1)
  for (let j = 0; j < n; j++) start[events.customer[j]! + 1]!++
  for (let c = 0; c < customers; c++) start[c + 1]! += start[c]!
  const next = start.slice(0, customers)
  const h: Histories = {
    start,
    at: new Int32Array(n),
    product: new Int32Array(n),
    day: new Int32Array(n),
    amount: new Float64Array(n),
    length
  }
  for (let j = 0; j < n; j++) {
    const q = next[events.customer[j]!]!++
    h.at[j] = q
    h.product[q] = events.product[j]!
    h.day[q] = events.day[j]!
    h.amount[q] = events.amount[j]!
  }
  return h
}

/** First position of the history kept before grouped position `to` of customer c (its latest `length`). */
export const keptFrom = (h: Histories, c: number, to: number): number => Math.max(h.start[c]!, to - h.length)

/** A customer's history as of the last purchase: [from, to). */
export const finalHistory = (h: Histories, c: number): { readonly from: number; readonly to: number } => {
  const to = h.start[c + 1]!
  return { from: keptFrom(h, c, to), to }
}
