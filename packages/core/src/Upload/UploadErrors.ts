/**
 * The failure of an upload whose file was rejected, and the one-line summary of why, for logs and the
 * status list. Where it maps to an envelope code is decided in packages/http (code 30005).
 */
import { Data } from "effect"
import type { ValidationReport } from "./Report.js"

/** The uploaded file cannot be applied; `reason` summarises its file errors and first row errors. */
export class UploadRejected extends Data.TaggedError("UploadRejected")<{
  /** The stored file's id, when it was stored before being judged. */
  readonly fileId: string | null
  readonly fileName: string
  readonly reason: string
}> {}

/** "missing required columns: amount; 1,520 row errors, the first: row 7 amount "-5": must not be negative". */
export const summarizeReport = (report: ValidationReport): string => {
  if (report.ok) return `${report.rows} rows, no errors`
  const parts = [...report.fileErrors]
  const first = report.errors[0]
  if (first !== undefined) {
    const where = first.column === "" ? `row ${first.row}` : `row ${first.row} ${first.column}`
    const count = report.errorCount.toLocaleString("en-US")
    parts.push(
      `${count} row error${report.errorCount === 1 ? "" : "s"}, the first: ${where} "${first.value}": ${first.reason}`
    )
  }
  return parts.join("; ")
}

/** The rejection of a file, or undefined when its report is ok. */
export const rejectionOf = (
  report: ValidationReport,
  file: { readonly fileId?: string | null; readonly fileName: string }
): UploadRejected | undefined =>
  report.ok
    ? undefined
    : new UploadRejected({ fileId: file.fileId ?? null, fileName: file.fileName, reason: summarizeReport(report) })
