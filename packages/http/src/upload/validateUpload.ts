/**
 * Parsing and validating an uploaded file in one streaming pass: the format is told from the content, the
 * CSV or XLSX reader feeds rows to core's validator as it reads them, and the answer is core's report plus
 * the format. Nothing but the report, the error cap and the key index is kept in memory.
 */
import {
  type References,
  rejectedFile,
  startValidation,
  type UploadRow,
  type UploadType,
  type UploadValidator,
  type ValidationReport
} from "@wm/core"
import { readCsv } from "./readCsv.js"
import { readXlsx } from "./readXlsx.js"
import { MiB, type SheetSink, UnreadableFile, type UploadFormat } from "./Sheet.js"
import { sniffFormat } from "./sniff.js"

export const DEFAULT_MAX_UPLOAD_BYTES = 200 * MiB
export const DEFAULT_MAX_UPLOAD_ROWS = 20_000_000

export interface UploadOptions<T extends UploadType> {
  /** Defaults to the File's name. */
  readonly fileName?: string
  /** Larger files are refused unread; default 200 MiB. */
  readonly maxBytes?: number
  /** Reading stops with a file error past this many rows (a zip bomb of a sheet); default 20 million. */
  readonly maxRows?: number
  /** Row errors kept in the report; default 1000. */
  readonly maxErrors?: number
  /** Receives each valid row as it is read, with its spreadsheet row number (to store rows while validating). */
  readonly onRow?: (row: UploadRow<T>, rowNumber: number) => void
}

export interface UploadReport extends ValidationReport {
  /** The format read, or null when the file was refused before reading. */
  readonly format: UploadFormat | null
  readonly fileName: string
}

const nameOf = (file: Blob): string => ("name" in file && typeof file.name === "string" ? file.name : "")

export const validateUpload = async <T extends UploadType>(
  file: Blob,
  type: T,
  references: References,
  options: UploadOptions<T> = {}
): Promise<UploadReport> => {
  const fileName = options.fileName ?? nameOf(file)
  const format = await sniffFormat(file, fileName, options.maxBytes ?? DEFAULT_MAX_UPLOAD_BYTES)
  if (typeof format !== "string") return { ...rejectedFile(type, [format.refused]), format: null, fileName }
  const maxRows = options.maxRows ?? DEFAULT_MAX_UPLOAD_ROWS
  let validator: UploadValidator<T> | undefined
  const pending: Array<string> = []
  let rows = 0
  const sink: SheetSink = {
    header: (cells) => {
      validator = startValidation(type, cells, references, options)
      for (const reason of pending.splice(0)) validator.fileError(reason)
    },
    row: (row, cells, issues) => {
      if (++rows > maxRows) throw new UnreadableFile(`the file has more than ${maxRows.toLocaleString("en-US")} rows`)
      const decoded = validator!.push(cells, row, issues)
      if (decoded !== undefined) options.onRow?.(decoded, row)
    },
    record: (row, record) => {
      if (++rows > maxRows) throw new UnreadableFile(`the file has more than ${maxRows.toLocaleString("en-US")} rows`)
      const decoded = validator!.pushRecord(record, row)
      if (decoded !== undefined) options.onRow?.(decoded, row)
    },
    fileError: (reason) => (validator === undefined ? pending.push(reason) : validator.fileError(reason))
  }
  try {
    await (format === "csv" ? readCsv(file, sink) : readXlsx(file, sink))
  } catch (error) {
    if (!(error instanceof UnreadableFile)) throw error
    if (validator === undefined) return { ...rejectedFile(type, [...pending, error.reason]), format, fileName }
    validator.fileError(error.reason)
  }
  if (validator === undefined) return { ...rejectedFile(type, [...pending, "the file is empty"]), format, fileName }
  return { ...validator.finish(), format, fileName }
}
