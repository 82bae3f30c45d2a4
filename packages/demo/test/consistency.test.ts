/**
 * The tables agree with each other: balances follow amounts, codes refer to existing rows, holdings match
 * trades, the product shelf covers the domain, and maturities fall where the warning screen looks.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { DEMO_PASSWORD, type DemoManifest, demoUsers } from "../src/index.js"
import {
  cleanup,
  daysBetween,
  extent,
  generateSmall,
  hundredths,
  readTable,
  type Table,
  TODAY_TEXT
} from "./support.js"

let manifest: DemoManifest
const t: Record<string, Table> = {}
const rows = (name: string) => t[name]?.rows ?? expect.fail(`${name} not read`)

beforeAll(async () => {
  manifest = await generateSmall()
  for (const name of ["organization", "company", "trade_flow", "product", "holding", "financial_trade"]) {
    t[name] = await readTable(manifest.outDir, `${name}.csv`)
  }
  for (const name of ["listed_company", "shareholder"]) t[name] = await readTable(manifest.outDir, `${name}.csv`)
})
afterAll(cleanup)

describe("account transactions", () => {
  it("each balance is the previous balance of that account minus a debit (借) or plus a credit (贷), never negative", () => {
    const last = new Map<string, number>()
    let checked = 0
    for (const r of rows("trade_flow")) {
      const amount = hundredths(r.amount!)
      const balance = hundredths(r.balance!)
      const previous = last.get(r.accountNo!)
      if (previous !== undefined) {
        expect(balance, `${r.accountNo} ${r.tradeTime}`).toBe(previous + (r.direction === "贷" ? amount : -amount))
        checked++
      }
      expect(amount).toBeGreaterThan(0)
      expect(balance).toBeGreaterThanOrEqual(0)
      last.set(r.accountNo!, balance)
    }
    expect(checked).toBeGreaterThan(9000)
  })

  it("an account's transactions are written in strictly increasing time and belong to one customer", () => {
    const seen = new Map<string, { time: string; company: string }>()
    for (const r of rows("trade_flow")) {
      const before = seen.get(r.accountNo!)
      if (before !== undefined) {
        expect(r.tradeTime! > before.time, `${r.accountNo} ${r.tradeTime}`).toBe(true)
        expect(r.companyCode).toBe(before.company)
      }
      seen.set(r.accountNo!, { time: r.tradeTime!, company: r.companyCode! })
    }
  })

  it("customers have 1–3 accounts and in-bank, other-bank and empty counterparties all occur", () => {
    const accounts = new Map<string, Set<string>>()
    for (const r of rows("trade_flow")) {
      const set = accounts.get(r.companyCode!) ?? new Set<string>()
      set.add(r.accountNo!)
      accounts.set(r.companyCode!, set)
    }
    expect(accounts.size).toBe(rows("company").length)
    for (const set of accounts.values()) expect(set.size).toBeLessThanOrEqual(3)
    const banks = new Set(rows("trade_flow").map((r) => r.counterpartyBank))
    expect(banks.has("")).toBe(true)
    expect(banks.has("OURBANK")).toBe(true)
    expect([...banks].some((b) => b?.endsWith("银行"))).toBe(true)
  })

  it("every wealth purchase inside the window is an OURBANK debit of the same amount at the same time", () => {
    const key = (r: Record<string, string>) =>
      `${r.companyCode}|${r.tradeTime}|${r.direction}|${r.amount}|${r.counterpartyBank}`
    const flows = new Set(rows("trade_flow").map(key))
    const [start] = extent(rows("trade_flow").map((r) => r.tradeTime!))
    const purchases = rows("financial_trade").filter(
      (f) => ["认购", "申购"].includes(f.businessType!) && f.tradeTime! > start
    )
    expect(purchases.length).toBeGreaterThan(0)
    for (const f of purchases) {
      const yuan = `${hundredths(f.amount!) * 100}.00` // 0.01 万元 = 100 yuan
      expect(flows.has(`${f.companyCode}|${f.tradeTime}|借|${yuan}|OURBANK`), `${f.tradeId} ${yuan}`).toBe(true)
    }
  })
})

describe("references", () => {
  it("every company's outletCode exists in organization.csv", () => {
    const outlets = new Set(rows("organization").map((o) => o.outletCode))
    for (const c of rows("company")) expect(outlets.has(c.outletCode), c.code).toBe(true)
  })

  it("every holding and financial trade refers to an existing company and product", () => {
    const companies = new Set(rows("company").map((c) => c.code))
    const products = new Set(rows("product").map((p) => p.productCode))
    expect(rows("holding").length).toBeGreaterThan(0)
    for (const r of [...rows("holding"), ...rows("financial_trade")]) {
      expect(companies.has(r.companyCode), r.companyCode).toBe(true)
      expect(products.has(r.productCode), r.productCode).toBe(true)
    }
  })

  it("trade ids are unique and a holding's balance is its position's balance after the last trade", () => {
    const trades = rows("financial_trade")
    expect(new Set(trades.map((f) => f.tradeId)).size).toBe(trades.length)
    const lastBalance = new Map<string, string>()
    for (const f of [...trades].sort((a, b) => a.tradeTime!.localeCompare(b.tradeTime!))) {
      lastBalance.set(`${f.companyCode}|${f.productCode}`, f.balance!)
    }
    for (const h of rows("holding")) expect(lastBalance.get(`${h.companyCode}|${h.productCode}`)).toBe(h.balance)
  })

  it("no customer bought a product above its risk rating (suitability)", () => {
    const rating = new Map(rows("company").map((c) => [c.code, c.riskRating]))
    const risk = new Map(rows("product").map((p) => [p.productCode, p.riskLevel]))
    for (const f of rows("financial_trade")) {
      const r = rating.get(f.companyCode)
      if (r) expect(risk.get(f.productCode)! <= r, `${f.tradeId}`).toBe(true)
    }
  })

  it("listed companies and customers point at each other, and each listed company has 3–8 shareholders", () => {
    const listed = rows("listed_company")
    expect(listed.length).toBeGreaterThanOrEqual(90)
    const byId = new Map(listed.map((l) => [l.listedCompanyId, l]))
    const linked = rows("company").filter((c) => c.listedCompanyId !== "")
    expect(linked.length).toBeGreaterThan(0)
    for (const c of linked) expect(byId.get(c.listedCompanyId)?.companyCode).toBe(c.code)
    const counts = new Map<string, number>()
    for (const s of rows("shareholder")) counts.set(s.listedCompanyId!, (counts.get(s.listedCompanyId!) ?? 0) + 1)
    for (const l of listed) {
      const n = counts.get(l.listedCompanyId!) ?? 0
      expect(n >= 3 && n <= 8, l.listedCompanyId).toBe(true)
    }
  })

  it("the demo users name organisation codes that exist, by role", () => {
    const org = rows("organization")
    expect(DEMO_PASSWORD).toBe("Demo@2026")
    expect(demoUsers.map((u) => [u.username, u.role])).toEqual([
      ["admin", 1],
      ["bank_rm", 2],
      ["branch_admin", 3],
      ["outlet_rm", 4],
      ["branch_rm", 5]
    ])
    for (const u of demoUsers) {
      expect(u.name).toMatch(/^[\u4e00-\u9fff]{2,4}$/)
      if (u.role <= 2) expect([u.branchCode, u.outletCode]).toEqual([null, null])
      else expect(org.some((o) => o.branchCode === u.branchCode)).toBe(true)
      if (u.role === 4)
        expect(org.some((o) => o.outletCode === u.outletCode && o.branchCode === u.branchCode)).toBe(true)
      else expect(u.outletCode).toBeNull()
    }
  })
})

describe("product shelf and maturities", () => {
  it("40 products cover every product type and every risk level, with terms from 7 to 1095 days", () => {
    const products = rows("product")
    expect(products).toHaveLength(40)
    expect(new Set(products.map((p) => p.productType))).toEqual(new Set(["保本", "非保本", "结构性"]))
    expect(new Set(products.map((p) => p.riskLevel))).toEqual(new Set(["R1", "R2", "R3", "R4", "R5"]))
    const terms = products.map((p) => Number(p.termDays))
    expect([Math.min(...terms), Math.max(...terms)]).toEqual([7, 1095])
    for (const p of products) expect(p.salesStart! <= p.salesEnd! && p.valueDate! < p.expiryDate!).toBe(true)
  })

  it("a good number of products are on sale today", () => {
    const onSale = rows("product").filter((p) => p.salesStart! <= TODAY_TEXT && TODAY_TEXT <= p.salesEnd!)
    expect(onSale.length).toBeGreaterThanOrEqual(15)
  })

  it("some holdings expire inside [today, today + 40 days] and some expired in the last few days", () => {
    const offsets = rows("holding").map((h) => daysBetween(TODAY_TEXT, h.expiryDate!))
    expect(offsets.filter((d) => d >= 0 && d <= 40).length).toBeGreaterThan(0)
    expect(offsets.filter((d) => d < 0 && d >= -5).length).toBeGreaterThan(0)
    expect(Math.min(...offsets)).toBeGreaterThanOrEqual(-5)
  })
})
