/**
 * Plans each customer's accounts (1–3) and how many transactions each gets, so the file has exactly the
 * requested number of rows without ever holding them. Wealth events (flowEvents.ts) take their rows out
 * of the customer's share; large firms get more accounts and more activity.
 */
import type { FlowCalendar } from "./calendar.js"
import { type FlowEvent, slotsOf } from "./flowEvents.js"
import { Rng } from "./rng.js"
import type { Customer } from "./types.js"

export interface AccountPlan {
  readonly accountNo: string
  /** Number of ordinary transactions (wealth events come on top, on the primary account). */
  readonly regular: number
  readonly from: number
  readonly to: number
  /** Typical balance in yuan. */
  readonly level: number
}

export interface CustomerFlowPlan {
  readonly customer: Customer
  readonly accounts: ReadonlyArray<AccountPlan>
  readonly events: ReadonlyArray<FlowEvent>
}

// Real account numbers end in a check digit; Luhn makes the demo's pass the same kind of validation.
const luhn = (digits: string): number => {
  let sum = 0
  for (let i = 0; i < digits.length; i++) {
    let v = Number(digits[digits.length - 1 - i])
    if (i % 2 === 0) v = v * 2 > 9 ? v * 2 - 9 : v * 2
    sum += v
  }
  return (10 - (sum % 10)) % 10
}

const accountNumber = (c: Customer, k: number): string => {
  const body = `3301${String(c.outlet.branchNo).padStart(2, "0")}${String(c.outlet.outletNo).padStart(2, "0")}${String(c.index + 1).padStart(7, "0")}${k + 1}`
  return body + luhn(body)
}

/** Splits `total` over weights with cumulative rounding: exact sum, no sorting, deterministic. */
export const apportion = (total: number, weights: ReadonlyArray<number>): Array<number> => {
  const sum = weights.reduce((a, b) => a + b, 0)
  let acc = 0
  let given = 0
  return weights.map((w, i) => {
    acc += w
    // The last share closes the sum exactly, whatever the floating-point rounding on the way.
    const upTo = i === weights.length - 1 ? total : sum > 0 ? Math.floor((total * acc) / sum) : 0
    const share = upTo - given
    given = upTo
    return share
  })
}

export const planFlows = (
  seed: number,
  cal: FlowCalendar,
  customers: ReadonlyArray<Customer>,
  events: Map<number, Array<FlowEvent>>,
  totalRows: number
): Array<CustomerFlowPlan> => {
  const drafts = customers.map((c) => {
    const rng = Rng.derive(seed, "accounts", c.index)
    const big = c.pref.typicalBalance >= 1e7 ? 2 : c.pref.typicalBalance >= 1e6 ? 1 : 0
    const count = rng.weighted(
      [1, 2, 3],
      [
        [0.75, 0.2, 0.05],
        [0.5, 0.35, 0.15],
        [0.3, 0.4, 0.3]
      ][big]!
    )
    const shares = Array.from({ length: count }, (_, k) => (k === 0 ? 1 : rng.range(0.15, 0.6)))
    const spans = shares.map((_, k) => {
      // Secondary accounts may be opened during the window or fall dormant before its end.
      const from = k > 0 && rng.chance(0.25) ? rng.int(0, Math.floor(cal.days * 0.6)) : 0
      const to = k > 0 && rng.chance(0.1) ? rng.int(Math.floor(cal.days * 0.7), cal.days - 1) : cal.days - 1
      return [from, to] as const
    })
    const activity = c.pref.typicalBalance ** 0.4 * rng.logNormal(0, 0.5)
    const evs = events.get(c.index) ?? []
    return { c, shares, spans, activity, evs, base: slotsOf(evs) + 2 * count }
  })
  const spare = Math.max(0, totalRows - drafts.reduce((n, d) => n + d.base, 0))
  const extra = apportion(
    spare,
    drafts.map((d) => d.activity)
  )
  return drafts.map((d, i) => {
    const regularTotal = d.base - slotsOf(d.evs) + extra[i]!
    const split = apportion(
      regularTotal - 2 * d.shares.length,
      d.shares.map((s, k) => s ** 0.7 * (d.spans[k]![1] - d.spans[k]![0] + 1))
    )
    const shareSum = d.shares.reduce((a, b) => a + b, 0)
    const accounts = d.shares.map((s, k) => ({
      accountNo: accountNumber(d.c, k),
      regular: split[k]! + 2,
      from: d.spans[k]![0],
      to: d.spans[k]![1],
      level: (d.c.pref.typicalBalance * s) / shareSum
    }))
    return { customer: d.c, accounts, events: d.evs }
  })
}
