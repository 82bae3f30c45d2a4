/**
 * The end-to-end world as the upload files a bank sends (organization, company, product, holding,
 * financial_trade, trade_flow), in the columns of the seed's upload templates.
 */
import { writeFileSync } from "node:fs"
import { join } from "node:path"
import type { History } from "./independentPurchases.js"
import { type Customer, D, dayText, type Product, typeName } from "./independentWorld.js"

const OUTLETS = ["B1O1", "B1O2", "B2O1"]
const money = (yuan: number) => yuan.toFixed(2)

const write = (dir: string, type: string, header: string, rows: ReadonlyArray<string>) =>
  writeFileSync(join(dir, `${type}.csv`), `${[header, ...rows].join("\n")}\n`)

/** A windowed product is subscribed (认购) before it starts; an evergreen one is bought (申购) any day. */
const evergreen = (p: Product) => p.salesEnd > D + 300
const valueDay = (p: Product) => (evergreen(p) ? p.salesStart : p.salesEnd + 1)

export const writeFiles = (
  dir: string,
  r: () => number,
  customers: ReadonlyArray<Customer>,
  products: ReadonlyArray<Product>,
  history: History,
  historyDays: number
) => {
  write(dir, "organization", "branchCode,branchName,outletCode,outletName", [
    "B1,北区支行,B1O1,北区支行营业部",
    "B1,北区支行,B1O2,北区二网点",
    "B2,南区支行,B2O1,南区支行营业部"
  ])
  write(
    dir,
    "company",
    "code,name,outletCode,linkman,contact,riskRating,listedCompanyId",
    customers.map(
      (c, i) =>
        `${c.code},客户${c.code}有限公司,${OUTLETS[i % OUTLETS.length]},联系人,0571-8${String(1_000_000 + i).slice(1)},R${c.rating},`
    )
  )
  write(
    dir,
    "product",
    "productCode,productName,productType,riskLevel,termDays,startingAmount,expectedRate,salesStart,salesEnd,valueDate,expiryDate,manualUrl,remark,marketingSkills",
    products.map((p) => {
      const value = valueDay(p)
      const dates = [p.salesStart, p.salesEnd, value, (evergreen(p) ? p.salesEnd : value) + p.term].map(dayText)
      return `${p.code},理财${p.code},${typeName(p.type)},R${p.risk},${p.term},${p.amount.toFixed(2)},${p.rate.toFixed(2)},${dates.join(",")},,,`
    })
  )
  const trades: Array<string> = []
  const holdings: Array<string> = []
  history.purchases.forEach((t, i) => {
    const p = products[t.product]!
    const [from, to] = [t.day + 1, t.day + 1 + p.term]
    const kind = evergreen(p) ? "申购" : "认购"
    const id = `E${String(i + 1).padStart(8, "0")}`
    const dates = `${dayText(from)},${dayText(to)}`
    const amount = t.amount.toFixed(2)
    trades.push(
      `${id},${customers[t.customer]!.code},${p.code},${kind},${dayText(t.day)} 10:00:00,${dates},${amount},${amount},${p.rate.toFixed(2)},网银,`
    )
    if (to > D) holdings.push(`${customers[t.customer]!.code},${p.code},${amount},${dates}`)
  })
  write(
    dir,
    "financial_trade",
    "tradeId,companyCode,productCode,businessType,tradeTime,valueDate,expiryDate,amount,balance,interestRate,channel,allRedeemFlag",
    trades
  )
  write(dir, "holding", "companyCode,productCode,balance,valueDate,expiryDate", holdings)
  // A balance around the customer's funds, moved once a month, the last move on D (so D is the analysis date).
  const flows: Array<string> = []
  for (const c of customers) {
    let balance = 0
    for (let day = D - historyDays, last = false; !last; day = Math.min(D, day + 30)) {
      last = day === D
      let next = Math.round(c.funds * (0.85 + 0.3 * r()))
      if (next === balance) next += 1
      const direction = next > balance ? "贷" : "借"
      flows.push(
        `${c.code},A${c.code},${dayText(day)} 15:00:00,${direction},${money(Math.abs(next - balance))},${money(next)},,网银`
      )
      balance = next
    }
  }
  write(dir, "trade_flow", "companyCode,accountNo,tradeTime,direction,amount,balance,counterpartyBank,channel", flows)
}
