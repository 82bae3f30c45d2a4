/**
 * DatasetRepo on MongoDB: the bank's uploaded rows and the portrait read model, by version (DOMAIN.md §2).
 *
 * Without transactions, the switch to new data is one single-document write: writers fill a reserved version
 * beside the active one (rows in `rows.<type>.<version>`, see RowBatches.ts; portraits in `portraits.<version>`,
 * see PortraitStore.ts), then `activate` replaces the `datasetPointer` document. Readers follow the pointer they
 * read, so they see the old data or the new, never a mix, and a version abandoned half-written is never
 * referenced. Discarding or collecting a version drops its collections (versionedCollections.ts).
 *
 * - Versions come from the `dataset-version` sequence (counters.ts), which stays correct where FerretDB v1 loses
 *   concurrent $inc updates.
 * - Within a version, `seq` numbers the rows of a type in the order written, continuing after the last batch
 *   listed in `rowBatches`; one writer fills a version, and the batch documents' _ids reject a second one.
 * - Every read is by _id: one customer's trades and holdings are one lookup per stored batch, then ordered and
 *   paged in memory (a customer has hundreds of rows, not millions).
 */
import {
  type DatasetPointer,
  type DatasetRepo,
  type Paged,
  type StorageError,
  type TradeFilter,
  type TradeType,
  type UploadRow,
  type UploadType,
  uploadSpecOf
} from "@wm/core"
import { Effect, Schema, Stream } from "effect"
import type { Db } from "mongodb"
import { customerRowsOf, ensureCustomerIndex, indexedOnActivation } from "./CustomerIndex.js"
import { Collections } from "./collections.js"
import { nextId } from "./counters.js"
import { tradePage } from "./customerTrades.js"
import { decodeWith } from "./documents.js"
import { attempt } from "./errors.js"
import { makePortraitStore } from "./PortraitStore.js"
import { batchesOf, writeBatches } from "./RowBatches.js"
import { streamBatches } from "./readBatches.js"
import { collectGarbage, discardAbove } from "./versionCleanup.js"

interface PointerDoc {
  _id: "active"
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

const isEvent = (type: UploadType) => uploadSpecOf(type).kind === "event"

export const makeDatasetRepo = (db: Db): DatasetRepo["Type"] => {
  const pointers = db.collection<PointerDoc>(Collections.datasetPointer)
  const portraits = makePortraitStore(db)

  // One index build at a time in this process: two first readers of a version must not build it twice at once.
  const indexing = Effect.unsafeMakeSemaphore(1)

  /** Each version of `type` that `pointer` sees with its index's shard count, the index built first if needed. */
  const indexedVersions = (pointer: DatasetPointer, type: UploadType, operation: string) =>
    Effect.flatMap(visibleBatches(pointer, type, operation), (entries) =>
      Effect.forEach([...new Set(entries.map((e) => e.version))], (version) =>
        Effect.map(
          indexing.withPermits(1)(
            ensureCustomerIndex(
              db,
              type,
              version,
              entries.filter((e) => e.version === version)
            )
          ),
          (shards) => ({ version, shards })
        )
      )
    )

  /** One customer's rows of `type` that `pointer` sees: one lookup per version. */
  const customerRows = (pointer: DatasetPointer, type: UploadType, companyCode: string, operation: string) =>
    Effect.flatMap(indexedVersions(pointer, type, operation), (versions) =>
      Effect.map(
        Effect.forEach(versions, ({ version, shards }) => customerRowsOf(db, type, version, shards, companyCode), {
          concurrency: 4
        }),
        (lists) => lists.flat()
      )
    )

  /** The batches of `type` that `pointer` sees, none when it references no version of a snapshot type. */
  const visibleBatches = (pointer: DatasetPointer, type: UploadType, operation: string) => {
    const version = isEvent(type) ? { $lte: pointer.version } : pointer.snapshots[type]
    return version === undefined ? Effect.succeed([]) : batchesOf(db, type, version, operation)
  }

  return {
    pointer: () =>
      attempt("read the active dataset pointer", () => pointers.findOne({ _id: "active" })).pipe(
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

    reserveVersion: () => nextId(db, "dataset-version"),

    discardAbove: (version) => discardAbove(db, version),

    writeRows: (version, type, batch) => (batch.length === 0 ? Effect.void : writeBatches(db, version, type, batch)),

    readRows: <T extends UploadType>(pointer: DatasetPointer, type: T) => {
      const operation = `read ${type} rows of version ${pointer.version}`
      return Stream.unwrap(
        Effect.map(visibleBatches(pointer, type, operation), (entries) => streamBatches(db, type, entries, operation))
      ) as unknown as Stream.Stream<UploadRow<T>, StorageError>
    },

    tradesOf: <T extends TradeType>(
      pointer: DatasetPointer,
      type: T,
      companyCode: string,
      page: { page: number; count: number },
      filter?: TradeFilter
    ) =>
      Effect.map(
        customerRows(pointer, type, companyCode, `read the ${type} rows of ${companyCode}`),
        (rows) => tradePage(rows, type, page, filter) as unknown as Paged<UploadRow<T>>
      ),

    holdingsOf: (pointer, companyCode) =>
      Effect.gen(function* () {
        const operation = `read the holdings of ${companyCode}`
        const rows = yield* customerRows(pointer, "holding", companyCode, operation)
        return rows.sort((a, b) => a.seq - b.seq).map((r) => r.row) as unknown as ReadonlyArray<UploadRow<"holding">>
      }),

    writePortraits: portraits.writePortraits,

    activate: (pointer) =>
      // The rows by customer are built before the switch, so that no reader after it waits for them.
      Effect.forEach(indexedOnActivation, (type) => indexedVersions(pointer, type, `index the ${type} rows`), {
        discard: true
      })
        .pipe(
          Effect.zipRight(
            attempt(`activate dataset version ${pointer.version}`, () =>
              pointers.replaceOne(
                { _id: "active" },
                {
                  version: pointer.version,
                  appliedAt: pointer.appliedAt,
                  snapshots: { ...pointer.snapshots },
                  analysisDate: pointer.analysisDate
                },
                { upsert: true }
              )
            )
          )
        )
        .pipe(Effect.asVoid),

    collectGarbage: (active) => collectGarbage(db, active),

    portrait: portraits.readPortrait,

    searchPortraits: portraits.searchPortraits
  }
}
