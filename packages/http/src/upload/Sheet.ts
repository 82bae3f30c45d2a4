/**
 * What the CSV and XLSX readers hand to the validator: a header, then data rows with their spreadsheet row
 * numbers, then problems with the file as a whole. A problem that stops reading is thrown as UnreadableFile.
 */
import type { CellIssue, CsvRecord } from "@wm/core"

export interface SheetSink {
  /** The header row (row 1 of a CSV file; the first non-blank row of the sheet). */
  header(cells: ReadonlyArray<string>): void
  /** A data row, cells in header order; `issues` are cells the reader could not turn into text. */
  row(row: number, cells: ReadonlyArray<string>, issues?: ReadonlyArray<CellIssue>): void
  /** A CSV data row as scanned, at least as wide as the header; valid only during the call. */
  record(row: number, record: CsvRecord): void
  /** A problem with the file as a whole that does not stop reading (merged cells…). */
  fileError(reason: string): void
}

/** Reading stopped: the file is not what it claims to be, or is malformed beyond row-level reporting. */
export class UnreadableFile extends Error {
  constructor(readonly reason: string) {
    super(reason)
  }
}

export type UploadFormat = "csv" | "xlsx"

export const MiB = 1024 * 1024

/** "12.5 MiB" or "300 bytes", as a size appears in a file error. */
export const sizeText = (bytes: number): string =>
  bytes >= MiB ? `${(bytes / MiB).toFixed(1).replace(/\.0$/, "")} MiB` : `${bytes} bytes`
