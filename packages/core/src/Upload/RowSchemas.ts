/**
 * One effect/Schema per upload type, decoding a raw text record (column name → cell text) into a typed row.
 *
 * For code that handles a few rows (an API that accepts a single row, tests, tools). Whole files go through
 * the streaming validator, which applies the same cell parsers and row rules without a Schema per cell.
 */
import { ParseResult, Schema } from "effect"
import { type Column, decodeCell, Invalid } from "./Cell.js"
import type { Fields, UploadSpec } from "./Spec.js"
import { type UploadRow, uploadSpecOf } from "./Specs.js"
import type { UploadType } from "./UploadType.js"

/** A raw record as a parser gives it; optional columns may be missing. */
export type RawRecord = Readonly<Record<string, string>>

const cellSchema = <A, R extends boolean>(column: Column<A, R>): Schema.Schema<A | null, string> =>
  Schema.transformOrFail(Schema.String, Schema.NullOr(column.cell.type), {
    strict: true,
    decode: (raw, _, ast) => {
      const value = decodeCell(column, raw)
      return value instanceof Invalid
        ? ParseResult.fail(new ParseResult.Type(ast, raw, value.reason))
        : ParseResult.succeed(value)
    },
    encode: (value) => ParseResult.succeed(value === null ? "" : column.cell.format(value))
  })

const rowSchema = (spec: UploadSpec<Fields>) => {
  const fields: Record<string, Schema.Schema.All | Schema.PropertySignature.All> = {}
  for (const [name, column] of Object.entries(spec.columns)) {
    fields[name] = column.required
      ? cellSchema(column)
      : Schema.optionalWith(cellSchema(column), { default: () => null })
  }
  return Schema.Struct(fields).pipe(
    Schema.filter((row) =>
      spec.rules.flatMap((rule) => {
        const reason = rule.check(row as never)
        return reason === undefined ? [] : [{ path: [rule.column], message: reason }]
      })
    ),
    Schema.annotations({ identifier: `UploadRow(${spec.type})` })
  )
}

const cache = new Map<UploadType, Schema.Schema<unknown, RawRecord>>()

/**
 * The row schema of a type. Decoding with `{ errors: "all" }` reports every bad cell, each issue's path
 * being the column name; extra columns are ignored (the validator reports them once per file).
 */
export const uploadRowSchema = <T extends UploadType>(type: T): Schema.Schema<UploadRow<T>, RawRecord> => {
  let schema = cache.get(type)
  if (schema === undefined) {
    schema = rowSchema(uploadSpecOf(type)) as unknown as Schema.Schema<unknown, RawRecord>
    cache.set(type, schema)
  }
  return schema as Schema.Schema<UploadRow<T>, RawRecord>
}
