/**
 * The test-support CSV reader that feeds the DuckDB cross-check and the benchmark: it must read what
 * DuckDB reads (BOM, CRLF, quotes, any column order, decimals) or the comparison means nothing.
 */
/// <reference types="node" />
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { parseTradeTime } from "../src/Portrait/index.js"
import { decimalAt } from "./portrait-support/decimalAt.js"
import { readCompaniesCsv, readTradeCsv } from "./portrait-support/readTradeCsv.js"

const dir = mkdtempSync(join(tmpdir(), "portrait-csv-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe("portrait CSV reader", () => {
  it("reads fields by header name, quoted or not", () => {
    const companies = join(dir, "companies.csv")
    writeFileSync(companies, 'name,code,branchCode,outletCode\r\n"A, Ltd",A,B1,O1\r\nBee,B,B1,O2\r\n')
    const trades = join(dir, "trades.csv")
    writeFileSync(
      trades,
      "\uFEFFchannel,companyCode,accountNo,tradeTime,direction,amount,balance,counterpartyBank\r\n" +
        "网银,A,A-1,2024-05-01 09:00:00,贷,100.5,100.50,\r\n" +
        '"柜台, 二楼",B,B-1,2024-05-01 10:00:00,借,7,-7.01,OUR\r\n' +
        "手机银行,A,A-2,2024-05-02 23:59:59,借,0.01,100.49,ICBC\r\n"
    )
    const list = readCompaniesCsv(companies)
    expect(list).toEqual([
      { code: "A", outletCode: "O1", branchCode: "B1" },
      { code: "B", outletCode: "O2", branchCode: "B1" }
    ])
    const t = readTradeCsv(trades, list, ["OUR"])
    expect(t.length).toBe(3)
    expect(Array.from(t.company)).toEqual([0, 1, 0])
    expect(Array.from(t.time)).toEqual(
      ["2024-05-01 09:00:00", "2024-05-01 10:00:00", "2024-05-02 23:59:59"].map((s) => parseTradeTime(s))
    )
    expect(Array.from(t.direction)).toEqual([1, 0, 0])
    expect(Array.from(t.amount)).toEqual([100.5, 7, 0.01])
    expect(Array.from(t.balance)).toEqual([100.5, -7.01, 100.49])
    expect(Array.from(t.inBank)).toEqual([1, 1, 0])
  })

  it("refuses unknown companies and unreadable rows", () => {
    const trades = join(dir, "bad.csv")
    const list = [{ code: "A", outletCode: "O", branchCode: "B" }]
    const header = "companyCode,accountNo,tradeTime,direction,amount,balance,counterpartyBank\n"
    writeFileSync(trades, `${header}Z,X,2024-05-01 09:00:00,贷,1,1,\n`)
    expect(() => readTradeCsv(trades, list, [])).toThrow(/unknown company Z/)
    writeFileSync(trades, `${header}A,X,2024-05-01 09:00:00,存,1,1,\n`)
    expect(() => readTradeCsv(trades, list, [])).toThrow(/:2:/)
  })

  it("parses plain decimals in place like Number does", () => {
    const at = (s: string) => decimalAt(`,${s},`, 1, s.length + 1)
    for (const s of ["0", "12", "-3.5", "1234567.89", "0.01", "-0.10", "1e3", " 5", "1.234", "99999999999.99"]) {
      expect(at(s)).toBe(Number(s))
    }
    expect(at("")).toBeNaN()
    expect(at("-")).toBeNaN()
    expect(at("1.")).toBe(1)
  })
})
