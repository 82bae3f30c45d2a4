/**
 * The streaming validator of an uploaded file: rows are checked as they arrive, with memory bounded by the
 * error cap and the natural-key index, so a ten-million-row file never has to be held in memory.
 *
 * A parser calls `startValidation` with the header, `push` for each data row and `finish` at the end;
 * `validateRecords` does the same over rows already in memory.
 */
import { makeByteRow, SLOW } from "./ByteRows.js"
import type { CsvRecord } from "./CsvRecord.js"
import { readHeader } from "./Header.js"
import { DEFAULT_MAX_ERRORS, ErrorLog, type ValidationReport } from "./Report.js"
import { type CellIssue, makeRowDecoder } from "./RowCells.js"
import { makeRowChecks } from "./RowChecks.js"
import type { RawRecord } from "./RowSchemas.js"
import { type UploadRow, uploadSpecOf } from "./Specs.js"
import type { References, UploadType } from "./UploadType.js"

export type { CellIssue }

export interface ValidationOptions {
  /** Row errors kept in the report (all are counted); default 1000. */
  readonly maxErrors?: number
}

export interface UploadValidator<T extends UploadType> {
  readonly type: T
  /**
   * Checks the next data row, given as cells in header order or as a record by column name. `row` is its
   * spreadsheet row number (default: the previous one plus one). Answers the decoded row, or undefined
   * when the row is blank (skipped, not counted) or has errors.
   */
  push(
    cells: ReadonlyArray<string> | RawRecord,
    row?: number,
    issues?: ReadonlyArray<CellIssue>
  ): UploadRow<T> | undefined
  /**
   * The same for a CSV record as scanned (CsvScanner), decoded from its bytes when it is plain; a record
   * that is not goes through `push` with its texts, so the outcome and the errors are the same.
   */
  pushRecord(record: CsvRecord, row: number): UploadRow<T> | undefined
  /** Records a problem with the file as a whole that the parser found (malformed quoting, merged cells…). */
  fileError(reason: string): void
  /** The report; call once, after the last row. */
  finish(): ValidationReport
}

const isBlank = (cells: ReadonlyArray<string>): boolean => {
  for (let i = 0; i < cells.length; i++) if (cells[i]!.trim() !== "") return false
  return true
}

export const startValidation = <T extends UploadType>(
  type: T,
  header: ReadonlyArray<string>,
  references: References,
  options: ValidationOptions = {}
): UploadValidator<T> => {
  const spec = uploadSpecOf(type)
  const layout = readHeader(spec, header)
  const fileErrors = [...layout.fileErrors]
  const log = new ErrorLog(options.maxErrors ?? DEFAULT_MAX_ERRORS)
  const decode = makeRowDecoder(spec, header, layout, log)
  const check = makeRowChecks(type, references, log)
  const byteRow = makeByteRow(spec, header, layout, references)
  const allValid = new Uint8Array(Object.keys(spec.columns).length).fill(1)
  const defines = spec.defines === undefined ? -1 : Object.keys(spec.columns).indexOf(spec.defines.column)
  const definedCodes: Array<string> = []
  let rows = 0
  let lastRow = 1

  const push = (input: ReadonlyArray<string> | RawRecord, rowNumber?: number, issues?: ReadonlyArray<CellIssue>) => {
    const row = rowNumber ?? lastRow + 1
    lastRow = row
    const cells = Array.isArray(input)
      ? (input as ReadonlyArray<string>)
      : header.map((h) => (input as RawRecord)[h] ?? "")
    if ((issues === undefined || issues.length === 0) && isBlank(cells)) return undefined
    rows++
    if (!layout.usable) return undefined
    const { values, valid, raw, usable } = decode(row, cells, issues)
    return checked(row, values, valid, (i) => raw[i]!, usable)
  }

  const checked = (
    row: number,
    values: Record<string, unknown>,
    valid: Uint8Array,
    raw: (i: number) => string,
    usable: boolean
  ) => {
    const errorsBefore = log.count
    check(row, values, valid, raw)
    if (defines >= 0 && valid[defines] === 1) definedCodes.push(values[spec.defines!.column] as string)
    return usable && log.count === errorsBefore ? (values as UploadRow<T>) : undefined
  }

  const pushRecord = (record: CsvRecord, row: number) => {
    const values = byteRow === undefined ? SLOW : byteRow(record)
    if (values === SLOW) return push(record.texts(), row)
    lastRow = row
    rows++
    const position = layout.positions
    return checked(row, values, allValid, (i) => (position[i]! < 0 ? "" : record.text(position[i]!)), true)
  }

  return {
    type,
    push,
    pushRecord,
    fileError: (reason) => void fileErrors.push(reason),
    finish: () => {
      if (fileErrors.length === 0 && rows === 0) fileErrors.push("the file has a header but no data rows")
      const ok = fileErrors.length === 0 && log.count === 0
      return { type, ok, rows, errors: log.errors, errorCount: log.count, fileErrors, definedCodes }
    }
  }
}

/** Validates a whole file of records at once (for files already in memory and for tests). */
export const validateRecords = <T extends UploadType>(
  type: T,
  header: ReadonlyArray<string>,
  records: Iterable<ReadonlyArray<string> | RawRecord>,
  references: References,
  options?: ValidationOptions
): ValidationReport => {
  const validator = startValidation(type, header, references, options)
  for (const record of records) validator.push(record)
  return validator.finish()
}
