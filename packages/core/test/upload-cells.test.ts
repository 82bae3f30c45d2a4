// Upload cell types: each accepts what the bank writes and rejects the rest with a reason a user can act on.
import { describe, expect, it } from "vitest"
import { type Column, decodeCell, Invalid, looksLikeFormula } from "../src/Upload/Cell.js"
import { type UploadType, uploadSpecOf } from "../src/Upload/index.js"

/** The decoded value of `text` in a column of a type, or the reason it is rejected. */
const cell = (type: UploadType, column: string, text: string): unknown => {
  const value = decodeCell(uploadSpecOf(type).columns[column]! as Column<unknown, boolean>, text)
  return value instanceof Invalid ? `✗ ${value.reason}` : value
}

describe("dates and times", () => {
  it("accept real calendar dates written YYYY-MM-DD, leap days included", () => {
    expect(cell("holding", "valueDate", " 2024-02-29 ")).toBe("2024-02-29")
    expect(cell("holding", "valueDate", "2000-02-29")).toBe("2000-02-29")
  })

  it.each([
    ["2025-02-30", "✗ is not a real calendar date (2025-02 has 28 days)"],
    ["2023-02-29", "✗ is not a real calendar date (2023-02 has 28 days)"],
    ["1900-02-29", "✗ is not a real calendar date (1900-02 has 28 days)"],
    ["2025-04-31", "✗ is not a real calendar date (2025-04 has 30 days)"],
    ["2025-13-01", "✗ is not a real calendar date (no such month)"],
    ["2025-00-10", "✗ is not a real calendar date (no such month)"],
    ["0202-01-01", "✗ has a year outside 1900–2999"],
    ["2025/03/01", "✗ must be a date written YYYY-MM-DD, e.g. 2025-03-01"],
    ["2025-3-1", "✗ must be a date written YYYY-MM-DD, e.g. 2025-03-01"],
    ["2025-03-01 00:00:00", "✗ must be a date written YYYY-MM-DD, e.g. 2025-03-01"],
    ["45000", "✗ must be a date written YYYY-MM-DD, e.g. 2025-03-01"]
  ])("reject the date %s", (text, reason) => {
    expect(cell("holding", "valueDate", text)).toBe(reason)
  })

  it("accept times written YYYY-MM-DD HH:mm:ss and reject other shapes and impossible times", () => {
    expect(cell("trade_flow", "tradeTime", "2025-03-01 23:59:59")).toBe("2025-03-01 23:59:59")
    expect(cell("trade_flow", "tradeTime", "2025-03-01")).toMatch(/^✗ must be a time written YYYY-MM-DD HH:mm:ss/)
    expect(cell("trade_flow", "tradeTime", "2025-03-01T10:00:00")).toMatch(/^✗ must be a time written/)
    expect(cell("trade_flow", "tradeTime", "2025-03-01 24:00:00")).toBe(
      "✗ is not a real time of day (00:00:00–23:59:59)"
    )
    expect(cell("trade_flow", "tradeTime", "2025-02-29 10:00:00")).toMatch(/^✗ is not a real calendar date/)
  })
})

describe("money", () => {
  it("reads yuan with at most two decimals, never negative except balances", () => {
    expect(cell("trade_flow", "amount", "1234.5")).toBe(1234.5)
    expect(cell("trade_flow", "amount", "0")).toBe(0)
    expect(cell("trade_flow", "amount", "-12.5")).toBe("✗ must not be negative")
    expect(cell("trade_flow", "balance", "-12.5")).toBe(-12.5)
    expect(cell("trade_flow", "balance", "-0")).toBe(0)
    expect(cell("trade_flow", "amount", "1.234")).toBe("✗ has more than 2 decimals")
  })

  it.each(["1,234.56", "12元", "1e5", ".5", "5.", "+5", "abc", "1 000"])("rejects %s as not a number", (text) => {
    expect(cell("trade_flow", "amount", text)).toMatch(/^✗ must be a number like 1234\.56/)
  })

  it("reads 万元 to the fen (six decimals) and rejects absurd magnitudes", () => {
    expect(cell("holding", "balance", "12.345678")).toBe(12.345678)
    expect(cell("holding", "balance", "12.3456789")).toBe("✗ has more than 6 decimals")
    expect(cell("holding", "balance", "10000000000")).toBe("✗ is larger than 1,000,000,000")
  })
})

describe("percentages, whole numbers, choices and flags", () => {
  it("reads percentages with or without %, from 0 to 100", () => {
    expect(cell("product", "expectedRate", "3.85")).toBe(3.85)
    expect(cell("product", "expectedRate", "3.85%")).toBe(3.85)
    expect(cell("product", "expectedRate", "100")).toBe(100)
    for (const bad of ["101", "-1", "3.12345", "三点五"])
      expect(cell("product", "expectedRate", bad)).toMatch(/^✗ must be a percentage/)
  })

  it("reads whole numbers with their bounds (termDays ≥ 1)", () => {
    expect(cell("product", "termDays", "90")).toBe(90)
    expect(cell("product", "termDays", "0")).toBe("✗ must be at least 1")
    expect(cell("product", "termDays", "90.5")).toBe("✗ must be a whole number")
    expect(cell("shareholder", "holdQuantity", "0")).toBe(0)
  })

  it("accept only the listed words", () => {
    expect(cell("trade_flow", "direction", "贷")).toBe("贷")
    expect(cell("trade_flow", "direction", "debit")).toBe("✗ must be one of 借, 贷")
    expect(cell("product", "productType", "结构性")).toBe("结构性")
    expect(cell("product", "riskLevel", "R6")).toBe("✗ must be one of R1, R2, R3, R4, R5")
    expect(cell("financial_trade", "businessType", "到期兑付")).toBe("到期兑付")
    expect(cell("financial_trade", "channel", "ATM")).toBe("✗ must be one of 网银, 手机银行, 柜台")
    expect([cell("financial_trade", "allRedeemFlag", "是"), cell("financial_trade", "allRedeemFlag", "0")]).toEqual([
      true,
      false
    ])
  })
})

describe("texts, codes and links", () => {
  it("trims, treats an empty optional cell as null and an empty required one as missing", () => {
    expect(cell("company", "name", "  城东实业  ")).toBe("城东实业")
    expect(cell("company", "riskRating", "   ")).toBeNull()
    expect(cell("company", "name", " ")).toBe("✗ is required")
  })

  it("check codes, lengths, links and e-mail addresses", () => {
    expect(cell("organization", "outletCode", "O-11")).toBe("O-11")
    expect(cell("organization", "outletCode", "网点1")).toBe("✗ may contain only letters, digits, '_' and '-'")
    expect(cell("company", "code", "C 1")).toBe("✗ must not contain spaces")
    expect(cell("company", "name", "x".repeat(129))).toBe("✗ is longer than 128 characters")
    expect(cell("product", "manualUrl", "https://bank.example.com/p1.pdf")).toBe("https://bank.example.com/p1.pdf")
    expect(cell("product", "manualUrl", "javascript:alert(1)")).toBe("✗ must be an http:// or https:// address")
    expect(cell("listed_company", "email", "ir@example.com")).toBe("ir@example.com")
    expect(cell("listed_company", "email", "ir.example.com")).toBe("✗ must be an e-mail address")
  })
})

describe("formula injection", () => {
  it.each(["=1+1", '=HYPERLINK("http://evil")', "+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0", "@SUM(A1:A9)", "-A1"])(
    "rejects %s in any column",
    (text) => {
      expect(looksLikeFormula(text)).toBe(true)
      expect(cell("company", "name", text)).toMatch(/^✗ looks like a spreadsheet formula/)
      expect(cell("trade_flow", "balance", ` ${text}`)).toMatch(/^✗ looks like a spreadsheet formula/)
    }
  )

  it.each(["-12.5", "+86 10 8888 6666", "-", "@", "- 强调保本"])("lets %s through", (text) => {
    expect(looksLikeFormula(text)).toBe(false)
  })

  it("keeps negative balances numbers", () => {
    expect(cell("trade_flow", "balance", "-12.5")).toBe(-12.5)
  })
})
