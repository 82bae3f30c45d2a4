// XLSX uploads through exceljs's streaming reader: native dates, numbers and percentages read as a user sees
// them; formula, error and over-long number cells as row errors; merged cells and damaged files as file errors.
import { readdirSync, readFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { uploadTypes } from "@wm/core"
import { describe, expect, it } from "vitest"
import { validateUpload } from "../src/upload/index.js"
import { watchMergedCells } from "../src/upload/mergedCells.js"
import { numberText } from "../src/upload/xlsxCells.js"
import { csvText, examples, file, references, xlsxFile, xlsxOf } from "./upload-fixtures/examples.js"

const flowHeader = examples.trade_flow[0]!

describe("valid XLSX files", () => {
  it.each(uploadTypes)("of type %s pass", async (type) => {
    const report = await validateUpload(await xlsxOf(examples[type]), type, references)
    expect(report.fileErrors).toEqual([])
    expect(report.errors).toEqual([])
    expect(report).toMatchObject({ ok: true, format: "xlsx", rows: examples[type].length - 1 })
  })

  it("read date cells as YYYY-MM-DD (with the time when the format shows one), numbers without float noise, percentages with %", async () => {
    const upload = await xlsxFile((sheet) => {
      sheet.addRow(examples.product[0]!)
      const row = sheet.addRow(["P1", "稳健理财1号", "非保本", "R2", 180, 0.1 + 0.2, 0.0385])
      row.getCell(7).numFmt = "0.00%"
      ;[
        new Date(Date.UTC(2025, 0, 1)),
        new Date(Date.UTC(2025, 0, 15)),
        new Date(Date.UTC(2025, 0, 16)),
        new Date(Date.UTC(2025, 6, 15))
      ].forEach((d, i) => {
        const cell = row.getCell(8 + i)
        cell.value = d
        cell.numFmt = "yyyy-mm-dd"
      })
    })
    const rows: Array<unknown> = []
    const report = await validateUpload(upload, "product", references, { onRow: (r) => rows.push(r) })
    expect(report.errors).toEqual([])
    expect(rows[0]).toMatchObject({
      termDays: 180,
      startingAmount: 0.3,
      expectedRate: 3.85,
      salesStart: "2025-01-01",
      expiryDate: "2025-07-15"
    })

    const flows = await xlsxFile((sheet) => {
      sheet.addRow(flowHeader)
      const row = sheet.addRow(["C1", "6222001", new Date(Date.UTC(2025, 0, 2, 9, 30, 15)), "贷", 1500000, -300.5])
      row.getCell(3).numFmt = "yyyy-mm-dd hh:mm:ss"
      const midnight = sheet.addRow(["C1", "6222001", new Date(Date.UTC(2025, 0, 3)), "借", 12.34, 100])
      midnight.getCell(3).numFmt = "yyyy/m/d h:mm"
    })
    const times: Array<unknown> = []
    const flowReport = await validateUpload(flows, "trade_flow", references, { onRow: (r) => times.push(r.tradeTime) })
    expect(flowReport.errors).toEqual([])
    expect(times).toEqual(["2025-01-02 09:30:15", "2025-01-03 00:00:00"])
  })

  it("read only the first sheet, and skip blank rows while keeping sheet row numbers", async () => {
    const upload = await xlsxFile((sheet, book) => {
      sheet.addRow(flowHeader)
      sheet.addRow(examples.trade_flow[1]!)
      sheet.getRow(4).values = ["C1", "6222001", "2025-02-30 10:00:00", "借", "1", "1"]
      book.addWorksheet("说明").addRow(["这一页不是数据", "=1"])
    })
    const report = await validateUpload(upload, "trade_flow", references)
    expect(report.rows).toBe(2)
    expect(report.errors).toEqual([
      expect.objectContaining({ row: 4, column: "tradeTime", value: "2025-02-30 10:00:00" })
    ])
  })
})

describe("workbooks whose sheets are stored before the parts they need", () => {
  // exceljs and openpyxl store xl/workbook.xml (the tab order) or the shared strings after the sheets; a pass over
  // the zip in stored order lost such parts intermittently (exceljs issue #3064) and copied sheets to temporary
  // files it never removed.
  const ownTemporaryFiles = () => readdirSync(tmpdir()).filter((f) => f.startsWith(`tmp-${process.pid}-`))

  it("are read whole every time, many at once, and leave no temporary file", async () => {
    const before = ownTemporaryFiles()
    const upload = await xlsxFile((sheet, book) => {
      sheet.addRows([flowHeader, examples.trade_flow[1]!])
      book.addWorksheet("说明").addRow(["这一页不是数据"])
    })
    const openpyxl = new File(
      [readFileSync(join(import.meta.dirname, "upload-fixtures/xlsx/openpyxl-trade_flow.xlsx"))],
      "o.xlsx"
    )
    const reports = await Promise.all(
      Array.from({ length: 40 }, (_, i) => validateUpload(i % 2 === 0 ? upload : openpyxl, "trade_flow", references))
    )
    for (const [i, report] of reports.entries()) {
      expect(report.fileErrors).toEqual([])
      expect(report).toMatchObject({ format: "xlsx", rows: i % 2 === 0 ? 1 : 4 })
    }
    expect(ownTemporaryFiles()).toEqual(before)
  })
})

describe("broken XLSX files", () => {
  it("a formula cell is a row error naming its row and column", async () => {
    const upload = await xlsxFile((sheet) => {
      sheet.addRow(flowHeader)
      sheet.addRow(["C1", "6222001", "2025-01-02 09:30:00", "贷", { formula: "100*2", result: 200 }, "500"])
    })
    const report = await validateUpload(upload, "trade_flow", references)
    expect(report.errors).toEqual([
      {
        row: 2,
        column: "amount",
        value: "=100*2",
        reason: "holds a formula; upload values only (copy the column and paste it as values)"
      }
    ])
  })

  it("merged cells are a file error naming the ranges", async () => {
    const upload = await xlsxFile((sheet) => {
      sheet.addRow(flowHeader)
      sheet.addRow(examples.trade_flow[1]!)
      sheet.addRow(examples.trade_flow[2]!)
      sheet.mergeCells("A2:A3")
      sheet.mergeCells("G2:H2")
    })
    const report = await validateUpload(upload, "trade_flow", references)
    expect(report.fileErrors).toEqual([
      expect.stringMatching(
        /^the sheet has merged cells \((A2:A3, G2:H2|G2:H2, A2:A3)\); unmerge them and give every cell its own value$/
      )
    ])
  })

  it("error cells and numbers too long for Excel are row errors", async () => {
    const upload = await xlsxFile((sheet) => {
      sheet.addRow(flowHeader)
      sheet.addRow(["C1", Number("6222020200112233445"), "2025-01-02 09:30:00", "贷", { error: "#N/A" }, "1"])
    })
    const report = await validateUpload(upload, "trade_flow", references)
    expect(report.errors).toEqual([
      expect.objectContaining({
        row: 2,
        column: "accountNo",
        reason: expect.stringMatching(/^is a number of more than 15 digits/)
      }),
      { row: 2, column: "amount", value: "#N/A", reason: "holds the Excel error #N/A" }
    ])
  })

  it("an empty sheet and a header-only sheet", async () => {
    expect((await validateUpload(await xlsxFile(() => {}), "trade_flow", references)).fileErrors).toEqual([
      "the file is empty"
    ])
    expect((await validateUpload(await xlsxOf([flowHeader]), "trade_flow", references)).fileErrors).toEqual([
      "the file has a header but no data rows"
    ])
  })

  it("a damaged zip, told apart from a CSV by its content whatever its name", async () => {
    const whole = new Uint8Array(await (await xlsxOf(examples.trade_flow)).arrayBuffer())
    const report = await validateUpload(file(whole.slice(0, whole.length / 2), "flows.csv"), "trade_flow", references)
    expect(report.format).toBe("xlsx")
    expect(report.fileErrors).toEqual([expect.stringMatching(/^not a readable XLSX file/)])
  })

  it("an .xlsx that holds CSV text", async () => {
    const report = await validateUpload(file(csvText(examples.trade_flow), "flows.xlsx"), "trade_flow", references)
    expect(report.fileErrors).toEqual([
      expect.stringMatching(/^the file is named flows\.xlsx but is not an XLSX file \(an XLSX file is a zip archive\)/)
    ])
  })
})

describe("numbers as text", () => {
  it.each([
    [0.1 + 0.2, "0.3"],
    [1.1 * 3, "3.3"],
    [1e21, "1000000000000000000000"],
    [1e-7, "0.0000001"],
    [-1500000, "-1500000"]
  ])("%s reads as %s", (n, text) => {
    expect(numberText(n)).toBe(text)
  })
})

describe("merged-cell watching", () => {
  const xml = `<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData><mergeCells count="2"><mergeCell ref="A1:B2"/><mergeCell ref="C10:AA12"/></mergeCells>`

  it("finds every range whichever byte the sheet's XML is cut at, and passes the XML through unchanged", async () => {
    for (let cut = 1; cut < xml.length; cut++) {
      const sheet = {
        iterator: (async function* () {
          yield Buffer.from(xml.slice(0, cut))
          yield Buffer.from(xml.slice(cut))
        })()
      }
      const ranges = watchMergedCells(sheet)
      let passed = ""
      for await (const chunk of sheet.iterator) passed += chunk.toString()
      expect(passed).toBe(xml)
      expect(ranges).toEqual(["A1:B2", "C10:AA12"])
    }
  })
})
