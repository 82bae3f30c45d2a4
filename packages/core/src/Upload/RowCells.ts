/**
 * Decoding one row's cells by the header layout: each column of the type is found at its position in the
 * file, decoded with its cell type, and reported when bad. Cells the parser already rejected (CellIssue) and
 * values under columns without a header are reported here too.
 */
import { type Column, decodeCell, Invalid } from "./Cell.js"
import type { HeaderLayout } from "./Header.js"
import type { ErrorLog } from "./Report.js"
import type { Fields, UploadSpec } from "./Spec.js"

/** A cell the parser already found unusable (a formula or error cell of an XLSX sheet, a short CSV row…). */
export interface CellIssue {
  /** The cell's position in the header; -1 for the row as a whole. */
  readonly position: number
  readonly value: string
  readonly reason: string
}

/** One decoded row: values by column name, 1 in `valid` where the column (in spec order) decoded. */
export interface DecodedCells {
  readonly values: Record<string, unknown>
  readonly valid: Uint8Array
  /** The cell texts of the columns, in spec order, for error values. */
  readonly raw: ReadonlyArray<string>
  /** False when an error was logged for the row or a required column is absent. */
  readonly usable: boolean
}

const noIssues = new Set<number>()

export const makeRowDecoder = (
  spec: UploadSpec<Fields>,
  header: ReadonlyArray<string>,
  layout: HeaderLayout,
  log: ErrorLog
) => {
  const names = Object.keys(spec.columns)
  const columns: ReadonlyArray<Column<unknown, boolean>> = names.map((n) => spec.columns[n]!)
  // Reused from row to row: the caller reads them before the next row.
  const valid = new Uint8Array(names.length)
  const raw: Array<string> = names.map(() => "")

  return (row: number, cells: ReadonlyArray<string>, issues: ReadonlyArray<CellIssue> | undefined): DecodedCells => {
    let usable = true
    let issueAt = noIssues
    if (issues !== undefined && issues.length > 0) {
      issueAt = new Set(issues.map((issue) => issue.position))
      for (const { position, value, reason } of issues) {
        log.add(row, position < 0 ? "" : (header[position] ?? "").trim(), value, reason)
      }
      usable = false
    }
    const values: Record<string, unknown> = {}
    for (let i = 0; i < columns.length; i++) {
      const position = layout.positions[i]!
      const name = names[i]!
      raw[i] = position < 0 ? "" : (cells[position] ?? "")
      // An absent required column is reported once, as a file error; the row still cannot be used.
      valid[i] = position < 0 && !columns[i]!.required ? 1 : 0
      if (position < 0) values[name] = null
      if (position < 0 || issueAt.has(position)) {
        usable &&= valid[i] === 1
        continue
      }
      const value = decodeCell(columns[i]!, raw[i]!)
      if (value instanceof Invalid) {
        log.add(row, name, raw[i]!, value.reason)
        usable = false
      } else {
        values[name] = value
        valid[i] = 1
      }
    }
    for (let p = 0; p < cells.length; p++) {
      if (layout.headed[p] || issueAt.has(p) || cells[p]!.trim() === "") continue
      log.add(row, "", cells[p]!, `is in column ${p + 1}, which has no header`)
      usable = false
    }
    return { values, valid, raw, usable }
  }
}
