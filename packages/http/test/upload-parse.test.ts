// Parsing and validating uploads end to end: a valid file of each type passes as CSV, and a corpus of broken
// files each yields the reason naming the row, column or file problem.
import { uploadTypes } from "@wm/core"
import { describe, expect, it } from "vitest"
import { validateUpload } from "../src/upload/index.js"
import { csvFile, csvText, examples, file, references } from "./upload-fixtures/examples.js"

const flows = examples.trade_flow
const flowHeader = flows[0]!
const flow = (changes: Record<number, string>) => flows[1]!.map((cell, i) => changes[i] ?? cell)

describe("valid CSV files", () => {
  it.each(uploadTypes)("of type %s pass", async (type) => {
    const report = await validateUpload(csvFile(examples[type]), type, references)
    expect(report.fileErrors).toEqual([])
    expect(report.errors).toEqual([])
    expect(report).toMatchObject({ ok: true, format: "csv", rows: examples[type].length - 1, fileName: "upload.csv" })
  })

  it("pass with a BOM, CRLF line ends, and quoted fields holding commas, quotes and line breaks", async () => {
    const rows = [
      ...examples.product,
      [
        "P2",
        '理财"二号", 稳健',
        "保本",
        "R1",
        "90",
        "5",
        "2.5%",
        "2025-02-01",
        "2025-02-10",
        "2025-02-11",
        "2025-05-12",
        "",
        "第一行\r\n第二行",
        ""
      ]
    ]
    const bytes = `\uFEFF${csvText(rows, "\r\n")}`
    const decoded: Array<unknown> = []
    const report = await validateUpload(file(bytes, "products.csv"), "product", references, {
      onRow: (row) => decoded.push(row)
    })
    expect(report).toMatchObject({ ok: true, rows: 2, errors: [], fileErrors: [] })
    expect(decoded[1]).toMatchObject({
      productCode: "P2",
      productName: '理财"二号", 稳健',
      expectedRate: 2.5,
      remark: "第一行\r\n第二行"
    })
  })

  it("hand each valid row, typed, to onRow with its row number", async () => {
    const seen: Array<[unknown, number]> = []
    await validateUpload(csvFile(flows), "trade_flow", references, { onRow: (row, n) => seen.push([row.amount, n]) })
    expect(seen).toEqual([
      [1_500_000, 2],
      [200_000, 3]
    ])
  })
})

describe("broken files", () => {
  const check = async (
    content: string | Uint8Array,
    type = "trade_flow" as const,
    name = "upload.csv",
    maxBytes?: number
  ) => validateUpload(file(content, name), type, references, maxBytes === undefined ? {} : { maxBytes })

  it("wrong header: a misspelt column, and the header of another type", async () => {
    const misspelt = await check(csvText([flowHeader.map((h) => (h === "amount" ? "amout" : h)), flows[1]!]))
    expect(misspelt.fileErrors).toEqual([
      "missing required columns: amount",
      expect.stringMatching(/^unknown columns: amout \(the columns of trade_flow are: companyCode, accountNo, /)
    ])
    const company = await check(csvText(examples.company))
    expect(company.ok).toBe(false)
    expect(company.fileErrors).toEqual([
      "the header has the columns of company, not of trade_flow: was the wrong type chosen?",
      "missing required columns: companyCode, accountNo, tradeTime, direction, amount, balance",
      expect.stringMatching(/^unknown columns: code, name, outletCode, linkman, contact, riskRating, listedCompanyId/)
    ])
  })

  it("missing header: row 1 holds data", async () => {
    const report = await check(csvText(flows.slice(1)))
    expect(report.fileErrors).toEqual([
      expect.stringMatching(/^row 1 is not a header row of trade_flow: none of its cells \(C1, 6222001/)
    ])
  })

  it("missing column: names it", async () => {
    const report = await check(csvText(flows.map((r) => r.filter((_, i) => i !== 4))))
    expect(report.fileErrors).toEqual(["missing required columns: amount"])
  })

  it("duplicate header column", async () => {
    const report = await check(
      csvText([
        [...flowHeader, "amount"],
        [...flows[1]!, "1"]
      ])
    )
    expect(report.fileErrors).toEqual(["duplicate columns: amount (columns 5 and 9)"])
  })

  it("bad date 2025-02-30: the row, the column, the value and why", async () => {
    const report = await check(csvText([flowHeader, flows[1]!, flow({ 2: "2025-02-30 10:00:00" })]))
    expect(report.errors).toEqual([
      {
        row: 3,
        column: "tradeTime",
        value: "2025-02-30 10:00:00",
        reason: "is not a real calendar date (2025-02 has 28 days)"
      }
    ])
  })

  it("negative and non-numeric amounts", async () => {
    const report = await check(
      csvText([flowHeader, flow({ 4: "-100" }), flow({ 4: "一百", 2: "2025-01-02 09:31:00" })])
    )
    expect(report.errors).toEqual([
      { row: 2, column: "amount", value: "-100", reason: "must not be negative" },
      {
        row: 3,
        column: "amount",
        value: "一百",
        reason: "must be a number like 1234.56 (no thousands separators, units or spaces)"
      }
    ])
  })

  it("duplicate natural key: on the later row, naming the first", async () => {
    const report = await check(csvText([flowHeader, flows[1]!, flows[2]!, flow({ 4: "1500000" })]))
    expect(report.errors).toEqual([
      expect.objectContaining({
        row: 4,
        reason: "duplicates row 2 (same companyCode+accountNo+tradeTime+direction+amount+balance)"
      })
    ])
  })

  it("unknown outlet and unknown customer", async () => {
    const company = await validateUpload(
      csvFile([examples.company[0]!, ["C3", "新客户", "O99", "王五", "139", "", ""]]),
      "company",
      references
    )
    expect(company.errors).toEqual([
      { row: 2, column: "outletCode", value: "O99", reason: "is not a known outlet code" }
    ])
    const report = await check(csvText([flowHeader, flow({ 0: "C404" })]))
    expect(report.errors).toEqual([
      { row: 2, column: "companyCode", value: "C404", reason: "is not a known customer (company) code" }
    ])
  })

  it("empty file and header-only file", async () => {
    expect((await check("")).fileErrors).toEqual(["the file is empty"])
    expect((await check(csvText([flowHeader]))).fileErrors).toEqual(["the file has a header but no data rows"])
  })

  it("binary junk, GBK text and a legacy .xls are not CSV or XLSX files", async () => {
    const junk = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)
    expect((await check(junk, "trade_flow", "flows.csv")).fileErrors).toEqual([
      "not a CSV or XLSX file: it holds binary data (a NUL byte at byte 1)"
    ])
    const gbk = Uint8Array.from([0x63, 0x6f, 0x64, 0x65, 0x0a, 0xd6, 0xd0, 0xb9, 0xfa, 0x0a]) // "code\n中国" in GBK
    expect((await check(gbk, "trade_flow")).fileErrors).toEqual([
      expect.stringMatching(
        /^not a CSV or XLSX file: the text is not valid UTF-8\. Only UTF-8 is accepted \(GBK\/ANSI is not\)/
      )
    ])
    const xls = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])
    expect((await check(xls, "trade_flow", "old.xls")).fileErrors).toEqual([
      expect.stringMatching(/legacy Excel 97–2003 \(\.xls\) file/)
    ])
  })

  it("an .xlsx name on a file that is not a zip", async () => {
    const report = await check(csvText(flows), "trade_flow", "flows.xlsx")
    expect(report).toMatchObject({ format: null, rows: 0 })
    expect(report.fileErrors).toEqual([expect.stringMatching(/^the file is named flows\.xlsx but is not an XLSX file/)])
  })

  it("oversized file, refused before reading", async () => {
    const report = await check(csvText(flows), "trade_flow", "flows.csv", 100)
    const bytes = new TextEncoder().encode(csvText(flows)).length
    expect(report.fileErrors).toEqual([`the file is ${bytes} bytes, over the 100 bytes upload limit`])
  })

  it("malformed quoting names the line", async () => {
    const unclosed = await check(`${csvText(flows)}C1,"6222001,2025-01-04 10:00:00,借,1,1,,\n`)
    expect(unclosed.fileErrors).toEqual([
      "malformed CSV: the quoted field in row 4, column accountNo is never closed (the file ends inside it)"
    ])
    const stray = await check(`${csvText(flows)}C1,62"22001,2025-01-04 10:00:00,借,1,1,,\n`)
    expect(stray.fileErrors).toEqual([
      expect.stringMatching(
        /^malformed CSV in row 4, column accountNo \(line 4\): a quote \("\) inside a field that does not start with one/
      )
    ])
    const after = await check(`${csvText(flows)}C1,"6222"001,2025-01-04 10:00:00,借,1,1,,\n`)
    expect(after.fileErrors).toEqual([
      expect.stringMatching(/^malformed CSV in row 4, column accountNo \(line 4\): text after the closing quote/)
    ])
    // Rows read before the malformed one are still checked.
    expect(after.rows).toBe(2)
  })

  it("a row with too few cells, and a file separated by semicolons", async () => {
    const short = await check(csvText([flowHeader, flows[1]!.slice(0, 6)]))
    expect(short.errors).toEqual([
      {
        row: 2,
        column: "",
        value: "",
        reason: "has 6 cells but the header has 8 columns (a missing comma, or a line break outside quotes?)"
      }
    ])
    const semicolons = await check(flows.map((r) => r.join(";")).join("\n"))
    expect(semicolons.fileErrors).toContain(
      "the header has a single column: columns must be separated by commas (,), not semicolons or tabs"
    )
  })

  it("a formula in a CSV cell (formula injection)", async () => {
    const report = await check(csvText([flowHeader, flow({ 7: '=HYPERLINK("http://evil.example","点击")' })]))
    expect(report.errors).toEqual([
      expect.objectContaining({
        row: 2,
        column: "channel",
        reason: expect.stringMatching(/^looks like a spreadsheet formula/)
      })
    ])
  })
})
