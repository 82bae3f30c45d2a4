/**
 * One linear pass over a company's time-ordered transactions, accumulating per window month what §3 needs.
 *
 * A single scan object is reset and reused for every company, so the per-row loop allocates nothing. Money
 * is taken in integer fen (分): uploads carry two decimals, so the conversion is exact and every sum below is
 * an exact integer (up to 2^53 fen), independent of summation order.
 *
 * The customer's balance is the sum over its accounts (DOMAIN.md §3): before its first transaction it is the
 * sum of every account's opening balance (the first row's balance with its amount undone); each transaction
 * then replaces its own account's part with the row's balance. So the total never jumps when another account
 * first shows activity, and for a single account it is the row's balance.
 */
import { AccountBalances } from "./AccountBalances.js"
import { DAY_MS } from "./Calendar.js"
import { toFen } from "./Money.js"
import { BORROW } from "./TradeColumns.js"
import type { GroupedTrades } from "./TradeOrder.js"
import { type AnalysisWindow, WINDOW_MONTHS, windowMonthOf } from "./Window.js"

/** Direction slots: 0 = all, 1 = borrow 借, 2 = lend 贷. Month k of slot d is at index d × 12 + k. */
export const SLOTS = 3

export class CompanyScan {
  /** Sum (fen) and count of the time-point balances (时点余额) per slot and month; the count is the trade count. */
  readonly balanceSum = new Float64Array(SLOTS * WINDOW_MONTHS)
  readonly count = new Int32Array(SLOTS * WINDOW_MONTHS)
  readonly amount = new Float64Array(SLOTS * WINDOW_MONTHS)
  /** Sum of end-of-day balances (fen) and number of days with a known balance, per month. */
  readonly eodSum = new Float64Array(WINDOW_MONTHS)
  readonly eodDays = new Int32Array(WINDOW_MONTHS)
  readonly hourMax = new Float64Array(SLOTS)
  readonly hourMin = new Float64Array(SLOTS)
  readonly hourAbsSum = new Float64Array(SLOTS)
  readonly inAmount = new Float64Array(SLOTS)
  readonly inCount = new Int32Array(SLOTS)
  /** First window month of the zero-filled trade series; −1 when the company has no transaction up to D. */
  tradeFrom = -1
  /** Rows [winFrom, winTo) of the grouped trades are the company's transactions inside the window. */
  winFrom = 0
  winTo = 0
  /** The customer's balance (fen) right after window row winFrom + i, for i < winTo − winFrom. */
  hourFen: Float64Array
  private readonly accounts: AccountBalances

  constructor(accountCount: number, longestSegment: number) {
    this.accounts = new AccountBalances(accountCount)
    this.hourFen = new Float64Array(longestSegment)
  }

  /** Scans rows [from, to) of `g`: one company, in time order. */
  scan(g: GroupedTrades, from: number, to: number, w: AnalysisWindow): void {
    this.reset()
    const { time, balance, account } = g
    if (from === to || time[from]! >= w.endMs) return
    const firstDay = Math.floor(time[from]! / DAY_MS)
    this.tradeFrom = firstDay < w.startDay ? 0 : windowMonthOf(w, firstDay)
    let total = this.accounts.open(g, from, to)
    const last = this.accounts.last
    // Before the window only the last balance matters: it is the first known balance (§3).
    let p = from
    let known = Number.NaN
    for (; p < to && time[p]! < w.startMs; p++) {
      const fen = toFen(balance[p]!)
      total += fen - last[account[p]!]!
      last[account[p]!] = fen
      known = total
    }
    this.winFrom = p
    let k = 0
    let nextMonthMs = w.monthStartMs[1]!
    let cursorDay = w.startDay
    let cursorMonth = 0
    for (; p < to; p++) {
      const ms = time[p]!
      if (ms >= w.endMs) break
      const day = Math.floor(ms / DAY_MS)
      while (ms >= nextMonthMs) nextMonthMs = w.monthStartMs[++k + 1]!
      if (day !== cursorDay) {
        // The previous day is complete: its end-of-day balance holds until this day.
        if (!Number.isNaN(known)) this.carry(w, cursorMonth, cursorDay, day, known)
        cursorDay = day
        cursorMonth = k
      }
      const fen = toFen(balance[p]!)
      total += fen - last[account[p]!]!
      last[account[p]!] = fen
      known = total
      this.hourFen[p - this.winFrom] = known
      const a = toFen(g.amount[p]!)
      const d = g.direction[p] === BORROW ? 1 : 2
      this.add(0, k, known, a)
      this.add(d, k, known, a)
      if (g.inBank[p] === 1) {
        this.inAmount[d]! += a
        this.inCount[d]!++
      }
    }
    this.winTo = p
    if (!Number.isNaN(known)) this.carry(w, cursorMonth, cursorDay, w.endDay + 1, known)
  }

  private add(d: number, k: number, b: number, a: number): void {
    const at = d * WINDOW_MONTHS + k
    this.balanceSum[at]! += b
    this.count[at]!++
    this.amount[at]! += a
    if (b > this.hourMax[d]!) this.hourMax[d] = b
    if (b < this.hourMin[d]!) this.hourMin[d] = b
    this.hourAbsSum[d]! += Math.abs(b)
  }

  /** Days [fromDay, toDay) all end at `fen`; fromDay lies in window month k. */
  private carry(w: AnalysisWindow, k: number, fromDay: number, toDay: number, fen: number): void {
    for (; fromDay < toDay; k++) {
      const end = Math.min(toDay, w.monthStartDay[k + 1]!)
      this.eodSum[k]! += fen * (end - fromDay)
      this.eodDays[k]! += end - fromDay
      fromDay = end
    }
  }

  private reset(): void {
    for (const a of [this.balanceSum, this.count, this.amount, this.eodSum, this.eodDays]) a.fill(0)
    for (const a of [this.hourAbsSum, this.inAmount, this.inCount]) a.fill(0)
    this.hourMax.fill(Number.NEGATIVE_INFINITY)
    this.hourMin.fill(Number.POSITIVE_INFINITY)
    this.tradeFrom = -1
    this.winFrom = 0
    this.winTo = 0
  }
}
