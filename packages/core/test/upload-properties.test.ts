// Upload validation, as properties over every upload type: any valid generated file passes; one garbage cell
// yields exactly one error naming its row and column; the row schema and the streaming validator agree.
import { Either, Schema } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { startValidation, uploadRowSchema, uploadSpecOf, uploadTypes, validateRecords } from "../src/Upload/index.js"
import { truncateValue } from "../src/Upload/Report.js"
import { garbageFor } from "./upload-support/arbitraries.js"
import { validFile } from "./upload-support/files.js"

const record = (header: ReadonlyArray<string>, cells: ReadonlyArray<string>) =>
  Object.fromEntries(header.map((h, i) => [h, cells[i]!]))

describe.each(uploadTypes)("%s files", (type) => {
  const spec = uploadSpecOf(type)

  /** A valid file, one of its cells and garbage that cell's column must reject. */
  const mutated = validFile(type).chain((file) =>
    fc
      .record({ row: fc.nat(file.rows.length - 1), col: fc.nat(file.header.length - 1) })
      .chain(({ row, col }) =>
        garbageFor(spec.columns[file.header[col]!]!).map((garbage) => ({ file, row, col, garbage }))
      )
  )

  it("pass when every row is valid", () =>
    fc.assert(
      fc.property(validFile(type), (file) => {
        const report = validateRecords(type, file.header, file.rows, file.references)
        expect(report.fileErrors).toEqual([])
        expect(report.errors).toEqual([])
        expect(report).toMatchObject({ ok: true, rows: file.rows.length, errorCount: 0 })
      }),
      { numRuns: 150 }
    ))

  it("with one garbage cell yield exactly one error, naming its spreadsheet row and column", () =>
    fc.assert(
      fc.property(mutated, ({ file, row, col, garbage }) => {
        const rows = file.rows.map((cells, r) => (r === row ? cells.map((c, i) => (i === col ? garbage : c)) : cells))
        const report = validateRecords(type, file.header, rows, file.references)
        expect(report.errors).toHaveLength(1)
        expect(report.errors[0]).toMatchObject({
          row: row + 2,
          column: file.header[col],
          value: truncateValue(garbage)
        })
        expect(report).toMatchObject({ ok: false, errorCount: 1, fileErrors: [] })
      }),
      { numRuns: 300 }
    ))

  it("are judged alike, row by row, by the row schema and the streaming validator", () =>
    fc.assert(
      fc.property(mutated, ({ file, row, col, garbage }) => {
        const rows = file.rows.map((cells, r) => (r === row ? cells.map((c, i) => (i === col ? garbage : c)) : cells))
        const validator = startValidation(type, file.header, file.references)
        const decode = Schema.decodeUnknownEither(uploadRowSchema(type), { errors: "all" })
        rows.forEach((cells, r) => {
          const streamed = validator.push(cells)
          const decoded = decode(record(file.header, cells))
          expect(Either.isRight(decoded)).toBe(streamed !== undefined)
          if (Either.isRight(decoded)) expect(decoded.right).toEqual(streamed)
          else expect(r).toBe(row)
        })
      }),
      { numRuns: 150 }
    ))
})
