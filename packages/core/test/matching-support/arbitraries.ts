/**
 * Random banks for the matching properties: customers with any mix of preferences and idle funds, products
 * of every risk, term and starting amount around the reference day, and purchases between them.
 */
import fc from "fast-check"
import {
  amountBuckets,
  boughtCategories,
  cycleBuckets,
  featureLabels,
  type MarketCustomer,
  notBoughtCategories,
  type ProductRow,
  type PurchaseRow
} from "../../src/index.js"

export const DAY = "2026-06-30"
const dayText = fc
  .integer({ min: -60, max: 60 })
  .map((n) => new Date(Date.UTC(2026, 5, 30) + n * 86_400_000).toISOString().slice(0, 10))
const risk = fc.integer({ min: 1, max: 5 })

const customer = (code: string): fc.Arbitrary<MarketCustomer> =>
  fc
    .record({
      riskRating: fc.option(
        risk.map((r) => `R${r}`),
        { nil: null }
      ),
      idleFunds: fc.option(fc.double({ min: 0, max: 5e7, noNaN: true }), { nil: null }),
      bought: fc.boolean(),
      risk: risk as fc.Arbitrary<1 | 2 | 3 | 4 | 5>,
      amount: fc.constantFrom(...amountBuckets),
      cycle: fc.constantFrom(...cycleBuckets),
      rate: fc.option(
        fc.tuple(fc.double({ min: 1, max: 6, noNaN: true }), fc.double({ min: 0, max: 2, noNaN: true })),
        { nil: null }
      ),
      features: fc.subarray([...featureLabels]),
      outlet: fc.constantFrom("B1O1", "B1O2", "B2O1")
    })
    .chain((r) =>
      fc.constantFrom(...(r.bought ? boughtCategories : notBoughtCategories)).map((category) => ({
        code,
        name: `客户${code}`,
        outletCode: r.outlet,
        branchCode: r.outlet.slice(0, 2),
        riskRating: r.riskRating,
        idleFunds: r.idleFunds,
        preference: {
          bought: r.bought,
          risk: r.risk,
          amount: r.amount,
          cycle: r.cycle,
          interestRate: r.bought && r.rate !== null ? { min: r.rate[0], max: r.rate[0] + r.rate[1] } : null,
          channel: null,
          category,
          features: r.features
        }
      }))
    )

const product = (code: string): fc.Arbitrary<ProductRow> =>
  fc
    .record({
      risk,
      termDays: fc.integer({ min: 7, max: 1000 }),
      startingAmount: fc.constantFrom(0, 1, 5, 20, 100, 1000, 5000),
      expectedRate: fc.double({ min: 0.5, max: 8, noNaN: true }),
      window: fc.tuple(dayText, dayText).map(([a, b]) => (a <= b ? [a, b] : [b, a])),
      type: fc.constantFrom("保本", "非保本", "结构性")
    })
    .map(
      (r): ProductRow => ({
        productCode: code,
        productName: `产品${code}`,
        productType: r.type,
        riskLevel: `R${r.risk}` as ProductRow["riskLevel"],
        termDays: r.termDays,
        startingAmount: r.startingAmount,
        expectedRate: r.expectedRate,
        salesStart: r.window[0]!,
        salesEnd: r.window[1]!,
        valueDate: r.window[1]!,
        expiryDate: "2027-12-31",
        manualUrl: null,
        remark: null,
        marketingSkills: code.endsWith("1") ? "话术" : null
      })
    )

export interface RandomBank {
  readonly customers: ReadonlyArray<MarketCustomer>
  readonly products: ReadonlyArray<ProductRow>
  readonly trades: ReadonlyArray<PurchaseRow>
  /** 持有产品 (customer, product) pairs. */
  readonly holdings: ReadonlyArray<{ readonly companyCode: string; readonly productCode: string }>
}

const pastDayText = fc
  .integer({ min: -400, max: 0 })
  .map((n) => new Date(Date.UTC(2026, 5, 30) + n * 86_400_000).toISOString().slice(0, 10))

/** Banks whose purchase history is dense enough for the learned score to fit (`rich`), or any bank. */
const banks = (rich: boolean): fc.Arbitrary<RandomBank> =>
  fc
    .record({
      customers: fc.integer({ min: rich ? 5 : 0, max: 40 }),
      products: fc.integer({ min: rich ? 3 : 1, max: 12 })
    })
    .chain(({ customers, products }) =>
      fc.record({
        customers: fc.tuple(...Array.from({ length: customers }, (_, i) => customer(`C${String(i).padStart(3, "0")}`))),
        products: fc.tuple(...Array.from({ length: products }, (_, k) => product(`P${k}`))),
        trades: fc.array(
          fc.record({
            companyCode: fc
              .integer({ min: 0, max: Math.max(0, customers - 1) })
              .map((i) => `C${String(i).padStart(3, "0")}`),
            productCode: fc.integer({ min: 0, max: products - 1 }).map((k) => `P${k}`),
            businessType: fc.constantFrom("认购", "申购", "赎回"),
            tradeTime: (rich ? pastDayText : dayText).map((d) => `${d} 10:00:00`),
            amount: fc.double({ min: 0.01, max: 3000, noNaN: true }),
            channel: fc.constant("网银")
          }),
          rich ? { minLength: 40, maxLength: 150 } : { maxLength: 60 }
        ),
        holdings: fc.array(
          fc.record({
            companyCode: fc
              .integer({ min: 0, max: Math.max(0, customers - 1) })
              .map((i) => `C${String(i).padStart(3, "0")}`),
            productCode: fc.integer({ min: 0, max: products - 1 }).map((k) => `P${k}`)
          }),
          { maxLength: 10 }
        )
      })
    )

export const bank = banks(false)
export const richBank = banks(true)
