/**
 * Streams rows into an XLSX file with exceljs's streaming WorkbookWriter: each row is committed (written out and
 * dropped) as it comes, so memory stays flat whatever the row count. Cells are typed: numbers as numbers, dates and
 * times as Excel dates (the bank's wall-clock time), everything else as text — a text starting with = + - @ stays a
 * text cell (never a formula), so no exported file runs a formula.
 */
import { Writable } from "node:stream"
import ExcelJS from "exceljs"

export type CellKind = "text" | "number" | "date" | "datetime"

export interface SheetColumn {
  readonly header: string
  readonly kind: CellKind
  readonly width?: number
}

/** A cell value as the list answered it: text, a number, a timestamp (epoch ms, for dates), or nothing. */
export type CellValue = string | number | boolean | null | undefined | ReadonlyArray<string>

const wallFormat = new Intl.DateTimeFormat("en-US", {
  timeZone: process.env.BANK_TIMEZONE || "Asia/Shanghai",
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "numeric",
  minute: "numeric",
  second: "numeric",
  hourCycle: "h23"
})

/** The bank's wall-clock time of an instant, as a Date whose UTC fields are that time (what Excel shows). */
const wallDate = (ms: number): Date => {
  const p = Object.fromEntries(wallFormat.formatToParts(new Date(ms)).map((x) => [x.type, Number(x.value)]))
  return new Date(Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!))
}

export const cellOf = (kind: CellKind, value: CellValue): ExcelJS.CellValue => {
  if (value === null || value === undefined) return null
  if (Array.isArray(value)) return value.join("、")
  if (kind === "number" && typeof value === "number") return value
  if ((kind === "date" || kind === "datetime") && typeof value === "number") return wallDate(value)
  if (typeof value === "boolean") return value ? "是" : "否"
  // Strings, and numbers in text columns, are written as text: exceljs writes a string as a string cell.
  return String(value)
}

export interface XlsxSink {
  readonly addRow: (values: ReadonlyArray<CellValue>) => void
  /** Finishes the workbook and waits for the bytes to reach the stream. */
  readonly close: () => Promise<void>
  /** Gives the file up: the target stream is aborted (the file store drops the partial file). */
  readonly abort: () => void
}

export const openXlsx = (
  target: WritableStream<Uint8Array>,
  sheetName: string,
  columns: ReadonlyArray<SheetColumn>
) => {
  const stream = Writable.fromWeb(target as never)
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: false, useStyles: true })
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31))
  sheet.columns = columns.map((c, i) => ({
    key: String(i),
    width: c.width ?? Math.max(10, c.header.length * 2 + 2),
    style: c.kind === "date" ? { numFmt: "yyyy-mm-dd" } : c.kind === "datetime" ? { numFmt: "yyyy-mm-dd hh:mm:ss" } : {}
  }))
  sheet.addRow(columns.map((c) => c.header)).commit()
  const finished = new Promise<void>((resolve, reject) => {
    stream.on("finish", resolve)
    stream.on("close", resolve)
    stream.on("error", reject)
  })
  // An abort rejects `finished` with nobody waiting: that is expected, not an unhandled rejection.
  finished.catch(() => undefined)
  return {
    addRow: (values) => sheet.addRow(values.map((v, i) => cellOf(columns[i]!.kind, v))).commit(),
    close: async () => {
      sheet.commit()
      await workbook.commit()
      await finished
    },
    abort: () => {
      stream.destroy(new Error("export aborted"))
    }
  } satisfies XlsxSink
}
