/**
 * Reads `trade_flow` and companies CSVs (DOMAIN.md §2) into the portrait engine's columnar input.
 *
 * The trade reader works on field offsets inside a latin1-decoded chunk: only the company code is copied out
 * (for the map lookup, keyed by the codes' latin1 form); time and money are ASCII, parsed in place, and 借 / 贷
 * and bank codes are compared in their latin1 form. A line holding a quote takes the slower RFC 4180 path
 * through `appendTradeRow`, on its real UTF-8 text. Columns are found by header name.
 */
/// <reference types="node" />
import { readFileSync } from "node:fs"
import {
  appendTradeRow,
  BORROW,
  type CompanyRef,
  LEND,
  makeTradeColumnsBuilder,
  parseTradeTime,
  type TradeColumns
} from "../../src/Portrait/index.js"
import { eachLine, latin1Of, splitCsvLine, utf8Of } from "./csvText.js"
import { decimalAt } from "./decimalAt.js"

const columnsOf = (header: string, wanted: ReadonlyArray<string>): Array<number> => {
  const names = splitCsvLine(header.replace(/^\uFEFF/, "")).map((s) => s.trim())
  return wanted.map((name) => {
    const at = names.indexOf(name)
    if (at < 0) throw new Error(`CSV lacks column ${name}`)
    return at
  })
}

export const readCompaniesCsv = (path: string): Array<CompanyRef> => {
  const [header = "", ...lines] = readFileSync(path, "utf8")
    .split(/\r?\n/)
    .filter((l) => l !== "")
  const [code, outlet, branch] = columnsOf(header, ["code", "outletCode", "branchCode"]) as [number, number, number]
  return lines.map((line) => {
    const f = splitCsvLine(line)
    return { code: f[code]!, outletCode: f[outlet]!, branchCode: f[branch]! }
  })
}

const WANTED = ["companyCode", "tradeTime", "direction", "amount", "balance", "counterpartyBank", "accountNo"] as const

export const readTradeCsv = (
  path: string,
  companies: ReadonlyArray<CompanyRef>,
  ourBankCodes: ReadonlyArray<string>
): TradeColumns => {
  const index = new Map(companies.map((c, i) => [latin1Of(c.code), i]))
  const [borrowMark, lendMark] = [latin1Of("借"), latin1Of("贷")]
  const banks = ourBankCodes.map(latin1Of)
  const builder = makeTradeColumnsBuilder(1 << 16)
  let col: Array<number> = []
  let width = 0
  let lineNo = 0
  // bounds[2k], bounds[2k + 1]: start and end of field k of the current line.
  let bounds = new Int32Array(0)
  // Line starts grow within a chunk; a smaller one means a new chunk.
  let lastStart = Number.POSITIVE_INFINITY
  let nextQuote = -1
  const fail = (why: string): never => {
    throw new Error(`${path}:${lineNo}: ${why}`)
  }
  const slowLine = (line: string): void => {
    const f = splitCsvLine(line)
    const c = index.get(latin1Of(f[col[0]!]!)) ?? fail(`unknown company ${f[col[0]!]}`)
    const num = (s: string | undefined) => (s === undefined || s.trim() === "" ? Number.NaN : Number(s))
    const row = { tradeTime: f[col[1]!]!, direction: f[col[2]!]!, amount: num(f[col[3]!]), balance: num(f[col[4]!]) }
    const accountNo = latin1Of(f[col[6]!] ?? "")
    if (!appendTradeRow(builder, c, { ...row, accountNo, counterpartyBank: f[col[5]!] ?? "" }, ourBankCodes)) {
      fail("bad row")
    }
  }
  eachLine(
    path,
    (text, start, end) => {
      lineNo++
      if (lineNo === 1) {
        col = columnsOf(utf8Of(text.slice(start, end)), WANTED)
        width = Math.max(...col) + 1
        bounds = new Int32Array(2 * width)
        return
      }
      let at = start
      for (let k = 0; k < width; k++) {
        const comma = text.indexOf(",", at)
        const stop = comma < 0 || comma > end ? end : comma
        bounds[2 * k] = at
        bounds[2 * k + 1] = stop
        at = stop + 1
      }
      // The next quote of the chunk, searched again only once passed: a per-line search would be quadratic.
      if (start < lastStart || (nextQuote >= 0 && nextQuote < start)) nextQuote = text.indexOf('"', start)
      lastStart = start
      if (nextQuote >= 0 && nextQuote < end) return slowLine(utf8Of(text.slice(start, end)))
      const code = text.slice(bounds[2 * col[0]!]!, bounds[2 * col[0]! + 1]!)
      const company = index.get(code)
      if (company === undefined) return fail(`unknown company ${utf8Of(code)}`)
      const time = parseTradeTime(text, bounds[2 * col[1]!]!, bounds[2 * col[1]! + 1]!)
      const d0 = bounds[2 * col[2]!]!
      const marked = bounds[2 * col[2]! + 1]! - d0 === borrowMark.length
      const direction = !marked
        ? -1
        : text.startsWith(borrowMark, d0)
          ? BORROW
          : text.startsWith(lendMark, d0)
            ? LEND
            : -1
      const amount = decimalAt(text, bounds[2 * col[3]!]!, bounds[2 * col[3]! + 1]!)
      const balance = decimalAt(text, bounds[2 * col[4]!]!, bounds[2 * col[4]! + 1]!)
      if (direction < 0 || Number.isNaN(time + amount + balance)) return fail("unreadable time, direction or money")
      const b0 = bounds[2 * col[5]!]!
      const b1 = bounds[2 * col[5]! + 1]!
      let inBank = b0 === b1
      for (const bank of banks) if (b1 - b0 === bank.length && text.startsWith(bank, b0)) inBank = true
      // Account numbers are interned in their latin1 form, as the slow path does.
      const account = builder.accountId(text.slice(bounds[2 * col[6]!]!, bounds[2 * col[6]! + 1]!))
      builder.push(company, time, direction, amount, balance, inBank, account)
    },
    "latin1"
  )
  return builder.build()
}
