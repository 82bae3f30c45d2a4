/**
 * What validating an uploaded file answers: file-level problems, and row-level errors (row, column, value,
 * reason) as `updatedatastatus/all` shows them. Only the first errors are kept, so a broken ten-million-row
 * file costs kilobytes, not gigabytes; `errorCount` still counts them all.
 */
import type { UploadType } from "./UploadType.js"

export interface RowError {
  /** The row as a spreadsheet shows it: the header is row 1, the first data row is row 2. */
  readonly row: number
  /** The column name; empty when the problem is the row as a whole. */
  readonly column: string
  /** The cell as uploaded, at most 100 characters. */
  readonly value: string
  readonly reason: string
}

export interface ValidationReport {
  readonly type: UploadType
  /** True when the file can be applied: no file error and no row error. */
  readonly ok: boolean
  /** Data rows read (blank rows are not counted). */
  readonly rows: number
  /** The first errors, in row order. */
  readonly errors: ReadonlyArray<RowError>
  readonly errorCount: number
  readonly fileErrors: ReadonlyArray<string>
  /** Codes this file defines (the outlet codes of an organization file, …), for the batch's other files. */
  readonly definedCodes: ReadonlyArray<string>
  /** A right file's rows against the data served when it was uploaded (Pipeline/UploadCounts.ts). */
  readonly counts?: UploadCounts
}

/**
 * What a right file would change. Event types: rows whose key is not served yet (new) and rows served already
 * (duplicate, what the apply drops). Snapshot types: keys not served yet (new), served with another row
 * (changed) or the very same row (unchanged), and served rows whose key the file leaves out (removed).
 * A file never repeats a key: validation rejects that.
 */
export interface UploadCounts {
  readonly new: number
  readonly duplicate?: number
  readonly changed?: number
  readonly unchanged?: number
  readonly removed?: number
}

export const DEFAULT_MAX_ERRORS = 1000
export const MAX_VALUE_LENGTH = 100

/** At most 100 characters, an ellipsis marking a cut, never splitting a surrogate pair. */
export const truncateValue = (value: string): string => {
  if (value.length <= MAX_VALUE_LENGTH) return value
  let end = MAX_VALUE_LENGTH - 1
  const last = value.charCodeAt(end - 1)
  if (last >= 0xd800 && last <= 0xdbff) end--
  return `${value.slice(0, end)}…`
}

/** Keeps the first `max` row errors and counts the rest. */
export class ErrorLog {
  readonly errors: Array<RowError> = []
  count = 0
  constructor(readonly max: number) {}

  add(row: number, column: string, value: string, reason: string): void {
    this.count++
    if (this.errors.length < this.max) this.errors.push({ row, column, value: truncateValue(value), reason })
  }
}

/** The report of a file rejected before any row could be read (not a CSV or XLSX file, too large…). */
export const rejectedFile = (type: UploadType, fileErrors: ReadonlyArray<string>): ValidationReport => ({
  type,
  ok: false,
  rows: 0,
  errors: [],
  errorCount: 0,
  fileErrors,
  definedCodes: []
})
