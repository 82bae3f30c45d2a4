/**
 * Simulates each buying customer's wealth-product history (理财交易) over the last 900 days: purchases
 * chosen by its hidden preferences among what was on sale and suitable, early redemptions, maturity
 * payouts, and what is still held today. Trades and holdings come from the same positions, so they agree.
 */
import { formatDay, nextWorkday } from "./dates.js"
import { Rng } from "./rng.js"
import type { Customer, Holding, Product, WealthTrade } from "./types.js"
import { appeal, type Draft, type Position, roundWan, settle, WEALTH_CHANNELS } from "./wealthRules.js"

export const HISTORY_DAYS = 900

export interface WealthBook {
  readonly trades: ReadonlyArray<WealthTrade>
  readonly holdings: ReadonlyArray<Holding>
}

const simulateCustomer = (seed: number, today: number, c: Customer, products: ReadonlyArray<Product>) => {
  const rng = Rng.derive(seed, "wealth", c.index)
  const trades: Array<Draft> = []
  const holdings: Array<Holding> = []
  const positions: Array<Position> = []
  const tolerance = c.riskRating ?? c.pref.riskAppetite // suitability: never above the assessed rating
  const gap = 365 / c.pref.purchasesPerYear
  for (let t = today - HISTORY_DAYS + rng.exponential(gap); ; t += rng.exponential(gap)) {
    const day = nextWorkday(Math.floor(t))
    if (day > today) break
    const held = (p: Product) => positions.some((x) => x.product === p && x.start <= day && x.end > day)
    const eligible = products.filter((p) => p.salesStart <= day && day <= p.salesEnd && p.risk <= tolerance && !held(p))
    if (eligible.length === 0) continue
    const product = rng.weighted(
      eligible,
      eligible.map((p) => appeal(c, p))
    )
    const units = Math.max(product.startingWan, roundWan(c.pref.typicalAmountWan * rng.logNormal(0, 0.45))) * 100
    const channel = rng.chance(0.78) ? c.pref.preferredChannel : rng.pick(WEALTH_CHANNELS)
    const valueDate = product.open ? day + 1 : product.valueDate
    const lot = {
      customer: c,
      product,
      valueDate,
      channel,
      expiryDate: product.open ? valueDate + product.termDays : product.expiryDate
    }
    const second = rng.int(9 * 3600, 16 * 3600 + 1800)
    const businessType = product.open ? "申购" : "认购"
    trades.push({
      ...lot,
      businessType,
      day,
      second,
      amount: units,
      balance: units,
      rate: product.rate,
      allRedeem: false
    })
    const position: Position = { product, start: day, end: Number.POSITIVE_INFINITY }
    positions.push(position)
    const holding = settle(rng, today, lot, units, position, trades)
    if (holding !== null) holdings.push(holding)
  }
  return { trades, holdings }
}

export const simulateWealth = (
  seed: number,
  today: number,
  customers: ReadonlyArray<Customer>,
  products: ReadonlyArray<Product>
): WealthBook => {
  const trades: Array<WealthTrade> = []
  const holdings: Array<Holding> = []
  for (const c of customers) {
    if (!c.pref.buyer) continue
    const book = simulateCustomer(seed, today, c, products)
    for (const t of book.trades) trades.push({ ...t, tradeId: "" })
    holdings.push(...book.holdings)
  }
  trades.sort((a, b) => a.day - b.day || a.second - b.second || a.customer.index - b.customer.index)
  // Trade ids count per day, like a core banking serial: FT + date + five-digit sequence.
  let seq = 0
  trades.forEach((t, i) => {
    seq = i > 0 && trades[i - 1]!.day === t.day ? seq + 1 : 1
    t.tradeId = `FT${formatDay(t.day).replaceAll("-", "")}${String(seq).padStart(5, "0")}`
  })
  return { trades, holdings }
}
