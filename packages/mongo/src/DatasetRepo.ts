/**
 * DatasetRepo on MongoDB: the bank's uploaded rows and the portrait read model, by version (DOMAIN.md §2).
 *
 * Without transactions, the switch to new data is one single-document write: writers fill a reserved version
 * beside the active one (rows in `datasetRows` as {type, version, seq, row}, portraits in `portraits`), then
 * `activate` replaces the `datasetPointer` document. Readers follow the pointer they read, so they see the old
 * data or the new, never a mix, and a version abandoned half-written is never referenced.
 *
 * - Versions come from the `dataset-version` sequence (counters.ts), which stays correct where FerretDB v1 loses
 *   concurrent $inc updates.
 * - Within a version, `seq` numbers the rows of a type in the order written, continuing after the highest one
 *   stored; one writer fills a version, and the unique (type, version, seq) index rejects a second one.
 * - Rows stream back through a cursor, one server batch per chunk, and are checked to hold only strings,
 *   numbers, booleans and null.
 * - One customer's trades and holdings (`tradesOf`, `holdingsOf`) are found through the
 *   (type, row.companyCode, row.tradeTime, version, seq) index; a page is skip/limit over that order.
 * - Portraits are ordered by the database's string order (UTF-8 bytes), which equals the reference store's
 *   UTF-16 order except between characters above U+FFFF and those in U+E000–U+FFFF.
 */
import {
  type DatasetPointer,
  type DatasetRepo,
  type PortraitFilter,
  type StorageError,
  type StoredPortrait,
  type TradeFilter,
  type TradeType,
  tradeTimeUpTo,
  type UploadRow,
  type UploadType,
  uploadSpecOf,
  uploadTypes
} from "@wm/core"
import { Chunk, Effect, Option, Schema, Stream } from "effect"
import type { Db, Filter, FindCursor } from "mongodb"
import { Collections } from "./collections.js"
import { nextId } from "./counters.js"
import { containsIgnoringCase, decodeWith, normalizeKeyword } from "./documents.js"
import { attempt, classify, storageError } from "./errors.js"

type Cell = string | number | boolean | null

interface RowDoc {
  type: UploadType
  version: number
  /** The row's place among the rows of its type written in its version, from 0. */
  seq: number
  row: Record<string, Cell>
}

interface PointerDoc {
  _id: "active"
  version: number
  appliedAt: number
  snapshots: Partial<Record<UploadType, number>>
  analysisDate: string | null
}

interface PortraitDoc {
  version: number
  code: string
  name: string
  outletCode: string
  branchCode: string
  /** The whole StoredPortrait; the fields above are copies to filter and sort on. */
  doc: StoredPortrait
}

/** Stored rows: a flat record of plain values (the `row` subdocument, without any bookkeeping field). */
const StoredRow = Schema.Record({
  key: Schema.String,
  value: Schema.Union(Schema.String, Schema.Number, Schema.Boolean, Schema.Null)
})

/** The stored pointer; decoding drops `_id`. */
const StoredPointer = Schema.Struct({
  version: Schema.Number,
  appliedAt: Schema.Number,
  snapshots: Schema.Record({ key: Schema.String, value: Schema.Number }),
  analysisDate: Schema.NullOr(Schema.String)
})

/** A portrait holds nested objects, arrays and nulls; only its identifying fields are checked. */
const StoredPortraitShape = Schema.Struct({
  code: Schema.String,
  name: Schema.String,
  outletCode: Schema.String,
  branchCode: Schema.String,
  portrait: Schema.Object
})

const isStoredRow = Schema.is(StoredRow)

/**
 * The rows of one cursor batch. Checked with a type guard, not one decoding effect per row (a type may hold
 * millions); a row that fails it is decoded once more for the error's explanation.
 */
const plainRows = (docs: ReadonlyArray<RowDoc>): Effect.Effect<Chunk.Chunk<Record<string, Cell>>, StorageError> => {
  for (const doc of docs) {
    if (!isStoredRow(doc.row)) {
      return Effect.zipRight(
        decodeWith(StoredRow, "read an upload row")(doc.row),
        Effect.fail(storageError("read an upload row", "read an upload row: a stored document is invalid", false))
      )
    }
  }
  return Effect.succeed(Chunk.unsafeFromArray(docs.map((doc) => doc.row)))
}

/** Rows per insert command; the driver splits larger ones anyway, this keeps each request moderate. */
const insertBatch = 1_000
/** Rows per cursor batch when reading. */
const readBatch = 1_000

const snapshotTypes = uploadTypes.filter((type) => uploadSpecOf(type).kind === "snapshot")

export const makeDatasetRepo = (db: Db): DatasetRepo["Type"] => {
  const rows = db.collection<RowDoc>(Collections.datasetRows)
  const pointers = db.collection<PointerDoc>(Collections.datasetPointer)
  const portraits = db.collection<PortraitDoc>(Collections.portraits)

  /** The rows of `type` that `pointer` sees, none when it references no version of a snapshot type. */
  const visibleRows = (pointer: DatasetPointer, type: UploadType): Filter<RowDoc> | undefined => {
    if (uploadSpecOf(type).kind === "event") return { type, version: { $lte: pointer.version } }
    const version = pointer.snapshots[type]
    return version === undefined ? undefined : { type, version }
  }

  /** A cursor read as a stream of chunks, one per server batch, closed when the stream ends or is interrupted. */
  const streamRows = (operation: string, open: () => FindCursor<RowDoc>) =>
    Stream.unwrapScoped(
      Effect.map(
        Effect.acquireRelease(Effect.try({ try: open, catch: (error) => classify(operation, error) }), (cursor) =>
          Effect.ignore(Effect.tryPromise(() => cursor.close()))
        ),
        (cursor) =>
          Stream.repeatEffectChunkOption(
            attempt(operation, async () => ((await cursor.hasNext()) ? cursor.readBufferedDocuments() : null)).pipe(
              Effect.mapError(Option.some),
              Effect.flatMap((docs) =>
                docs === null ? Effect.fail(Option.none<StorageError>()) : Effect.mapError(plainRows(docs), Option.some)
              )
            )
          )
      )
    )

  /** Reads one page of rows; each is checked like a streamed batch. */
  const findRows = (operation: string, open: () => FindCursor<RowDoc>) =>
    Effect.flatMap(
      attempt(operation, () => open().toArray()),
      (docs) => Effect.map(plainRows(docs), Chunk.toReadonlyArray)
    )

  /** The query of one customer's rows of an event type, narrowed by `filter`. */
  const tradeQuery = (
    pointer: DatasetPointer,
    type: TradeType,
    companyCode: string,
    filter: TradeFilter | undefined
  ): Filter<RowDoc> => {
    const time = {
      ...(filter?.from !== undefined && { $gte: filter.from }),
      ...(filter?.to !== undefined && { $lte: tradeTimeUpTo(filter.to) })
    }
    return {
      type,
      "row.companyCode": companyCode,
      ...(Object.keys(time).length > 0 && { "row.tradeTime": time }),
      version: { $lte: pointer.version },
      ...(type === "trade_flow" && filter?.direction !== undefined && { "row.direction": filter.direction })
    }
  }

  /** The next `seq` for rows of `type` in `version`: after the highest stored, 0 for the first batch. */
  const nextSeq = (version: number, type: UploadType) =>
    Effect.map(
      attempt(`find the last ${type} row of version ${version}`, () =>
        rows
          .find({ type, version }, { projection: { seq: 1 } })
          .sort({ seq: -1 })
          .limit(1)
          .toArray()
      ),
      (docs) => (docs[0] === undefined ? 0 : docs[0].seq + 1)
    )

  const portraitQuery = (version: number, filter: PortraitFilter): Filter<PortraitDoc> => {
    const keyword = normalizeKeyword(filter.keyword)
    return {
      version,
      ...(filter.branchCode !== undefined && { branchCode: filter.branchCode }),
      ...(filter.outletCode !== undefined && { outletCode: filter.outletCode }),
      ...(keyword !== undefined && {
        $or: [{ code: containsIgnoringCase(keyword) }, { name: containsIgnoringCase(keyword) }]
      })
    }
  }

  const decodePortrait = (doc: PortraitDoc): Effect.Effect<StoredPortrait, StorageError> =>
    Effect.as(decodeWith(StoredPortraitShape, "read a portrait")(doc.doc), doc.doc)

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

    discardAbove: (version) =>
      Effect.gen(function* () {
        // Per type, so that the (type, version, seq) index serves each delete.
        for (const type of uploadTypes) {
          yield* attempt(`discard ${type} rows above version ${version}`, () =>
            rows.deleteMany({ type, version: { $gt: version } })
          )
        }
        yield* attempt(`discard portraits above version ${version}`, () =>
          portraits.deleteMany({ version: { $gt: version } })
        )
      }),

    writeRows: (version, type, batch) =>
      Effect.gen(function* () {
        if (batch.length === 0) return
        const first = yield* nextSeq(version, type)
        for (let start = 0; start < batch.length; start += insertBatch) {
          const docs = batch.slice(start, start + insertBatch).map(
            (row, i): RowDoc => ({
              type,
              version,
              seq: first + start + i,
              // A copy: the driver adds no _id to a nested document, but never lend the caller's object out.
              row: { ...(row as unknown as Record<string, Cell>) }
            })
          )
          yield* attempt(`write ${type} rows of version ${version}`, () => rows.insertMany(docs, { ordered: true }))
        }
      }),

    readRows: <T extends UploadType>(pointer: DatasetPointer, type: T) => {
      const query = visibleRows(pointer, type)
      if (query === undefined) return Stream.empty
      const operation = `read ${type} rows of version ${pointer.version}`
      return streamRows(operation, () =>
        rows.find(query, { batchSize: readBatch, projection: { _id: 0, row: 1 } }).sort({ version: 1, seq: 1 })
      ) as unknown as Stream.Stream<UploadRow<T>, StorageError>
    },

    tradesOf: <T extends TradeType>(
      pointer: DatasetPointer,
      type: T,
      companyCode: string,
      { page, count }: { page: number; count: number },
      filter?: TradeFilter
    ) =>
      Effect.gen(function* () {
        const query = tradeQuery(pointer, type, companyCode, filter)
        const operation = `read the ${type} rows of ${companyCode}`
        const total = yield* attempt(`count the ${type} rows of ${companyCode}`, () => rows.countDocuments(query))
        const items =
          total <= (page - 1) * count
            ? []
            : yield* findRows(operation, () =>
                rows
                  .find(query, { projection: { _id: 0, row: 1 } })
                  .sort({ "row.tradeTime": -1, version: -1, seq: -1 })
                  .skip((page - 1) * count)
                  .limit(count)
              )
        return { total, items: items as unknown as ReadonlyArray<UploadRow<T>> }
      }),

    holdingsOf: (pointer, companyCode) => {
      const version = pointer.snapshots.holding
      if (version === undefined) return Effect.succeed([])
      return findRows(`read the holdings of ${companyCode}`, () =>
        rows
          .find({ type: "holding", "row.companyCode": companyCode, version }, { projection: { _id: 0, row: 1 } })
          .sort({ seq: 1 })
      ) as unknown as Effect.Effect<ReadonlyArray<UploadRow<"holding">>, StorageError>
    },

    writePortraits: (version, list) =>
      Effect.gen(function* () {
        // One portrait per code, the last one listed winning, as the reference store fills its map.
        const byCode = [...new Map(list.map((p) => [p.code, p])).values()]
        // Delete then insert, a batch at a time: upserting one by one makes FerretDB scan the collection per
        // document (minutes for a few thousand portraits); the unique (version, code) index still guards.
        for (let start = 0; start < byCode.length; start += insertBatch) {
          const batch = byCode.slice(start, start + insertBatch)
          yield* attempt(`write portraits of version ${version}`, () =>
            portraits.deleteMany({ version, code: { $in: batch.map((p) => p.code) } })
          )
          yield* attempt(`write portraits of version ${version}`, () =>
            portraits.insertMany(
              batch.map((p) => ({
                version,
                code: p.code,
                name: p.name,
                outletCode: p.outletCode,
                branchCode: p.branchCode,
                doc: p
              })),
              { ordered: true }
            )
          )
        }
      }),

    activate: (pointer) =>
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
      ).pipe(Effect.asVoid),

    collectGarbage: (active) =>
      Effect.gen(function* () {
        // Versions above the active one may be being written: left alone. Event rows are all kept.
        for (const type of snapshotTypes) {
          const current = active.snapshots[type]
          yield* attempt(`remove replaced ${type} rows`, () =>
            rows.deleteMany({
              type,
              version: current === undefined ? { $lte: active.version } : { $lte: active.version, $ne: current }
            })
          )
        }
        yield* attempt("remove older portraits", () => portraits.deleteMany({ version: { $lt: active.version } }))
      }),

    portrait: (version, code) =>
      attempt(`find the portrait of ${code}`, () => portraits.findOne({ version, code })).pipe(
        Effect.flatMap((doc) => (doc === null ? Effect.succeedNone : Effect.asSome(decodePortrait(doc))))
      ),

    searchPortraits: (version, filter, { page, count }) =>
      Effect.gen(function* () {
        const query = portraitQuery(version, filter)
        const total = yield* attempt("count portraits", () => portraits.countDocuments(query))
        const docs = yield* attempt("search portraits", () =>
          portraits
            .find(query)
            .sort({ code: 1 })
            .skip((page - 1) * count)
            .limit(count)
            .toArray()
        )
        const items = yield* Effect.forEach(docs, decodePortrait)
        return { total, items }
      })
  }
}
