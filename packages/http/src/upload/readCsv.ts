/**
 * Reading a CSV upload, streaming, with core's byte scanner: UTF-8 only, an optional BOM, quoted fields with
 * commas, quotes and line breaks, CRLF or LF line ends. Records reach the sink as byte ranges, decoded to text
 * only where needed. Malformed quoting stops reading with a file error naming the line; a row with fewer
 * cells than the header is a row error. Nothing is relaxed silently.
 */
import { type CellIssue, type CsvProblem, type CsvRecord, CsvScanner } from "@wm/core"
import { MiB, type SheetSink, UnreadableFile } from "./Sheet.js"
import { utf8Chunks } from "./utf8Chunks.js"

/** A record larger than this is an unclosed quote swallowing the file, not data. */
const MAX_RECORD_BYTES = MiB

/** Names the row, the column and the line of a scan problem. */
const csvProblem = ({ code, records, index, line }: CsvProblem, header: ReadonlyArray<string>): string => {
  const column = header[index]?.trim()
  const where = `row ${records + 1}${column ? `, column ${column}` : ""}`
  switch (code) {
    case "QUOTE_NOT_CLOSED":
      return `malformed CSV: the quoted field in ${where} is never closed (the file ends inside it)`
    case "MAX_RECORD_SIZE":
      return `malformed CSV: ${where} runs past 1 MiB (from line ${line}); a quote is probably not closed`
    case "INVALID_OPENING_QUOTE":
      return `malformed CSV in ${where} (line ${line}): a quote (") inside a field that does not start with one; quote the whole field and double the quotes inside it ("")`
    case "INVALID_CLOSING_QUOTE":
      return `malformed CSV in ${where} (line ${line}): text after the closing quote of a quoted field; double the quotes inside it ("")`
  }
}

const isBlank = (record: ReadonlyArray<string>) => record.every((cell) => cell.trim() === "")

/** Feeds the sink; rejects with UnreadableFile when the file cannot be read to its end. */
export const readCsv = async (file: Blob, sink: SheetSink): Promise<void> => {
  let row = 0
  let header: ReadonlyArray<string> = []
  const onRecord = (record: CsvRecord) => {
    row++
    if (row === 1) {
      header = record.texts()
      if (header.length === 1 && /[;\t|]/.test(header[0]!)) {
        sink.fileError(
          "the header has a single column: columns must be separated by commas (,), not semicolons or tabs"
        )
      }
      sink.header(header)
      return
    }
    if (record.count >= header.length) return sink.record(row, record)
    const cells = record.texts()
    let issues: Array<CellIssue> | undefined
    if (!isBlank(cells)) {
      const reason = `has ${cells.length} cells but the header has ${header.length} columns (a missing comma, or a line break outside quotes?)`
      issues = [{ position: -1, value: "", reason }]
    }
    sink.row(row, cells, issues)
  }
  const scanner = new CsvScanner(onRecord, MAX_RECORD_BYTES)
  for await (const chunk of utf8Chunks(file)) {
    const problem = scanner.push(chunk)
    if (problem !== undefined) throw new UnreadableFile(csvProblem(problem, header))
  }
  const problem = scanner.end()
  if (problem !== undefined) throw new UnreadableFile(csvProblem(problem, header))
}
