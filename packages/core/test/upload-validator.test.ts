// The streaming upload validator: header checks, row numbering, references, duplicate keys, the error cap.
import { describe, expect, it } from "vitest"
import { type References, rejectionOf, startValidation, summarizeReport, validateRecords } from "../src/Upload/index.js"

const refs: References = {
  outletCodes: new Set(["O11", "O12"]),
  companyCodes: new Set(["C1", "C2"]),
  productCodes: new Set(["P1"]),
  listedCompanyIds: new Set(["L1"])
}

const flowHeader = [
  "companyCode",
  "accountNo",
  "tradeTime",
  "direction",
  "amount",
  "balance",
  "counterpartyBank",
  "channel"
]
const flow = (time: string, amount = "100.00", balance = "900.00", company = "C1") => [
  company,
  "6222001",
  time,
  "借",
  amount,
  balance,
  "",
  "网银"
]

describe("the header", () => {
  it("accepts columns in any order, in any case, optional ones left out", () => {
    const report = validateRecords(
      "company",
      [" NAME", "code", "OutletCode", "linkman", "contact"],
      [["城东实业", "C9", "O11", "张三", "138"]],
      refs
    )
    expect(report).toMatchObject({ ok: true, rows: 1, errors: [], fileErrors: [], definedCodes: ["C9"] })
  })

  it("names missing required columns, unknown columns and duplicate columns", () => {
    const report = validateRecords(
      "company",
      ["code", "name", "name", "outlet", "linkman"],
      [["C9", "a", "b", "O11", "x"]],
      refs
    )
    expect(report.fileErrors).toEqual([
      "missing required columns: outletCode, contact",
      "unknown columns: outlet (the columns of company are: code, name, outletCode, linkman, contact, riskRating, listedCompanyId)",
      "duplicate columns: name (columns 2 and 3)"
    ])
    expect(report.ok).toBe(false)
  })

  it("says when row 1 is data rather than a header, without flooding row errors", () => {
    const report = validateRecords(
      "organization",
      ["B01", "东区支行", "O11", "城东网点"],
      [["B02", "西区支行", "O21", "城西网点"]],
      refs
    )
    expect(report.fileErrors).toEqual([
      "row 1 is not a header row of organization: none of its cells (B01, 东区支行, O11, 城东网点) names a column; row 1 must name the columns: branchCode, branchName, outletCode, outletName"
    ])
    expect(report).toMatchObject({ rows: 1, errors: [], errorCount: 0 })
  })

  it("rejects an empty file, an empty header row and a header without data rows", () => {
    expect(validateRecords("company", [], [], refs).fileErrors).toEqual(["the file is empty"])
    expect(validateRecords("company", ["", " "], [], refs).fileErrors).toEqual(["the header row (row 1) is empty"])
    expect(validateRecords("trade_flow", flowHeader, [[], ["", " "]], refs).fileErrors).toEqual([
      "the file has a header but no data rows"
    ])
  })

  it("ignores columns without a name while their cells are empty, and reports a value under one", () => {
    const header = [...flowHeader, ""]
    const report = validateRecords(
      "trade_flow",
      header,
      [
        [...flow("2025-01-02 09:00:00"), ""],
        [...flow("2025-01-02 10:00:00"), "x", "y"]
      ],
      refs
    )
    expect(report.errors).toEqual([
      { row: 3, column: "", value: "x", reason: "is in column 9, which has no header" },
      { row: 3, column: "", value: "y", reason: "is in column 10, which has no header" }
    ])
  })
})

describe("rows", () => {
  it("are numbered as a spreadsheet shows them: the header is row 1, blank rows keep their number", () => {
    const report = validateRecords(
      "trade_flow",
      flowHeader,
      [flow("2025-01-02 09:00:00"), [], flow("2025-02-30 09:00:00")],
      refs
    )
    expect(report.rows).toBe(2)
    expect(report.errors).toEqual([
      {
        row: 4,
        column: "tradeTime",
        value: "2025-02-30 09:00:00",
        reason: "is not a real calendar date (2025-02 has 28 days)"
      }
    ])
  })

  it("may come as records by column name", () => {
    const report = validateRecords(
      "holding",
      ["companyCode", "productCode", "balance", "valueDate", "expiryDate"],
      [{ companyCode: "C1", productCode: "P1", balance: "50", valueDate: "2025-01-01", expiryDate: "2024-12-31" }],
      refs
    )
    expect(report.errors).toEqual([
      { row: 2, column: "expiryDate", value: "2024-12-31", reason: "must not be before valueDate (2025-01-01)" }
    ])
  })

  it("report unknown outlets, customers, products and listed companies", () => {
    const company = validateRecords(
      "company",
      ["code", "name", "outletCode", "linkman", "contact"],
      [["C9", "n", "O99", "l", "c"]],
      refs
    )
    expect(company.errors).toEqual([
      { row: 2, column: "outletCode", value: "O99", reason: "is not a known outlet code" }
    ])
    const flows = validateRecords("trade_flow", flowHeader, [flow("2025-01-02 09:00:00", "1", "1", "C404")], refs)
    expect(flows.errors[0]).toMatchObject({
      column: "companyCode",
      value: "C404",
      reason: "is not a known customer (company) code"
    })
    const holding = validateRecords(
      "holding",
      ["companyCode", "productCode", "balance", "valueDate", "expiryDate"],
      [["C1", "P9", "5", "2025-01-01", "2025-06-01"]],
      refs
    )
    expect(holding.errors[0]).toMatchObject({
      column: "productCode",
      value: "P9",
      reason: "is not a known product code"
    })
    const holders = validateRecords(
      "shareholder",
      ["listedCompanyId", "name", "holdQuantity", "equityProportion"],
      [["L9", "张三", "100", "1.5"]],
      refs
    )
    expect(holders.errors[0]).toMatchObject({ column: "listedCompanyId", reason: "is not a known listed company code" })
  })

  it("with a duplicate natural key are reported on the later row, naming the first (100 and 100.00 are one amount)", () => {
    const report = validateRecords(
      "trade_flow",
      flowHeader,
      [flow("2025-01-02 09:00:00", "100"), flow("2025-01-02 09:00:01"), flow(" 2025-01-02 09:00:00", "100.00", "900")],
      refs
    )
    expect(report.errors).toEqual([
      {
        row: 4,
        column: "companyCode+accountNo+tradeTime+direction+amount+balance",
        value: "C1 / 6222001 / 2025-01-02 09:00:00 / 借 / 100.00 / 900",
        reason: "duplicates row 2 (same companyCode+accountNo+tradeTime+direction+amount+balance)"
      }
    ])
  })

  it("of an organization file give each sub-branch code one name", () => {
    const report = validateRecords(
      "organization",
      ["branchCode", "branchName", "outletCode", "outletName"],
      [
        ["B01", "东区支行", "O11", "一"],
        ["B01", "东区支行 ", "O12", "二"],
        ["B01", "东城支行", "O13", "三"]
      ],
      refs
    )
    expect(report.errors).toEqual([
      {
        row: 4,
        column: "branchName",
        value: "东城支行",
        reason: "differs from row 2 (东区支行) for the same branchCode B01"
      }
    ])
    expect(report.definedCodes).toEqual(["O11", "O12", "O13"])
  })

  it("report every bad cell of a row, and the decoded row only when it is wholly valid", () => {
    const validator = startValidation("trade_flow", flowHeader, refs)
    expect(validator.push(flow("2025-01-02 09:00:00"))).toEqual({
      companyCode: "C1",
      accountNo: "6222001",
      tradeTime: "2025-01-02 09:00:00",
      direction: "借",
      amount: 100,
      balance: 900,
      counterpartyBank: null,
      channel: "网银"
    })
    expect(
      validator.push(["C1", "6222001", "2025-01-02", "出", "-1", "1,000", "", "=cmd|' /C calc'!A0"])
    ).toBeUndefined()
    expect(validator.finish().errors.map((e) => [e.row, e.column])).toEqual([
      [3, "tradeTime"],
      [3, "direction"],
      [3, "amount"],
      [3, "balance"],
      [3, "channel"]
    ])
  })

  it("take problems the parser found (formula cells, short rows) as row errors", () => {
    const validator = startValidation("trade_flow", flowHeader, refs)
    validator.push(flow("2025-01-02 09:00:00"), 7, [
      { position: 4, value: "=SUM(A1:A3)", reason: "holds a formula" },
      { position: -1, value: "", reason: "has 7 cells, the header has 8" }
    ])
    validator.fileError("merged cells A1:B1")
    const report = validator.finish()
    expect(report.errors).toEqual([
      { row: 7, column: "amount", value: "=SUM(A1:A3)", reason: "holds a formula" },
      { row: 7, column: "", value: "", reason: "has 7 cells, the header has 8" }
    ])
    expect(report.fileErrors).toEqual(["merged cells A1:B1"])
  })
})

describe("the report", () => {
  it("keeps the first errors, counts them all and truncates long values", () => {
    const rows = Array.from({ length: 50 }, (_, i) =>
      flow(`2025-01-02 09:00:${String(i).padStart(2, "0")}`, "x".repeat(150))
    )
    const report = validateRecords("trade_flow", flowHeader, rows, refs, { maxErrors: 10 })
    expect(report).toMatchObject({ ok: false, rows: 50, errorCount: 50 })
    expect(report.errors).toHaveLength(10)
    expect(report.errors[9]!.row).toBe(11)
    expect(report.errors[0]!.value).toHaveLength(100)
    expect(report.errors[0]!.value.endsWith("…")).toBe(true)
  })

  it("summarises a rejection for logs and the UploadRejected error", () => {
    const report = validateRecords("trade_flow", flowHeader, [flow("2025-01-02 09:00:00", "-5")], refs)
    expect(summarizeReport(report)).toBe('1 row error, the first: row 2 amount "-5": must not be negative')
    const rejected = rejectionOf(report, { fileId: "f1", fileName: "flows.csv" })
    expect(rejected).toMatchObject({ _tag: "UploadRejected", fileId: "f1", fileName: "flows.csv" })
    expect(
      rejectionOf(validateRecords("trade_flow", flowHeader, [flow("2025-01-02 09:00:00")], refs), {
        fileName: "ok.csv"
      })
    ).toBeUndefined()
  })
})
