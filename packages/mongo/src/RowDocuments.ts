/**
 * An upload row as a MongoDB document, one per row (DOMAIN.md §2): `_id` is the row's seq within its (type,
 * version) collection, numbering the rows in the order written; every column is a field of its own name.
 *
 * - Dates (`valueDate`, …) and times (`tradeTime`) are BSON dates. Files carry wall-clock text without a time
 *   zone, so the wall-clock value is stored as if it were UTC: `2024-03-01 10:15:00` is
 *   `ISODate("2024-03-01T10:15:00Z")`, ordered and range-queried as dates, and `$dateToString` without a
 *   timezone gives the file's text back.
 * - Money (元 and 万元), rates and counts are numbers (BSON double, or int32 for whole values). Upload validation
 *   bounds them to 2 decimals (元) or 6 (万元) and to magnitudes where a double holds every such value exactly
 *   (1e13 元 to the fen), and core computes in JavaScript numbers; Decimal128 would add a conversion per value on
 *   every read for no figure that changes.
 * - Empty optional columns are left out of the document (a MongoDB user expects an absent field, not a null).
 */
import { type StorageError, type UploadRow, type UploadType, uploadSpecOf } from "@wm/core"
import { Effect } from "effect"
import { storageError } from "./errors.js"

type Kind = "date" | "dateTime" | "value"

export type RowDoc = { _id: number } & Record<string, unknown>

const columnsByType = new Map<UploadType, ReadonlyArray<readonly [string, Kind]>>()

/** The type's columns with how each is stored. */
export const columnsOf = (type: UploadType): ReadonlyArray<readonly [string, Kind]> => {
  let columns = columnsByType.get(type)
  if (columns === undefined) {
    columns = Object.entries(uploadSpecOf(type).columns).map(([name, column]) => {
      const tag = column.cell.kind.tag
      return [name, tag === "date" || tag === "dateTime" ? tag : "value"] as const
    })
    columnsByType.set(type, columns)
  }
  return columns
}

const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2})(?::(\d{2}))?)?$/

/** `YYYY-MM-DD[ HH:mm[:ss]]` as a date holding that wall-clock time in UTC; undefined for any other text. */
export const wallClockDate = (text: string): Date | undefined => {
  const m = WALL_CLOCK.exec(text)
  if (m === null) return undefined
  const [, y, mo, d, h, mi, s] = m
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0)))
  return Number.isNaN(date.getTime()) ? undefined : date
}

const textOf = (kind: Kind, date: Date): string => {
  const iso = date.toISOString()
  return kind === "date" ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 19)}`
}

export const toRowDoc = (type: UploadType, seq: number, row: UploadRow<UploadType>): RowDoc => {
  const doc: RowDoc = { _id: seq }
  const values = row as unknown as Record<string, unknown>
  for (const [name, kind] of columnsOf(type)) {
    const value = values[name]
    if (value === null || value === undefined) continue
    // A text that is not a date (never from a validated upload) is kept as written rather than lost.
    doc[name] = kind !== "value" && typeof value === "string" ? (wallClockDate(value) ?? value) : value
  }
  return doc
}

const invalid = (operation: string, type: UploadType, doc: RowDoc, name: string) =>
  storageError(
    operation,
    `${operation}: the stored ${type} row ${String(doc._id)} has an invalid field ${name}`,
    false
  ) as StorageError

/** The row a document holds, or the name of its first field of the wrong kind. */
const decodeRow = (type: UploadType, doc: RowDoc): Record<string, unknown> | string => {
  const row: Record<string, unknown> = {}
  for (const [name, kind] of columnsOf(type)) {
    const value = doc[name]
    if (value === undefined || value === null) row[name] = null
    else if (value instanceof Date) {
      if (kind === "value" || Number.isNaN(value.getTime())) return name
      row[name] = textOf(kind, value)
    } else if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") row[name] = value
    else return name
  }
  return row
}

/**
 * The upload rows the documents hold, in their order; a field of the wrong kind (written by something else) is a
 * StorageError. A plain loop: a full read decodes millions of rows.
 */
export const fromRowDocs = <T extends UploadType>(
  type: T,
  docs: ReadonlyArray<RowDoc>,
  operation: string
): Effect.Effect<Array<UploadRow<T>>, StorageError> =>
  Effect.suspend(() => {
    const rows: Array<UploadRow<T>> = []
    for (const doc of docs) {
      const row = decodeRow(type, doc)
      if (typeof row === "string") return Effect.fail(invalid(operation, type, doc, row))
      rows.push(row as UploadRow<T>)
    }
    return Effect.succeed(rows)
  })
