/**
 * Generated banks for the matching benchmarks: a seeded random product catalogue, customers with hidden true
 * preferences (risk tolerance, term, rate appetite, investable amount) and purchase histories drawn from them.
 */
import type { MarketCustomer, ProductRow, PurchaseRow } from "../packages/core/src/index.js"
import { amountBuckets, boughtCategories, cycleBuckets, notBoughtCategories } from "../packages/core/src/index.js"

/** mulberry32: small, fast and reproducible. */
export const rng = (seed: number) => {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
export type Rng = ReturnType<typeof rng>
export const pick = <A>(r: Rng, list: ReadonlyArray<A>): A => list[Math.floor(r() * list.length)]!

export const TERMS = [30, 60, 90, 120, 180, 270, 365, 540, 730]
export const STARTS = [1, 5, 10, 50, 100]

/** Products on sale from `from` to `to`; the rate grows with risk and term, plus noise. */
export const makeProducts = (r: Rng, count: number, from: string, to: string): Array<ProductRow> =>
  Array.from({ length: count }, (_, k) => {
    const risk = 1 + Math.floor(r() * 5)
    const termDays = pick(r, TERMS)
    return {
      productCode: `P${String(k).padStart(4, "0")}`,
      productName: `理财${k}号`,
      productType: risk <= 1 ? "保本" : risk >= 5 ? "结构性" : "非保本",
      riskLevel: `R${risk}` as ProductRow["riskLevel"],
      termDays,
      startingAmount: pick(r, STARTS),
      expectedRate: Math.round((1.5 + risk * 0.5 + termDays / 365 + r() * 0.8) * 100) / 100,
      salesStart: from,
      salesEnd: to,
      valueDate: to,
      expiryDate: "2030-12-31",
      manualUrl: null,
      remark: null,
      marketingSkills: null
    }
  })

const outlets = Array.from({ length: 60 }, (_, k) => `B${Math.floor(k / 6) + 1}O${(k % 6) + 1}`)

/** Customers with random stored preferences, as the index reads them (for the speed benchmark). */
export const makeCustomers = (r: Rng, count: number): Array<MarketCustomer> =>
  Array.from({ length: count }, (_, i) => {
    const outlet = pick(r, outlets)
    const bought = r() < 0.4
    const min = 1.5 + r() * 3
    return {
      code: `C${String(i).padStart(6, "0")}`,
      name: `企业${i}`,
      outletCode: outlet,
      branchCode: outlet.split("O")[0]!,
      riskRating: r() < 0.3 ? `R${1 + Math.floor(r() * 5)}` : null,
      idleFunds: r() < 0.05 ? null : Math.round(10 ** (4 + r() * 4)),
      preference: {
        bought,
        risk: (1 + Math.floor(r() * 5)) as 1 | 2 | 3 | 4 | 5,
        amount: pick(r, amountBuckets),
        cycle: pick(r, cycleBuckets),
        interestRate: bought ? { min, max: min + r() * 1.5 } : null,
        channel: "网银",
        category: pick(r, bought ? boughtCategories : notBoughtCategories),
        features: r() < 0.3 ? ["资金沉淀充足"] : []
      }
    }
  })

/** Random purchases between customers and products over the given days (for the speed benchmark). */
export const makePurchases = (
  r: Rng,
  customers: ReadonlyArray<{ code: string }>,
  products: ReadonlyArray<ProductRow>,
  count: number
): Array<PurchaseRow> =>
  Array.from({ length: count }, (_, j) => ({
    companyCode: pick(r, customers).code,
    productCode: pick(r, products).productCode,
    businessType: j % 3 === 0 ? "申购" : "认购",
    tradeTime: `2026-0${1 + Math.floor(r() * 6)}-1${Math.floor(r() * 10)} 10:00:00`,
    amount: Math.round(r() * 500 * 100) / 100,
    channel: "网银"
  }))
