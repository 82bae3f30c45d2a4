// The byte path of CSV uploads: the scanner reads a file the same whatever its chunking, reports malformed
// quoting with the record, field and line, and rows decoded from bytes (pushRecord) are judged exactly as the
// text path judges them (push): same decoded rows, same errors, same report.
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import {
  type CsvProblem,
  type CsvRecord,
  CsvScanner,
  startValidation,
  uploadSpecOf,
  uploadTypes,
  validateRecords
} from "../src/Upload/index.js"
import { garbageFor } from "./upload-support/arbitraries.js"
import { validFile } from "./upload-support/files.js"

const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell)
const csvBytes = (rows: ReadonlyArray<ReadonlyArray<string>>, eol = "\n") =>
  new TextEncoder().encode(rows.map((r) => r.map(quote).join(",")).join(eol) + eol)

/** Scans `bytes` cut at `cuts` into `onRecord`; answers the problem, if any. */
const scanInto = (
  bytes: Uint8Array,
  cuts: ReadonlyArray<number>,
  onRecord: (record: CsvRecord) => void,
  maxRecordBytes?: number
) => {
  const scanner = new CsvScanner(onRecord, maxRecordBytes)
  let problem: CsvProblem | undefined
  let from = 0
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    problem ??= scanner.push(bytes.subarray(from, cut))
    from = cut
  }
  problem ??= scanner.push(bytes.subarray(from))
  problem ??= scanner.end()
  return problem
}

/** The records' texts and the problem, with records of at most 64 bytes. */
const scan = (bytes: Uint8Array, cuts: ReadonlyArray<number> = []) => {
  const records: Array<Array<string>> = []
  const problem = scanInto(bytes, cuts, (record) => records.push(record.texts()), 64)
  return { records, problem }
}

describe("the CSV scanner", () => {
  const text = '\uFEFFa,b,c\r\n"x, ""y""",中文,\r\n"line\r\nbreak",2,3\r\n,,\r\nlast,"",end'
  const bytes = new TextEncoder().encode(text)

  it("reads quoted fields, doubled quotes, CRLF, empty fields and a last line without a line end", () => {
    expect(scan(bytes)).toEqual({
      records: [
        ["a", "b", "c"],
        ['x, "y"', "中文", ""],
        ["line\r\nbreak", "2", "3"],
        ["", "", ""],
        ["last", "", "end"]
      ],
      problem: undefined
    })
  })

  it("reads the same records wherever the chunks are cut", () => {
    const whole = scan(bytes)
    for (let a = 0; a <= bytes.length; a++) {
      expect(scan(bytes, [a])).toEqual(whole)
      expect(scan(bytes, [a, Math.min(bytes.length, a + 3)])).toEqual(whole)
    }
  })

  it("names the record, field and line of malformed quoting", () => {
    const problem = (csv: string) => scan(new TextEncoder().encode(csv)).problem
    expect(problem('a,b\n1,"2\n')).toEqual({ code: "QUOTE_NOT_CLOSED", records: 1, index: 1, line: 3 })
    expect(problem('a,b\n1,2\n3,4"\n')).toEqual({ code: "INVALID_OPENING_QUOTE", records: 2, index: 1, line: 3 })
    expect(problem('a,b\n"1\n1"x,2\n')).toEqual({ code: "INVALID_CLOSING_QUOTE", records: 1, index: 0, line: 3 })
    expect(problem(`a,b\n"${"x".repeat(100)}`)).toMatchObject({ code: "MAX_RECORD_SIZE", records: 1 })
  })
})

describe.each(uploadTypes)("%s rows decoded from bytes", (type) => {
  const spec = uploadSpecOf(type)
  const file = validFile(type).chain((file) =>
    fc.record({
      file: fc.constant(file),
      row: fc.nat(file.rows.length - 1),
      col: fc.nat(file.header.length - 1),
      garbage: fc.oneof(
        fc.constant(null),
        fc.nat(file.header.length - 1).chain((c) => garbageFor(spec.columns[file.header[c]!]!))
      ),
      padded: fc.boolean(),
      duplicate: fc.boolean(),
      cuts: fc.array(fc.nat(4000), { maxLength: 4 })
    })
  )

  it("are judged as their texts are", () =>
    fc.assert(
      fc.property(file, ({ file, row, col, garbage, padded, duplicate, cuts }) => {
        const rows = file.rows.map((cells, r) =>
          r !== row ? cells : cells.map((c, i) => (i !== col ? c : garbage !== null ? garbage : padded ? ` ${c} ` : c))
        )
        if (duplicate) rows.push([...rows[0]!])
        const text = startValidation(type, file.header, file.references)
        const expected = rows.map((cells, r) => text.push(cells, r + 2))
        const fromBytes: Array<unknown> = []
        const validator = startValidation(type, file.header, file.references)
        let n = 0
        const problem = scanInto(csvBytes([file.header, ...rows]), cuts, (record) => {
          if (n++ > 0) fromBytes.push(validator.pushRecord(record, n))
        })
        expect(problem).toBeUndefined()
        expect(fromBytes).toEqual(expected)
        expect(validator.finish()).toEqual(validateRecords(type, file.header, rows, file.references))
      }),
      { numRuns: 200 }
    ))
})
