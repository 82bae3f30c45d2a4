/**
 * The backing of the embedded store's records: users, sessions, organisations, settings, contacts, and every
 * later record-by-record port (marketing records, focus lists, export tasks, audit events, advisor products).
 *
 * A backing holds named collections of JSON records by key and applies a batch of changes all or nothing. The
 * embedded store's repos keep each collection in memory for reads (RecordTable) and write through the backing
 * first, so a failed write changes nothing. The Node adapter backs it with an embedded database on disk; tests
 * and the in-process default use `makeMemoryRecordBacking`, the same store code over a Map.
 */
import { Context, Effect } from "effect"
import { StorageError } from "../Errors.js"

export interface RecordChange {
  readonly collection: string
  readonly key: string
  /** The record as JSON-safe data (what JSON.stringify keeps); `undefined` deletes the key. */
  readonly value: unknown
}

export class RecordBacking extends Context.Tag("@wm/core/RecordBacking")<
  RecordBacking,
  {
    /** Every record of one collection as [key, value], in key order (binary). */
    readonly load: (collection: string) => Effect.Effect<ReadonlyArray<readonly [string, unknown]>, StorageError>
    /** Applies every change or none, durably before it succeeds. */
    readonly write: (changes: ReadonlyArray<RecordChange>) => Effect.Effect<void, StorageError>
  }
>() {}

/**
 * A backing in memory. Values are kept as JSON text, so a record that would not survive the disk backing (a
 * Date, a class instance read back as a plain object, undefined fields) fails the same way here.
 */
export const makeMemoryRecordBacking = (): RecordBacking["Type"] => {
  const collections = new Map<string, Map<string, string>>()
  const collectionOf = (name: string) => {
    const found = collections.get(name) ?? new Map<string, string>()
    collections.set(name, found)
    return found
  }
  return {
    load: (collection) =>
      Effect.sync(() =>
        [...collectionOf(collection).entries()]
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
          .map(([key, text]) => [key, JSON.parse(text) as unknown] as const)
      ),
    write: (changes) =>
      Effect.try({
        try: () => {
          // Encode everything first: a value that cannot be written leaves every collection as it was.
          const encoded = changes.map((c) => [c, c.value === undefined ? undefined : JSON.stringify(c.value)] as const)
          for (const [change, text] of encoded) {
            if (text === undefined) collectionOf(change.collection).delete(change.key)
            else collectionOf(change.collection).set(change.key, text)
          }
        },
        catch: (cause) => new StorageError({ operation: "records.write", unavailable: false, cause })
      })
  }
}
