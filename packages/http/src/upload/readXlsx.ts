/**
 * Reading the first sheet of an XLSX upload with exceljs's streaming worksheet reader, so a large sheet is never
 * held in memory. The header is the first non-blank row; every later row keeps its sheet row number.
 * A damaged zip or a workbook without sheets stops reading; merged cells are a file error naming the ranges.
 *
 * The zip is opened through its central directory (unzipper's Open), and the parts a sheet needs are read
 * first, in this order: the workbook's relationships, the workbook (its tab order), shared strings and styles.
 * exceljs's own pass over the zip reads entries as they are stored, and under load it intermittently loses one
 * (exceljs issue #3064: "Cannot read properties of undefined (reading 'sheets')", or a valid file read as
 * having no sheet); where sheets are stored before the shared strings (openpyxl, LibreOffice) it copies them to
 * temporary files that it never removes when reading stops early, leaving the bank's rows on disk.
 */
/// <reference path="../../types/unzipper.d.ts" />
import { Readable } from "node:stream"
import type { CellIssue } from "@wm/core"
import type ExcelJS from "exceljs"
import type { Entry as ZipEntry } from "unzipper"
import { watchMergedCells } from "./mergedCells.js"
import { type SheetSink, UnreadableFile } from "./Sheet.js"
import { cellText } from "./xlsxCells.js"

/** The parts of exceljs's WorkbookReader this module drives: the parsers its own zip pass calls per entry. */
interface ReaderParts {
  readonly model?: { readonly sheets?: ReadonlyArray<{ readonly id: number; readonly rId: string }> }
  workbookRels?: Array<{ Id: string; Target: string }>
  _parseRels(entry: Readable): Promise<void>
  _parseWorkbook(entry: Readable): Promise<void>
  _parseSharedStrings(entry: Readable): AsyncIterable<unknown>
  _parseStyles(entry: Readable): Promise<void>
  _parseWorksheet(
    source: AsyncIterable<unknown>,
    sheetNo: string
  ): Iterable<{ value: ExcelJS.stream.xlsx.WorksheetReader }>
}

/**
 * The zip path of a relationship target: relative to xl/ ("worksheets/sheet1.xml"), or absolute
 * ("/xl/worksheets/sheet1.xml", as openpyxl — pandas' default writer — writes it, which the package format allows).
 */
const partPath = (target: string) => (target.startsWith("/") ? target.slice(1) : `xl/${target.replace(/^\.\//, "")}`)

/** The first sheet in the workbook's tab order, else (no usable workbook part) the lowest-numbered sheet file. */
const firstSheetPath = (reader: ReaderParts, entries: ReadonlyMap<string, ZipEntry>): string | undefined => {
  const first = reader.model?.sheets?.[0]
  const rel = first && reader.workbookRels?.find((r) => r.Id === first.rId)
  if (rel !== undefined && entries.has(partPath(rel.Target))) return partPath(rel.Target)
  const numbered = [...entries.keys()]
    .map((path) => ({ path, n: /^xl\/worksheets\/sheet(\d+)\.xml$/.exec(path)?.[1] }))
    .filter((e) => e.n !== undefined)
    .sort((a, b) => Number(a.n) - Number(b.n))
  return numbered[0]?.path
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
  const [{ default: Excel }, { Open }] = await Promise.all([import("exceljs"), import("unzipper")])
  const opened: Array<Readable> = []
  // Each part is a slice of the upload (a file on disk for a large one): nothing is read twice or held whole.
  const source = {
    size: async () => file.size,
    stream: (offset: number, length?: number) => {
      const part = Readable.fromWeb(file.slice(offset, length === undefined ? undefined : offset + length).stream())
      opened.push(part)
      return part
    }
  }
  try {
    const directory = await Open.custom(source)
    const entries = new Map(directory.files.filter((f) => f.type === "File").map((f) => [f.path, f]))
    const reader = new Excel.stream.xlsx.WorkbookReader(Readable.from([]), {
      sharedStrings: "cache",
      styles: "cache", // number formats tell dates and percentages from plain numbers
      hyperlinks: "ignore",
      worksheets: "emit",
      entries: "ignore"
    }) as unknown as ReaderParts
    const part = (path: string) => entries.get(path)?.stream()
    const rels = part("xl/_rels/workbook.xml.rels")
    if (rels !== undefined) await reader._parseRels(rels)
    const workbook = part("xl/workbook.xml")
    if (workbook !== undefined) await reader._parseWorkbook(workbook)
    const strings = part("xl/sharedStrings.xml")
    if (strings !== undefined) for await (const _ of reader._parseSharedStrings(strings));
    const styles = part("xl/styles.xml")
    if (styles !== undefined) await reader._parseStyles(styles)
    const path = firstSheetPath(reader, entries)
    if (path === undefined) throw new UnreadableFile("not a readable XLSX file: the workbook has no worksheet")
    const sheetNo = /sheet(\d+)\.xml$/.exec(path)?.[1] ?? "1"
    for (const { value: sheet } of reader._parseWorksheet(entries.get(path)!.stream(), sheetNo)) {
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
    }
  } catch (error) {
    if (error instanceof UnreadableFile) throw error
    throw new UnreadableFile(`not a readable XLSX file (${error instanceof Error ? error.message : String(error)})`)
  } finally {
    for (const part of opened) part.destroy()
  }
}
