/**
 * Removing versions: those above a version (an update abandoned half-written) and those the active pointer no
 * longer references (replaced snapshots, older portraits). Each is its collections dropped plus its entries in
 * the small bookkeeping collections (rowBatches, customerIndexes) deleted.
 */
import { type DatasetPointer, type UploadType, uploadSpecOf } from "@wm/core"
import { Effect } from "effect"
import type { Db } from "mongodb"
import { Collections } from "./collections.js"
import { attempt } from "./errors.js"
import { dropAll, versionedCollections } from "./versionedCollections.js"

interface Entry {
  _id: string
  type: UploadType
  version: number
}

const isEvent = (type: UploadType) => uploadSpecOf(type).kind === "event"

const bookkeeping = (db: Db) => [
  db.collection<Entry>(Collections.rowBatches),
  db.collection<Entry>(Collections.customerIndexes)
]

export const discardAbove = (db: Db, version: number) =>
  Effect.gen(function* () {
    const operation = `discard the data above version ${version}`
    // The entries first: a batch still listed always has its document.
    for (const entries of bookkeeping(db)) {
      yield* attempt(operation, () => entries.deleteMany({ version: { $gt: version } }))
    }
    const above = (yield* versionedCollections(db, operation)).filter((c) => c.version > version)
    yield* dropAll(db, operation, above)
  })

export const collectGarbage = (db: Db, active: DatasetPointer) =>
  Effect.gen(function* () {
    const operation = "remove data the active version no longer references"
    // Versions above the active one may be being written: left alone. Event rows are all kept.
    const replaced = (c: { type: UploadType; version: number }) =>
      !isEvent(c.type) && c.version <= active.version && c.version !== active.snapshots[c.type]
    for (const entries of bookkeeping(db)) {
      const listed = yield* attempt(operation, () => entries.find({ version: { $lte: active.version } }).toArray())
      for (const entry of listed.filter(replaced)) {
        yield* attempt(operation, () => entries.deleteOne({ _id: entry._id }))
      }
    }
    const stale = (yield* versionedCollections(db, operation)).filter((c) =>
      c.kind === "rows" ? replaced(c) : c.version < active.version
    )
    yield* dropAll(db, operation, stale)
  })
