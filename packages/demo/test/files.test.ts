/**
 * The files are valid uploads: the exact columns of DOMAIN.md §2, formats for dates, times and money,
 * and the sizes the scale asks for.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import type { DemoManifest } from "../src/index.js"
import { cleanup, generateSmall, readTable, type Table } from "./support.js"

// Written out here, not imported from the generator, so a wrong column in src makes these tests fail.
const PRODUCT =
  "productCode,productName,productType,riskLevel,termDays,startingAmount,expectedRate,salesStart,salesEnd,valueDate,expiryDate,manualUrl,remark,marketingSkills"
const EXPECTED_HEADERS: Record<string, string> = {
  "organization.csv": "branchCode,branchName,outletCode,outletName",
  "company.csv": "code,name,outletCode,linkman,contact,riskRating,listedCompanyId",
  "trade_flow.csv": "companyCode,accountNo,tradeTime,direction,amount,balance,counterpartyBank,channel",
  "product.csv": PRODUCT,
  "peer_product.csv": `bankName,${PRODUCT}`,
  "holding.csv": "companyCode,productCode,balance,valueDate,expiryDate",
  "financial_trade.csv":
    "tradeId,companyCode,productCode,businessType,tradeTime,valueDate,expiryDate,amount,balance,interestRate,channel,allRedeemFlag",
  "listed_company.csv":
    "listedCompanyId,name,contact,email,registeredCapital,createTime,RA,registeredLocation,description,businessScope,statementUrl,noticeUrl,companyCode,boughtOtherProduct",
  "shareholder.csv": "listedCompanyId,name,holdQuantity,equityProportion,shareType"
}

const DATE = /^\d{4}-\d{2}-\d{2}$/
const TIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/
const MONEY = /^\d+\.\d{2}$/

let manifest: DemoManifest
const tables = new Map<string, Table>()
const table = (file: string): Table => tables.get(file) ?? expect.fail(`${file} not read`)

beforeAll(async () => {
  manifest = await generateSmall()
  for (const file of [...Object.keys(EXPECTED_HEADERS), "hidden_preferences.csv"]) {
    tables.set(file, await readTable(manifest.outDir, file))
  }
})
afterAll(cleanup)

describe("upload files", () => {
  it("every upload file has exactly the header of DOMAIN.md §2, in order", () => {
    for (const [file, header] of Object.entries(EXPECTED_HEADERS)) {
      expect(table(file).header.join(","), file).toBe(header)
    }
  })

  it("scale 0.02 writes 40 customers and exactly 10,000 account transactions", () => {
    expect(table("company.csv").rows).toHaveLength(40)
    expect(table("trade_flow.csv").rows).toHaveLength(10_000)
    expect(table("hidden_preferences.csv").rows.map((r) => r.companyCode)).toEqual(
      table("company.csv").rows.map((r) => r.code)
    )
  })

  it("the organisation has at least 4 sub-branches and 12 outlets with B01 / B01O01 style codes", () => {
    const rows = table("organization.csv").rows
    expect(new Set(rows.map((r) => r.branchCode)).size).toBeGreaterThanOrEqual(4)
    expect(new Set(rows.map((r) => r.outletCode)).size).toBeGreaterThanOrEqual(12)
    for (const r of rows) {
      expect(r.branchCode).toMatch(/^B\d{2}$/)
      expect(r.outletCode).toMatch(new RegExp(`^${r.branchCode}O\\d{2}$`))
      expect(r.branchName).toMatch(/支行$/)
      expect(r.outletName).toMatch(/(营业部|网点)$/)
    }
  })

  it("customers have unique C000001-style codes, R1–R5 or empty ratings, and contacts", () => {
    const rows = table("company.csv").rows
    expect(new Set(rows.map((r) => r.code)).size).toBe(rows.length)
    expect(new Set(rows.map((r) => r.name)).size).toBe(rows.length)
    for (const r of rows) {
      expect(r.code).toMatch(/^C\d{6}$/)
      expect(r.riskRating).toMatch(/^(R[1-5])?$/)
      expect(r.contact).toMatch(/^(1\d{10}|0\d{2,3}-\d{8})$/)
      expect(r.linkman!.length).toBeGreaterThanOrEqual(2)
    }
    expect(rows.some((r) => r.listedCompanyId !== "")).toBe(true)
  })

  it("transactions use 借/贷, two-decimal yuan, business-hours times and known channels", () => {
    for (const r of table("trade_flow.csv").rows) {
      expect(r.tradeTime).toMatch(TIME)
      const hour = Number(r.tradeTime!.slice(11, 13))
      expect(hour >= 8 && hour <= 17, r.tradeTime).toBe(true)
      expect(["借", "贷"]).toContain(r.direction)
      expect(r.amount).toMatch(MONEY)
      expect(r.balance).toMatch(MONEY)
      expect(["网银", "手机银行", "柜台", "ATM", "批量代发"]).toContain(r.channel)
    }
  })

  it("product and wealth-trade dates are YYYY-MM-DD, amounts two decimals, trade types from the domain", () => {
    for (const p of [...table("product.csv").rows, ...table("peer_product.csv").rows]) {
      for (const k of ["salesStart", "salesEnd", "valueDate", "expiryDate"]) expect(p[k]).toMatch(DATE)
      expect(p.startingAmount).toMatch(MONEY)
      expect(Number(p.expectedRate)).toBeGreaterThanOrEqual(1.5)
      expect(Number(p.expectedRate)).toBeLessThanOrEqual(6)
      expect(p.marketingSkills!.length).toBeGreaterThan(10)
    }
    for (const t of table("financial_trade.csv").rows) {
      expect(t.tradeTime).toMatch(TIME)
      expect(t.valueDate).toMatch(DATE)
      expect(t.amount).toMatch(MONEY)
      expect(["认购", "申购", "赎回", "到期兑付"]).toContain(t.businessType)
      expect(["网银", "手机银行", "柜台"]).toContain(t.channel)
      expect(["0", "1"]).toContain(t.allRedeemFlag)
      expect(t.interestRate).toMatch(MONEY) // a non-negative percentage with two decimals
    }
  })

  it("peer products name another bank", () => {
    const rows = table("peer_product.csv").rows
    expect(rows.length).toBeGreaterThanOrEqual(25)
    expect(rows.every((r) => /银行$/.test(r.bankName!))).toBe(true)
  })
})
