/**
 * One day of synthetic transactions: who trades, when (with equal times on purpose), which way, how much.
 *
 * The day's rows are shuffled into upload order, then balances are applied in time order with equal times in
 * upload order, exactly the order DOMAIN.md §3 reads them back in.
 */
import { type Plan, pickCompany } from "./generatorProfiles.js"

export interface DayTx {
  company: number
  account: number
  sec: number
  lend: boolean
  amount: number
  balance: number
  bank: string
  channel: string
}

/** About `mean` transactions of one day, in upload order, with their balances filled in. */
export const generateDay = (rand: () => number, plan: Plan, day: number, mean: number): Array<DayTx> => {
  const count = Math.floor(mean) + (rand() < mean % 1 ? 1 : 0)
  const txs: Array<DayTx> = []
  const lastSec = new Map<number, number>()
  for (let k = 0; k < count; k++) {
    const c = pickCompany(rand, plan, day)
    if (c < 0) continue
    const p = plan.companies[c]!
    const edge = rand()
    const tie = lastSec.get(c)
    const sec =
      tie !== undefined && rand() < 0.15 ? tie : edge < 0.01 ? 0 : edge < 0.02 ? 86399 : Math.floor(rand() * 86400)
    lastSec.set(c, sec)
    const account = Math.floor(rand() * p.accounts)
    const amount = p.profile === "round" ? (1 + Math.floor(rand() * 3)) * 100_000 : Math.round(10 ** (3 + rand() * 5))
    // Mostly credit an account that could not pay: balances stay mostly positive, overdrafts still happen.
    const short = plan.balances[p.firstAccount + account]! < amount
    const lend = p.profile === "lendOnly" ? true : p.profile === "borrowOnly" ? false : rand() < (short ? 0.85 : 0.45)
    const bank = rand() < 0.3 ? "" : rand() < 0.5 ? plan.ourBank : rand() < 0.5 ? "ICBC" : "CMB"
    const channel = rand() < 0.5 ? "网银" : "柜台"
    txs.push({ company: c, account, sec, lend, amount, balance: 0, bank, channel })
  }
  // Upload order is a shuffle of the day; balances follow time, equal times in upload order.
  for (let i = txs.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1))
    ;[txs[i], txs[j]] = [txs[j]!, txs[i]!]
  }
  const byTime = txs.map((_, i) => i).sort((a, b) => txs[a]!.sec - txs[b]!.sec || a - b)
  for (const i of byTime) {
    const tx = txs[i]!
    const at = plan.companies[tx.company]!.firstAccount + tx.account
    plan.balances[at] = plan.balances[at]! + (tx.lend ? tx.amount : -tx.amount)
    tx.balance = plan.balances[at]!
  }
  return txs
}
