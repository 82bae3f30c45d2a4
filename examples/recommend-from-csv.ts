/**
 * Example: product recommendations (产品匹配) for one customer from upload files, with the core library alone.
 * The portraits give each customer's idle funds and balance fluctuation, the purchases give its preferences, and
 * the market index learns a score from the bank's own purchases (or keeps the rules when there are too few).
 * Reads the demo bank's folder by default: run `npm start` once, or `npx tsx packages/demo/src/cli.ts --out .demo-data`.
 *
 *   npx tsx examples/recommend-from-csv.ts [DIR] [COMPANY_CODE]
 */
import { createReadStream } from "node:fs"
import { join, resolve } from "node:path"
import {
  appendTradeRow,
  buildMarketIndex,
  computePortraits,
  computePreferences,
  defaultMatchingConfig,
  type MarketCustomer,
  makeTradeColumnsBuilder,
  type ProductRow,
  type PurchaseRow,
  recommendFor,
  type TradeRow
} from "@wm/core"
import { parse } from "csv-parse"

const dir = resolve(process.argv[2] ?? ".demo-data")
const csv = async (file: string) => {
  const rows: Array<Record<string, string>> = []
  for await (const r of createReadStream(join(dir, file)).pipe(parse({ columns: true, bom: true }))) rows.push(r)
  return rows
}
const orNull = (text: string | undefined) => (text === undefined || text === "" ? null : text)

const branchOf = new Map((await csv("organization.csv")).map((r) => [r.outletCode!, r.branchCode!]))
const companies = await csv("company.csv")
const position = new Map(companies.map((c, i) => [c.code!, i]))

// Idle funds and balance fluctuation come from the portraits of the account flows.
const flows = makeTradeColumnsBuilder()
for (const r of await csv("trade_flow.csv")) {
  const at = position.get(r.companyCode!)
  const row: TradeRow = { ...(r as unknown as TradeRow), amount: Number(r.amount), balance: Number(r.balance) }
  if (at !== undefined) appendTradeRow(flows, at, row, ["OURBANK"])
}
const portraits = computePortraits({
  trades: flows.build(),
  companies: companies.map((c) => ({
    code: c.code!,
    outletCode: c.outletCode!,
    branchCode: branchOf.get(c.outletCode!)!
  }))
})
const day = portraits.analysisDate!

const products: Array<ProductRow> = (await csv("product.csv")).map((r) => ({
  ...(r as unknown as ProductRow),
  termDays: Number(r.termDays),
  startingAmount: Number(r.startingAmount),
  expectedRate: Number(r.expectedRate),
  manualUrl: orNull(r.manualUrl),
  remark: orNull(r.remark),
  marketingSkills: orNull(r.marketingSkills)
}))
const trades: Array<PurchaseRow> = (await csv("financial_trade.csv")).map((r) => ({
  companyCode: r.companyCode!,
  productCode: r.productCode!,
  businessType: r.businessType!,
  tradeTime: r.tradeTime!,
  amount: Number(r.amount),
  channel: r.channel!
}))
const holdings = (await csv("holding.csv")).map((r) => ({
  companyCode: r.companyCode!,
  productCode: r.productCode!,
  expiryDate: r.expiryDate!
}))

// Preferences (偏好) from the purchases, then the market index: hard rules, the learned score, the top sellers.
const facts = companies.map((c) => ({
  code: c.code!,
  riskRating: orNull(c.riskRating),
  portrait: portraits.byCode.get(c.code!) ?? null,
  transactionChannel: null
}))
const preferences = computePreferences({ analysisDate: day, customers: facts, trades, products, holdings })
const customers: Array<MarketCustomer> = companies.map((c, i) => ({
  code: c.code!,
  name: c.name!,
  outletCode: c.outletCode!,
  branchCode: branchOf.get(c.outletCode!)!,
  riskRating: orNull(c.riskRating),
  idleFunds: facts[i]!.portrait?.idleFunds ?? null,
  preference: preferences[i]!,
  fluctuation: facts[i]!.portrait?.all.monthBalance?.fluctuationDegree ?? null
}))
const index = buildMarketIndex({ customers, products, trades, holdings, day, topSellerDays: 30 })

const status = index.learning
console.log(`analysis date ${day}: ${customers.length} customers, ${products.length} products, ${trades.length} trades`)
console.log(`score: ${status.mode} (${status.reason}); ${status.purchases} purchases, ${status.fitted} fitted`)
const code = process.argv[3] ?? companies[0]!.code!
const i = index.byCode.get(code)
if (i === undefined) throw new Error(`no customer ${code} in company.csv`)
console.log(`recommendations for ${code} (rated ${customers[i]!.riskRating ?? "-"}):`)
// The index already leaves out what the holding file says the customer holds: no codes to add.
for (const r of recommendFor(index, i, new Set(), day, defaultMatchingConfig)) {
  console.log(`  ${r.product.productCode} ${r.product.productName} ${r.product.riskLevel} score ${r.score}`)
  for (const reason of r.reasons) console.log(`    - ${reason}`)
}
