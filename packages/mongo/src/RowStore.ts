/**
 * The upload rows of DatasetRepo: written to `<type>.v<version>` (versionedCollections.ts) one document per row
 * (RowDocuments.ts), read back in order, and read per customer through the indexes created with the collection.
 *
 * Which collections a pointer sees: for a snapshot type the one of `pointer.snapshots[type]`; for an event type
 * every one of a version at or below `pointer.version` (each event upload adds one collection; versions never
 * activated are dropped before a later one is written, see versionCleanup.ts).
 */
import {
  type DatasetPointer,
  type StorageError,
  type TradeFilter,
  type TradeType,
  tradeTimeUpTo,
  type UploadRow,
  type UploadType,
  uploadSpecOf
} from "@wm/core"
import { Chunk, Effect, Stream } from "effect"
import type { Db, Filter, IndexDescription } from "mongodb"
import { attempt } from "./errors.js"
import { fromRowDocs, type RowDoc, toRowDoc, wallClockDate } from "./RowDocuments.js"
import { createWithIndexes, rowIndexes, rowsCollection, versionedCollections } from "./versionedCollections.js"

/** Documents per insertMany, and per query of a full read. */
const WRITE_CHUNK = 10_000
const READ_PAGE = 10_000

const isEvent = (type: UploadType) => uploadSpecOf(type).kind === "event"

/** The versions of `type` whose rows `pointer` sees, in ascending order. */
export const visibleVersions = (db: Db, pointer: DatasetPointer, type: UploadType, operation: string) => {
  if (!isEvent(type)) {
    const version = pointer.snapshots[type]
    return Effect.succeed(version === undefined ? [] : [version])
  }
  return Effect.map(versionedCollections(db, operation, type), (all) =>
    all.flatMap((c) => (c.kind === "rows" && c.version <= pointer.version ? [c.version] : [])).sort((a, b) => a - b)
  )
}

const rowsOf = (db: Db, type: UploadType, version: number) => db.collection<RowDoc>(rowsCollection(type, version))

/**
 * The next seq of each collection this process writes. A version is written by one process (the holder of the
 * update lease) into collections that are new, so it starts at 0; a collection found with rows already (a process
 * restarted before its version was discarded) continues after its highest seq.
 */
export class SeqCounters {
  private readonly next = new Map<string, number>()

  async take(db: Db, type: UploadType, version: number, count: number): Promise<number> {
    const name = rowsCollection(type, version)
    let first = this.next.get(name)
    if (first === undefined) {
      const [last] = await rowsOf(db, type, version)
        .aggregate<{ max: number }>([{ $group: { _id: null, max: { $max: "$_id" } } }])
        .toArray()
      first = last === undefined ? 0 : last.max + 1
    }
    this.next.set(name, first + count)
    return first
  }

  forget(names: ReadonlyArray<string>) {
    for (const name of names) this.next.delete(name)
  }
}

/**
 * Appends rows after the last one of the version. The collection gets its secondary indexes when its version is
 * activated (ensureRowIndexes), in one pass over the rows: on DocumentDB that is about four times faster than
 * maintaining them row by row during a bulk load, and on MongoDB it is the usual way to load in bulk.
 */
export const writeRows = (
  db: Db,
  seqs: SeqCounters,
  version: number,
  type: UploadType,
  rows: ReadonlyArray<UploadRow<UploadType>>
) =>
  attempt(`write ${type} rows of version ${version}`, async () => {
    const first = await seqs.take(db, type, version, rows.length)
    const collection = rowsOf(db, type, version)
    // _id is the seq: a second writer of the same rows collides on it instead of interleaving.
    for (let from = 0; from < rows.length; from += WRITE_CHUNK) {
      const docs = rows.slice(from, from + WRITE_CHUNK).map((row, i) => toRowDoc(type, first + from + i, row))
      await collection.insertMany(docs, { ordered: false })
    }
  })

/** Creates the per-customer indexes of every collection `pointer` sees (existing ones are left as they are). */
export const ensureRowIndexes = (db: Db, pointer: DatasetPointer) =>
  Effect.forEach(
    Object.entries(rowIndexes) as Array<[UploadType, ReadonlyArray<IndexDescription>]>,
    ([type, indexes]) => {
      const operation = `index the ${type} rows of version ${pointer.version}`
      return Effect.flatMap(visibleVersions(db, pointer, type, operation), (versions) =>
        attempt(operation, async () => {
          for (const version of versions) await createWithIndexes(db, rowsCollection(type, version), indexes)
        })
      )
    },
    { discard: true }
  )

/** The highest seq of a collection, -1 when it has none. */
const lastSeq = async (db: Db, type: UploadType, version: number) => {
  const last = await rowsOf(db, type, version)
    .find({}, { projection: { _id: 1 } })
    .sort({ _id: -1 })
    .limit(1)
    .next()
  return last === null ? -1 : last._id
}

/**
 * Every row of the versions in order, one bounded range of seqs per query (`_id` in [k·P, (k+1)·P)), the next
 * range fetched while one is used. Bounded ranges, not "after the last _id, limit P": DocumentDB sorts what an
 * open range matches before limiting, which made a full read quadratic.
 */
export const streamRows = <T extends UploadType>(
  db: Db,
  type: T,
  versions: ReadonlyArray<number>,
  operation: string
): Stream.Stream<UploadRow<T>, StorageError> =>
  Stream.fromIterable(versions).pipe(
    Stream.mapEffect((version) =>
      Effect.map(
        attempt(operation, () => lastSeq(db, type, version)),
        (last) => ({ version, last })
      )
    ),
    Stream.flatMap(({ version, last }) =>
      (last < 0 ? Stream.empty : Stream.range(0, Math.floor(last / READ_PAGE))).pipe(
        Stream.mapEffect(
          (page) =>
            attempt(operation, () =>
              rowsOf(db, type, version)
                .find({ _id: { $gte: page * READ_PAGE, $lt: (page + 1) * READ_PAGE } })
                .sort({ _id: 1 })
                .toArray()
            ).pipe(Effect.flatMap((docs) => fromRowDocs(type, docs, operation))),
          { concurrency: 2 }
        )
      )
    ),
    Stream.mapConcatChunk((rows) => Chunk.unsafeFromArray(rows))
  )

/** The filter of one customer's trades; bounds compare as wall-clock times (a `to` date covers its day). */
const tradeQuery = (type: TradeType, companyCode: string, filter: TradeFilter | undefined): Filter<RowDoc> => {
  const from = filter?.from === undefined ? undefined : wallClockDate(filter.from)
  const to = filter?.to === undefined ? undefined : wallClockDate(tradeTimeUpTo(filter.to))
  const time = { ...(from !== undefined && { $gte: from }), ...(to !== undefined && { $lte: to }) }
  return {
    companyCode,
    ...(Object.keys(time).length > 0 && { tradeTime: time }),
    // financial_trade rows have no direction: the filter does not apply to them.
    ...(type === "trade_flow" && filter?.direction !== undefined && { direction: filter.direction })
  }
}

const newestFirst = { tradeTime: -1, _id: -1 } as const
const timeOf = (doc: RowDoc) => (doc.tradeTime instanceof Date ? doc.tradeTime.getTime() : 0)

/**
 * One page of a customer's trades: with one visible upload, the page itself from the index; with several, the
 * first `page × count` of each, merged (later versions first among equal times).
 */
export const tradePage = (
  db: Db,
  type: TradeType,
  versions: ReadonlyArray<number>,
  companyCode: string,
  { page, count }: { page: number; count: number },
  filter: TradeFilter | undefined
) =>
  Effect.gen(function* () {
    const operation = `read the ${type} rows of ${companyCode}`
    const query = tradeQuery(type, companyCode, filter)
    const single = versions.length === 1
    const parts = yield* Effect.forEach(
      versions,
      (version) =>
        attempt(operation, () =>
          Promise.all([
            rowsOf(db, type, version).countDocuments(query),
            rowsOf(db, type, version)
              .find(query)
              .sort(newestFirst)
              .skip(single ? (page - 1) * count : 0)
              .limit(single ? count : page * count)
              .toArray()
          ])
        ).pipe(Effect.map(([total, docs]) => ({ version, total, docs }))),
      { concurrency: 4 }
    )
    const total = parts.reduce((sum, p) => sum + p.total, 0)
    const merged = parts
      .flatMap((p) => p.docs.map((doc) => ({ version: p.version, doc })))
      .sort((a, b) => timeOf(b.doc) - timeOf(a.doc) || b.version - a.version || b.doc._id - a.doc._id)
    const docs = single ? merged : merged.slice((page - 1) * count, page * count)
    return {
      total,
      items: yield* fromRowDocs(
        type,
        docs.map((d) => d.doc),
        operation
      )
    }
  })

/** One customer's holding rows of one version, in the order written. */
export const holdingRows = (db: Db, version: number, companyCode: string) => {
  const operation = `read the holdings of ${companyCode}`
  return attempt(operation, () => rowsOf(db, "holding", version).find({ companyCode }).sort({ _id: 1 }).toArray()).pipe(
    Effect.flatMap((docs) => fromRowDocs("holding", docs, operation))
  )
}
