/**
 * Example: compute customer portraits (企业画像) from upload files with the core library alone — no server,
 * no database. Reads organization.csv, company.csv and trade_flow.csv from a folder (the demo bank's by
 * default: run `npm start` once, or `npx tsx packages/demo/src/cli.ts --out .demo-data`).
 *
 *   npx tsx examples/portrait-from-csv.ts [DIR] [COMPANY_CODE]
 */
import { createReadStream } from "node:fs"
import { join, resolve } from "node:path"
import { appendTradeRow, computePortraits, makeTradeColumnsBuilder } from "@wm/core"
import { parse } from "csv-parse"

const dir = resolve(process.argv[2] ?? ".demo-data")
const rows = (file: string) =>
  createReadStream(join(dir, file)).pipe(parse({ columns: true, bom: true })) as AsyncIterable<Record<string, string>>

// 1. Which sub-branch each outlet belongs to, and which outlet each customer.
const branchOfOutlet = new Map<string, string>()
for await (const r of rows("organization.csv")) branchOfOutlet.set(r.outletCode!, r.branchCode!)
const companies: Array<{ code: string; outletCode: string; branchCode: string }> = []
const indexOf = new Map<string, number>()
for await (const r of rows("company.csv")) {
  indexOf.set(r.code!, companies.length)
  companies.push({ code: r.code!, outletCode: r.outletCode!, branchCode: branchOfOutlet.get(r.outletCode!) ?? "" })
}

// 2. Transactions go into typed columns: ten million row objects would not fit, columns do.
const trades = makeTradeColumnsBuilder()
for await (const r of rows("trade_flow.csv")) {
  const company = indexOf.get(r.companyCode!)
  if (company === undefined) continue
  const row = {
    accountNo: r.accountNo!,
    tradeTime: r.tradeTime!,
    direction: r.direction!,
    amount: Number(r.amount),
    balance: Number(r.balance),
    counterpartyBank: r.counterpartyBank
  }
  // Our own bank's code in counterpartyBank counts as in-bank (行内), like an empty one.
  if (!appendTradeRow(trades, company, row, ["OURBANK"])) console.warn(`skipped an unreadable row of ${r.companyCode}`)
}

// 3. One batch computation gives every customer's figures, ranks and levels.
const started = performance.now()
const set = computePortraits({ trades: trades.build(), companies })
const ms = Math.round(performance.now() - started)

const code = process.argv[3] ?? companies[0]?.code ?? ""
const portrait = set.byCode.get(code)
console.log(
  `${trades.length} transactions, ${companies.length} customers, analysis date ${set.analysisDate} (${ms} ms)`
)
console.log(`portrait of ${code}:`)
console.log(
  JSON.stringify(
    {
      monthBalance: portrait?.all.monthBalance,
      trade: portrait?.all.trade,
      idleFunds: portrait?.idleFunds,
      innerScale: portrait?.innerScale
    },
    null,
    2
  )
)
