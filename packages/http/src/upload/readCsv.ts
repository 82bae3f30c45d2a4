/**
 * Reading a CSV upload with csv-parse, streaming: UTF-8 only, an optional BOM, quoted fields with commas,
 * quotes and line breaks, CRLF or LF line ends. Malformed quoting stops reading with a file error naming the
 * line; a row with fewer cells than the header is a row error. Nothing is relaxed silently.
 */
import { Readable } from "node:stream"
import type { CellIssue } from "@wm/core"
import { CsvError, parse } from "csv-parse"
import { MiB, type SheetSink, UnreadableFile } from "./Sheet.js"
import { utf8Chunks } from "./utf8Chunks.js"

/** A record larger than this is an unclosed quote swallowing the file, not data. */
const MAX_RECORD_BYTES = MiB

interface CsvErrorContext {
  /** Records read before the failing one (the header included), so the failing row is records + 1. */
  readonly records?: number
  /** The failing field's position in the record. */
  readonly index?: number
  readonly lines?: number
}

/** Names the row, the column and the line of a csv-parse error. */
const csvProblem = (error: CsvError, header: ReadonlyArray<string>): string => {
  const { records = 0, index = -1, lines } = error as CsvError & CsvErrorContext
  const column = header[index]?.trim()
  const where = `row ${records + 1}${column ? `, column ${column}` : ""}`
  switch (error.code) {
    case "CSV_QUOTE_NOT_CLOSED":
      return `malformed CSV: the quoted field in ${where} is never closed (the file ends inside it)`
    case "CSV_MAX_RECORD_SIZE":
      return `malformed CSV: ${where} runs past 1 MiB (up to line ${lines}); a quote is probably not closed`
    case "INVALID_OPENING_QUOTE":
      return `malformed CSV in ${where} (line ${lines}): a quote (") inside a field that does not start with one; quote the whole field and double the quotes inside it ("")`
    case "CSV_INVALID_CLOSING_QUOTE":
      return `malformed CSV in ${where} (line ${lines}): text after the closing quote of a quoted field; double the quotes inside it ("")`
    default:
      return `malformed CSV in ${where} (line ${lines}): ${error.message}`
  }
}

const isBlank = (record: ReadonlyArray<string>) => record.every((cell) => cell.trim() === "")

/** Feeds the sink; rejects with UnreadableFile when the file cannot be read to its end. */
export const readCsv = (file: Blob, sink: SheetSink): Promise<void> =>
  new Promise((resolve, reject) => {
    const source = Readable.from(utf8Chunks(file))
    const parser = parse({
      bom: true,
      delimiter: ",",
      relax_column_count: true, // row errors below, rather than one error that stops reading
      relax_quotes: false,
      skip_empty_lines: false,
      max_record_size: MAX_RECORD_BYTES
    })
    let settled = false
    const fail = (error: unknown) => {
      if (settled) return
      settled = true
      source.destroy()
      parser.destroy()
      reject(error instanceof CsvError ? new UnreadableFile(csvProblem(error, header)) : error)
    }
    let row = 0
    let header: ReadonlyArray<string> = []
    parser.on("data", (record: Array<string>) => {
      if (settled) return
      row++
      try {
        if (row === 1) {
          header = record
          if (record.length === 1 && /[;\t|]/.test(record[0]!)) {
            sink.fileError(
              "the header has a single column: columns must be separated by commas (,), not semicolons or tabs"
            )
          }
          sink.header(record)
          return
        }
        let issues: Array<CellIssue> | undefined
        if (record.length < header.length && !isBlank(record)) {
          const reason = `has ${record.length} cells but the header has ${header.length} columns (a missing comma, or a line break outside quotes?)`
          issues = [{ position: -1, value: "", reason }]
        }
        sink.row(row, record, issues)
      } catch (error) {
        fail(error)
      }
    })
    source.on("error", fail)
    parser.on("error", fail)
    parser.on("end", () => {
      if (!settled) {
        settled = true
        resolve()
      }
    })
    source.pipe(parser)
  })
