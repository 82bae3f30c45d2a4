/**
 * Regroups transactions by (company, trade time, upload index), copying the columns into that order.
 *
 * Reading columns through a sorted index costs a cache miss per column per row on large inputs; instead a
 * counting sort scatters the rows by company (sequential reads), which keeps upload order inside each
 * company, and each company's contiguous, cache-resident segment is then stably sorted by time, so equal
 * times keep upload order as DOMAIN.md §3 asks. Huge segments use the radix sort of `sortByTime`.
 */
import { sortByTime } from "./RadixSort.js"
import type { TradeColumns } from "./TradeColumns.js"

/** The columns the engine reads, grouped by company and in time order inside each company. */
export interface GroupedTrades {
  readonly time: Float64Array
  readonly direction: Uint8Array
  readonly amount: Float64Array
  readonly balance: Float64Array
  readonly inBank: Uint8Array
  readonly account: Int32Array
  /** Company c owns rows [start[c], start[c + 1]). */
  readonly start: Int32Array
}

const RADIX_FROM = 1 << 14

export const groupTrades = (trades: TradeColumns, companyCount: number): GroupedTrades => {
  const n = trades.length
  const start = new Int32Array(companyCount + 1)
  for (let i = 0; i < n; i++) {
    const c = trades.company[i]!
    if (!(c >= 0 && c < companyCount)) throw new RangeError(`trade ${i} refers to unknown company index ${c}`)
    start[c + 1]!++
  }
  for (let c = 0; c < companyCount; c++) start[c + 1]! += start[c]!
  const g: GroupedTrades = {
    time: new Float64Array(n),
    direction: new Uint8Array(n),
    amount: new Float64Array(n),
    balance: new Float64Array(n),
    inBank: new Uint8Array(n),
    account: new Int32Array(n),
    start
  }
  const next = start.slice(0, companyCount)
  for (let i = 0; i < n; i++) {
    const to = next[trades.company[i]!]!++
    g.time[to] = trades.time[i]!
    g.direction[to] = trades.direction[i]!
    g.amount[to] = trades.amount[i]!
    g.balance[to] = trades.balance[i]!
    g.inBank[to] = trades.inBank[i]!
    g.account[to] = trades.account[i]!
  }
  let longest = 0
  for (let c = 0; c < companyCount; c++) longest = Math.max(longest, start[c + 1]! - start[c]!)
  const scratch = {
    keys: new Float64Array(longest),
    perm: new Int32Array(longest),
    ints: new Int32Array(longest),
    bytes: new Uint8Array(longest)
  }
  for (let c = 0; c < companyCount; c++) sortSegment(g, start[c]!, start[c + 1]!, scratch)
  return g
}

interface Scratch {
  readonly keys: Float64Array
  readonly perm: Int32Array
  readonly ints: Int32Array
  readonly bytes: Uint8Array
}

const isChronological = (time: Float64Array, from: number, to: number): boolean => {
  for (let i = from + 1; i < to; i++) if (time[i]! < time[i - 1]!) return false
  return true
}

/**
 * Segment positions in time order, by insertion sort: uploads are nearly chronological per customer, so it
 * is close to linear; past a budget of moves it hands over to a comparison sort. Strict `>` keeps equal
 * times in arrival order.
 */
const insertionOrder = (time: Float64Array, from: number, len: number, s: Scratch): Int32Array => {
  const { keys, perm } = s
  let budget = 16 * len + 64
  for (let i = 0; i < len; i++) {
    const key = time[from + i]!
    let j = i - 1
    for (; j >= 0 && keys[j]! > key; j--) {
      keys[j + 1] = keys[j]!
      perm[j + 1] = perm[j]!
      if (--budget < 0) {
        const seg = time.subarray(from, from + len)
        return Int32Array.from({ length: len }, (_, k) => k).sort((a, b) => seg[a]! - seg[b]! || a - b)
      }
    }
    keys[j + 1] = key
    perm[j + 1] = i
  }
  return perm.subarray(0, len)
}

/** Rows [from, to) into time order, equal times keeping the (upload) order they arrived in. */
const sortSegment = (g: GroupedTrades, from: number, to: number, s: Scratch): void => {
  if (isChronological(g.time, from, to)) return
  const len = to - from
  const perm = len >= RADIX_FROM ? sortByTime(g.time.subarray(from, to)) : insertionOrder(g.time, from, len, s)
  permute(g.time, from, perm, s.keys)
  permute(g.amount, from, perm, s.keys)
  permute(g.balance, from, perm, s.keys)
  permute(g.direction, from, perm, s.bytes)
  permute(g.inBank, from, perm, s.bytes)
  permute(g.account, from, perm, s.ints)
}

const permute = <A extends Float64Array | Int32Array | Uint8Array>(
  column: A,
  from: number,
  perm: Int32Array,
  scratch: A
): void => {
  for (let j = 0; j < perm.length; j++) scratch[j] = column[from + perm[j]!]!
  column.set(scratch.subarray(0, perm.length), from)
}
