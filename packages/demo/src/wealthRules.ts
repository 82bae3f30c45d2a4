/**
 * The rules behind a customer's wealth decisions: how attractive a product is given its hidden
 * preferences, how purchase sizes are rounded the way treasurers write them, what a product pays, and
 * how a bought lot ends (redeemed, paid out at maturity, or still held).
 */
import { nextWorkday } from "./dates.js"
import type { Rng } from "./rng.js"
import type { Customer, Holding, Product, WealthChannel, WealthTrade } from "./types.js"

export const WEALTH_CHANNELS: ReadonlyArray<WealthChannel> = ["网银", "手机银行", "柜台"]
/** Positions that matured in the last few days are still awaiting payout, so they are still held. */
export const PAYOUT_LAG_DAYS = 6

/** What the customer is drawn to; sharper than uniform so a recommender can learn it. */
export const appeal = (c: Customer, p: Product): number => {
  const { riskAppetite, preferredTermDays, preferredProductType } = c.pref
  return (
    Math.exp(-1.1 * Math.abs(p.risk - riskAppetite)) *
    Math.exp(-1.6 * Math.abs(Math.log(p.termDays / preferredTermDays))) *
    (p.type === preferredProductType ? 2.2 : 1) *
    Math.exp(0.35 * (p.rate - 3)) *
    (p.open ? 1 : 1.6) // relationship managers push closed issues during their subscription window
  )
}

/** Treasurers buy round sums: whole 万 when small, then multiples of 5, 10, 100 万. */
export const roundWan = (wan: number): number =>
  wan < 10
    ? Math.max(1, Math.round(wan))
    : wan < 100
      ? Math.round(wan / 5) * 5
      : wan < 1000
        ? Math.round(wan / 10) * 10
        : Math.round(wan / 100) * 100

/** Interest in 0.01 万元 on `units` (0.01 万元) at `rate` % a year for `days`. */
export const interest = (units: number, rate: number, days: number): number =>
  Math.round((units * rate * days) / 36_500)

/** What a maturing position actually paid: 保本 its benchmark, 结构性 sometimes only the floor, 非保本 noisy by risk. */
export const realisedRate = (rng: Rng, p: Product): number => {
  if (p.type === "保本") return p.rate
  if (p.type === "结构性") return rng.chance(0.8) ? p.rate : Math.round(p.rate * 45) / 100
  // Floored at 0: the upload format takes rates from 0 to 100 %, and a bad year is shown as no gain.
  return Math.max(0, Math.round((p.rate + rng.normal() * 0.25 * p.risk) * 100) / 100)
}

export interface Position {
  readonly product: Product
  readonly start: number
  end: number
}

export type Draft = Omit<WealthTrade, "tradeId">
type Lot = Pick<Draft, "customer" | "product" | "valueDate" | "expiryDate" | "channel">

/**
 * What happens to a bought lot after the purchase: some open-product lots are partly or fully redeemed
 * early (赎回), the rest is paid out at maturity (到期兑付) or, if not yet paid, is still held today.
 */
export const settle = (
  rng: Rng,
  today: number,
  lot: Lot,
  units: number,
  position: Position,
  out: Array<Draft>
): Holding | null => {
  const { product, valueDate, expiryDate } = lot
  let remaining = units
  const r = rng.next()
  if (product.open && product.termDays >= 30 && r < 0.2) {
    const day = nextWorkday(valueDate + rng.int(7, product.termDays - 7))
    const redeemed = r < 0.08 ? units : Math.round((units * rng.range(0.2, 0.6)) / 100) * 100
    if (day < expiryDate && day <= today && redeemed > 0) {
      remaining -= redeemed
      const amount = redeemed + interest(redeemed, product.rate, day - valueDate)
      const second = rng.int(9 * 3600, 16 * 3600)
      const allRedeem = remaining === 0
      out.push({ ...lot, businessType: "赎回", day, second, amount, balance: remaining, rate: product.rate, allRedeem })
      if (allRedeem) position.end = day
    }
  }
  if (remaining === 0) return null
  if (expiryDate > today - PAYOUT_LAG_DAYS) return { ...lot, balance: remaining }
  const rate = realisedRate(rng, product)
  const amount = remaining + interest(remaining, rate, expiryDate - valueDate)
  const second = rng.int(9 * 3600, 11 * 3600)
  out.push({ ...lot, businessType: "到期兑付", day: expiryDate, second, amount, balance: 0, rate, allRedeem: true })
  position.end = expiryDate
  return null
}
