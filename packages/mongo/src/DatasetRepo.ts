/**
 * DatasetRepo on MongoDB: the bank's uploaded rows and the portrait read model, by version (DOMAIN.md §2), in
 * ordinary collections: `<type>.v<version>` with one document per row (RowStore.ts, RowDocuments.ts) and
 * `portraits.v<version>` with one document per customer (PortraitStore.ts), each with the indexes its reads use.
 *
 * The switch to new data is one single-document write, with no multi-document transaction: writers fill a
 * reserved version beside the active one, then `activate` replaces the `datasetPointer` document. Readers follow
 * the pointer they read, so they see the old data or the new, never a mix, and a version abandoned half-written
 * is never referenced. Removing a version drops its collections (versionCleanup.ts). Every read is a query of
 * the database: no process builds anything from a whole version to answer one customer.
 */
import type {
  DatasetPointer,
  DatasetRepo,
  Paged,
  StorageError,
  TradeFilter,
  TradeType,
  UploadRow,
  UploadType
} from "@wm/core"
import { Effect, Schema, Stream } from "effect"
import type { Db } from "mongodb"
import { Collections } from "./collections.js"
import { nextId } from "./counters.js"
import { decodeWith } from "./documents.js"
import { attempt, isDuplicateKey } from "./errors.js"
import { makePortraitStore } from "./PortraitStore.js"
import {
  ensureRowIndexes,
  holdingRows,
  SeqCounters,
  streamRows,
  tradePage,
  visibleVersions,
  writeRows
} from "./RowStore.js"
import { collectGarbage, discardAbove } from "./versionCleanup.js"

interface PointerDoc {
  _id: "active"
  /** The highest version reserved: an update's switch is refused once a later one reserved above it. */
  reserved?: number
  version: number
  appliedAt: number
  snapshots: Partial<Record<UploadType, number>>
  analysisDate: string | null
}

/** The stored pointer; decoding drops `_id`. */
const StoredPointer = Schema.Struct({
  version: Schema.Number,
  appliedAt: Schema.Number,
  snapshots: Schema.Record({ key: Schema.String, value: Schema.Number }),
  analysisDate: Schema.NullOr(Schema.String)
})

export const makeDatasetRepo = (db: Db): DatasetRepo["Type"] => {
  const pointers = db.collection<PointerDoc>(Collections.datasetPointer)
  const portraits = makePortraitStore(db)
  const seqs = new SeqCounters()

  return {
    pointer: () =>
      attempt("read the active dataset pointer", () =>
        // Before the first switch the document may hold only `reserved`.
        pointers.findOne({ _id: "active", version: { $exists: true } })
      ).pipe(
        Effect.flatMap((doc) =>
          doc === null
            ? Effect.succeedNone
            : Effect.asSome(
                Effect.map(
                  decodeWith(StoredPointer, "read the active dataset pointer")(doc),
                  (p): DatasetPointer => ({ ...p, snapshots: p.snapshots as DatasetPointer["snapshots"] })
                )
              )
        )
      ),

    reserveVersion: () =>
      Effect.tap(nextId(db, "dataset-version"), (version) =>
        attempt(`reserve dataset version ${version}`, () => {
          const mark = () => pointers.updateOne({ _id: "active" }, { $max: { reserved: version } }, { upsert: true })
          // Two first-ever upserts at once: the loser's insert collides, and its update then matches.
          return mark().catch((error: unknown) => (isDuplicateKey(error) ? mark() : Promise.reject(error)))
        })
      ),

    discardAbove: (version, upTo) => Effect.map(discardAbove(db, version, upTo), (dropped) => seqs.forget(dropped)),

    writeRows: (version, type, rows) =>
      rows.length === 0
        ? Effect.void
        : writeRows(db, seqs, version, type, rows as ReadonlyArray<UploadRow<UploadType>>),

    readRows: <T extends UploadType>(pointer: DatasetPointer, type: T): Stream.Stream<UploadRow<T>, StorageError> => {
      const operation = `read ${type} rows of version ${pointer.version}`
      return Stream.unwrap(
        Effect.map(visibleVersions(db, pointer, type, operation), (versions) =>
          streamRows(db, type, versions, operation)
        )
      )
    },

    tradesOf: <T extends TradeType>(
      pointer: DatasetPointer,
      type: T,
      companyCode: string,
      page: { page: number; count: number },
      filter?: TradeFilter
    ) =>
      Effect.flatMap(visibleVersions(db, pointer, type, `read the ${type} rows of ${companyCode}`), (versions) =>
        versions.length === 0
          ? Effect.succeed({ total: 0, items: [] })
          : tradePage(db, type, versions, companyCode, page, filter)
      ) as Effect.Effect<Paged<UploadRow<T>>, StorageError>,

    holdingsOf: (pointer, companyCode) => {
      const version = pointer.snapshots.holding
      return version === undefined ? Effect.succeed([]) : holdingRows(db, version, companyCode)
    },

    writePortraits: portraits.writePortraits,

    activate: (pointer) =>
      // The indexes first, so that no reader after the switch finds a collection without them.
      Effect.zipRight(
        ensureRowIndexes(db, pointer),
        attempt(`activate dataset version ${pointer.version}`, () =>
          // One conditional write on the pointer document, which every reservation also writes: of a switch and
          // a later update's reservation, the server orders one first, so a superseded switch never lands.
          pointers
            .updateOne(
              { _id: "active", $or: [{ reserved: { $exists: false } }, { reserved: { $lte: pointer.version } }] },
              {
                $set: {
                  version: pointer.version,
                  appliedAt: pointer.appliedAt,
                  snapshots: { ...pointer.snapshots },
                  analysisDate: pointer.analysisDate
                }
              },
              { upsert: true }
            )
            // No match means a later reservation: the upsert's insert then collides with the existing _id.
            .then(
              () => true,
              (error: unknown) => (isDuplicateKey(error) ? false : Promise.reject(error))
            )
        )
      ),

    collectGarbage: (active) => Effect.map(collectGarbage(db, active), (dropped) => seqs.forget(dropped)),

    portrait: portraits.readPortrait,

    searchPortraits: portraits.searchPortraits
  }
}
