/**
 * Wealth trades seen from the customer's account: inside the transaction window every purchase is a debit
 * (preceded by a funding inflow) and every redemption or maturity payout a credit, on the primary account,
 * at the trade's own time. This is what ties trade_flow to financial_trade.
 */
import type { FlowCalendar } from "./calendar.js"
import type { WealthChannel, WealthTrade } from "./types.js"

export interface FlowEvent {
  /** dayIndex × 86400 + second of day */
  readonly key: number
  readonly purchase: boolean
  /** Yuan cents. */
  readonly cents: number
  readonly channel: WealthChannel
}

/** Rows a customer's events occupy: a purchase books a funding inflow and the debit. */
export const slotsOf = (events: ReadonlyArray<FlowEvent>): number =>
  events.reduce((n, e) => n + (e.purchase ? 2 : 1), 0)

export const flowEvents = (cal: FlowCalendar, trades: ReadonlyArray<WealthTrade>): Map<number, Array<FlowEvent>> => {
  const byCustomer = new Map<number, Array<FlowEvent>>()
  for (const t of trades) {
    const dayIndex = t.day - cal.start
    if (dayIndex < 0 || dayIndex >= cal.days) continue
    const purchase = t.businessType === "认购" || t.businessType === "申购"
    // amount is in 0.01 万元 = 100 yuan = 10,000 cents
    const event = { key: dayIndex * 86400 + t.second, purchase, cents: t.amount * 10_000, channel: t.channel }
    const list = byCustomer.get(t.customer.index) ?? []
    list.push(event)
    byCustomer.set(t.customer.index, list)
  }
  for (const list of byCustomer.values()) list.sort((a, b) => a.key - b.key)
  return byCustomer
}
