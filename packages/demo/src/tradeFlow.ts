/**
 * Streams account transactions (交易流水) one account at a time, in time order, as CSV lines. The balance
 * is a running sum (debit 借 lowers it, credit 贷 raises it, never below zero) pulled towards a seasonal
 * target, so balances and amounts stay consistent and look like a firm's real cash cycle.
 */
import type { AccountPlan, CustomerFlowPlan } from "./accounts.js"
import { type FlowCalendar, sampleDay, sampleSecond } from "./calendar.js"
import { fixed2 } from "./csv.js"
import { formatClock } from "./dates.js"
import { counterparty, OUR_BANK_CODE, otherBank, pickChannel, shapeAmount } from "./flowChoices.js"
import type { FlowEvent } from "./flowEvents.js"
import { Rng } from "./rng.js"
import type { Customer } from "./types.js"

const OPENING_SECOND = 8 * 3600 + 1800

export function* accountLines(
  seed: number,
  cal: FlowCalendar,
  c: Customer,
  acc: AccountPlan,
  k: number,
  events: ReadonlyArray<FlowEvent>
): Generator<string> {
  const rng = Rng.derive(seed, "flow", c.index * 4 + k)
  const keys = new Float64Array(acc.regular)
  for (let j = 0; j < keys.length; j++)
    keys[j] = sampleDay(cal, rng.next(), acc.from, acc.to) * 86400 + sampleSecond(rng.next(), rng.next())
  keys.sort()
  const p = c.pref
  // The account's own cash cycle: slow trend plus a wave whose size follows the firm's volatility.
  const trend = 0.05 + 0.1 * rng.normal()
  const amp = Math.min(0.9, 1.2 * p.balanceVolatility * rng.range(0.8, 1.2))
  const period = rng.range(90, 240)
  const phase = rng.range(0, 2 * Math.PI)
  const payrollDay = p.typicalBalance >= 3e5 ? rng.pick([5, 10, 15, 25]) : 0
  const perMonth = Math.max(1, (keys.length + events.length) / ((acc.to - acc.from + 1) / 30.44))
  // Monthly turnover relative to the balance grows with volatility: busy firms' cash swings, quiet firms' sits.
  const meanYuan = (acc.level * rng.logNormal(Math.log(0.15 + 2.5 * p.balanceVolatility), 0.3)) / perMonth
  const targetCents = (d: number) =>
    100 *
    acc.level *
    cal.balanceFactor[d]! *
    Math.exp((trend * d) / 365) *
    (1 + amp * Math.sin((2 * Math.PI * d) / period + phase))
  let balance = Math.round(targetCents(acc.from) * rng.range(0.6, 1.4))
  let last = -1
  const prefix = `${c.code},${acc.accountNo},`
  const line = (key: number, credit: boolean, cents: number, bank: string, channel: string): string => {
    last = Math.max(key, last + 1) // strictly increasing times keep the account's order unambiguous
    balance += credit ? cents : -cents
    const time = `${cal.dayText[Math.floor(last / 86400)]} ${formatClock(last % 86400)}`
    return `${prefix}${time},${credit ? "贷" : "借"},${fixed2(cents)},${fixed2(balance)},${bank},${channel}`
  }
  let e = 0
  for (let j = 0; j <= keys.length; j++) {
    const next = j < keys.length ? keys[j]! : Number.POSITIVE_INFINITY
    for (let ev = events[e]; ev !== undefined && ev.key <= next; ev = events[++e]) {
      if (ev.purchase) {
        // Treasury moves cash in just before buying, so the purchase never overdraws the account.
        const cushion = Math.round(targetCents(Math.floor(ev.key / 86400)) * rng.range(0.05, 0.3))
        const funding = Math.max(ev.cents + cushion - balance, Math.round(ev.cents * rng.range(0.1, 0.4)))
        const at = Math.max(ev.key - rng.int(300, 3600), Math.floor(ev.key / 86400) * 86400 + OPENING_SECOND)
        yield line(at, true, funding, rng.chance(0.7) ? otherBank(rng) : OUR_BANK_CODE, "网银")
      }
      yield line(ev.key, !ev.purchase, ev.cents, OUR_BANK_CODE, ev.channel)
    }
    if (j === keys.length) break
    const d = Math.floor(next / 86400)
    const x = Math.max(-3, Math.min(1, (targetCents(d) - balance) / targetCents(d)))
    // Below target the firm mostly receives, above it mostly pays: mean reversion towards the target.
    let credit = balance < 10_000 || rng.chance(0.5 + 0.45 * Math.tanh(2.5 * x))
    const dom = cal.dayOfMonth[d]!
    const payroll =
      !credit && ((payrollDay > 0 && (dom === payrollDay || dom === payrollDay + 1)) || cal.bonusSeason[d] === 1)
    let channel = pickChannel(rng, p.preferredChannel, payroll)
    const drawn = Math.max(1000, Math.round(meanYuan * cal.amountFactor[d]! * rng.logNormal(-0.5, 1) * 100))
    let cents = shapeAmount(rng, drawn, channel)
    if (!credit && cents > balance) {
      cents = Math.floor(balance * rng.range(0.2, 0.9))
      if (cents < 100) {
        credit = true
        cents = Math.max(1000, Math.round(meanYuan * 100))
        if (channel === "批量代发") channel = "网银"
      }
    }
    yield line(next, credit, cents, counterparty(rng, channel, p.inBankShare), channel)
  }
}

export function* tradeFlowLines(
  seed: number,
  cal: FlowCalendar,
  plans: ReadonlyArray<CustomerFlowPlan>
): Generator<string> {
  for (const plan of plans) {
    for (let k = 0; k < plan.accounts.length; k++) {
      yield* accountLines(seed, cal, plan.customer, plan.accounts[k]!, k, k === 0 ? plan.events : [])
    }
  }
}
