/**
 * Reading the first sheet of an XLSX upload with exceljs's streaming WorkbookReader, so a large workbook is
 * never held in memory. The header is the first non-blank row; every later row keeps its sheet row number.
 * A damaged zip or a workbook without sheets stops reading; merged cells are a file error naming the ranges.
 */
import { Readable } from "node:stream"
import type { CellIssue } from "@wm/core"
import type ExcelJS from "exceljs"
import { watchMergedCells } from "./mergedCells.js"
import { type SheetSink, UnreadableFile } from "./Sheet.js"
import { cellText } from "./xlsxCells.js"

/** The parts of the reader's state that its type declarations leave out. */
interface ReaderState {
  readonly model?: { readonly sheets?: ReadonlyArray<{ readonly id: number }> }
  workbookRels?: Array<{ Id: string; Target: string }>
  _parseRels: (entry: unknown) => Promise<void>
}

/**
 * exceljs matches a sheet file to its tab by the relationship target "worksheets/sheetN.xml", relative to xl/.
 * openpyxl (pandas' default writer) writes absolute targets ("/xl/worksheets/sheet1.xml"), which the package
 * format allows; without this every sheet of such a workbook stays unmatched and the workbook looks empty.
 */
const acceptAbsoluteTargets = (reader: ExcelJS.stream.xlsx.WorkbookReader) => {
  const state = reader as unknown as ReaderState
  const parseRels = state._parseRels.bind(reader)
  state._parseRels = async (entry) => {
    await parseRels(entry)
    state.workbookRels = state.workbookRels?.map((rel) => ({
      ...rel,
      Target: rel.Target.replace(/^(\/xl\/|\.\/)/, "")
    }))
  }
}

const rowOf = (row: ExcelJS.Row, width: number) => {
  const cells: Array<string> = Array.from({ length: width }, () => "")
  const issues: Array<CellIssue> = []
  row.eachCell((cell, column) => {
    const text = cellText(cell.value, cell.numFmt)
    if (typeof text === "string") cells[column - 1] = text
    else issues.push({ position: column - 1, value: text.value, reason: text.issue })
  })
  return { cells, issues: issues.length > 0 ? issues : undefined }
}

const mergedProblem = (ranges: ReadonlyArray<string>) =>
  `the sheet has merged cells (${ranges.slice(0, 10).join(", ")}${ranges.length > 10 ? ", …" : ""}); ` +
  "unmerge them and give every cell its own value"

export const readXlsx = async (file: Blob, sink: SheetSink): Promise<void> => {
  // Loaded on the first XLSX upload: exceljs takes about a second to import, which the server's start need not pay.
  const { default: Excel } = await import("exceljs")
  const input = Readable.fromWeb(file.stream())
  const reader = new Excel.stream.xlsx.WorkbookReader(input, {
    sharedStrings: "cache",
    styles: "cache", // number formats tell dates and percentages from plain numbers
    hyperlinks: "ignore",
    worksheets: "emit",
    entries: "ignore"
  })
  acceptAbsoluteTargets(reader)
  let sawSheet = false
  try {
    for await (const sheet of reader) {
      // Sheets arrive in zip order; the first sheet is the first in the workbook's tab order.
      const first = (reader as unknown as ReaderState).model?.sheets?.[0]?.id
      if (first !== undefined && (sheet as unknown as { id: number }).id !== first) continue
      sawSheet = true
      const merged = watchMergedCells(sheet)
      let width = -1
      for await (const row of sheet) {
        if (width < 0) {
          const { cells: header, issues } = rowOf(row, row.cellCount)
          if (header.every((c) => c.trim() === "") && issues === undefined) continue
          width = header.length
          for (const issue of issues ?? []) sink.fileError(`header cell ${issue.position + 1} ${issue.reason}`)
          sink.header(header)
          continue
        }
        const { cells, issues } = rowOf(row, Math.max(width, row.cellCount))
        sink.row(row.number, cells, issues)
      }
      if (merged.length > 0) sink.fileError(mergedProblem(merged))
      break
    }
  } catch (error) {
    if (error instanceof UnreadableFile) throw error
    throw new UnreadableFile(`not a readable XLSX file (${error instanceof Error ? error.message : String(error)})`)
  } finally {
    input.destroy()
  }
  if (!sawSheet) throw new UnreadableFile("not a readable XLSX file: the workbook has no worksheet")
}
