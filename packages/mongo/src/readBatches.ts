/**
 * Reading the row batches of RowBatches.ts back, as a stream with one chunk per batch, in order. Stored rows are
 * checked to be flat records of strings, numbers, booleans and null: anything else is a StorageError, never a
 * defect.
 */
import type { StorageError, UploadType } from "@wm/core"
import { Chunk, Effect, Schema, Stream } from "effect"
import type { Db } from "mongodb"
import { decodeWith } from "./documents.js"
import { attempt, storageError } from "./errors.js"
import { unpack } from "./packed.js"
import { type BatchDoc, type BatchEntry, batchId } from "./RowBatches.js"
import { rowsCollection } from "./versionedCollections.js"

export type Cell = string | number | boolean | null
export type StoredRow = Record<string, Cell>

const StoredRowSchema = Schema.Record({
  key: Schema.String,
  value: Schema.Union(Schema.String, Schema.Number, Schema.Boolean, Schema.Null)
})
/** The schema's test by hand: Schema.is costs more per row than reading the row from the database. */
const isStoredRow = (row: unknown): boolean => {
  if (typeof row !== "object" || row === null || Array.isArray(row)) return false
  for (const key in row) {
    const value = (row as Record<string, unknown>)[key]
    const kind = typeof value
    if (value !== null && kind !== "string" && kind !== "number" && kind !== "boolean") return false
  }
  return true
}

const invalid = (operation: string) =>
  storageError(operation, `${operation}: a stored document is invalid`, false) as StorageError

export const unpackList = (
  operation: string,
  doc: BatchDoc | null
): Effect.Effect<ReadonlyArray<unknown>, StorageError> => {
  if (doc === null) return Effect.fail(invalid(operation))
  try {
    const parsed = unpack(doc.z)
    return Array.isArray(parsed) ? Effect.succeed(parsed) : Effect.fail(invalid(operation))
  } catch {
    return Effect.fail(invalid(operation))
  }
}

/** Checked with a type guard, not one decoding effect per row; a bad row is decoded once for the explanation. */
export const checked = (
  operation: string,
  rows: ReadonlyArray<unknown>
): Effect.Effect<Array<StoredRow>, StorageError> => {
  for (const row of rows) {
    if (!isStoredRow(row))
      return Effect.zipRight(decodeWith(StoredRowSchema, operation)(row), Effect.fail(invalid(operation)))
  }
  return Effect.succeed(rows as Array<StoredRow>)
}

/** Every row of the batches, in the order listed; the next batch is fetched while one is being consumed. */
export const streamBatches = (
  db: Db,
  type: UploadType,
  entries: ReadonlyArray<BatchEntry>,
  operation: string
): Stream.Stream<StoredRow, StorageError> =>
  Stream.fromIterable(entries).pipe(
    Stream.mapEffect(
      (entry) =>
        attempt(operation, () =>
          db.collection<BatchDoc>(rowsCollection(type, entry.version, entry.first)).findOne({ _id: batchId })
        ).pipe(
          Effect.flatMap((doc) => unpackList(operation, doc)),
          Effect.flatMap((rows) => checked(operation, rows))
        ),
      { concurrency: 2 }
    ),
    Stream.mapConcatChunk((rows) => Chunk.unsafeFromArray(rows))
  )
