/**
 * Each account's latest balance during one company's scan, for the customer's summed balance (DOMAIN.md §3).
 *
 * Arrays indexed by account id are shared by all companies; a stamp per company marks which entries belong to
 * the current one, so starting a company costs nothing but one pass over its own rows.
 */
import { toFen } from "./Money.js"
import { BORROW } from "./TradeColumns.js"
import type { GroupedTrades } from "./TradeOrder.js"

export class AccountBalances {
  /** Per account id: its latest balance (fen) so far, valid where `seen` holds the current stamp. */
  readonly last: Float64Array
  private readonly seen: Int32Array
  private stamp = 0

  constructor(accountCount: number) {
    this.last = new Float64Array(accountCount)
    this.seen = new Int32Array(accountCount)
  }

  /**
   * Starts a company: each of its accounts (rows [from, to)) at its opening balance, the first row's balance
   * with the amount undone; answers their sum, the customer's balance before its first transaction. An
   * account first seen after D counts too: its opening balance is what it held at D, so moving D never makes
   * the customer lose an account it had.
   */
  open(g: GroupedTrades, from: number, to: number): number {
    const stamp = ++this.stamp
    let total = 0
    for (let p = from; p < to; p++) {
      const a = g.account[p]!
      if (this.seen[a] === stamp) continue
      this.seen[a] = stamp
      const fen = toFen(g.balance[p]!)
      const amount = toFen(g.amount[p]!)
      const opening = g.direction[p] === BORROW ? fen + amount : fen - amount
      this.last[a] = opening
      total += opening
    }
    return total
  }
}
