/**
 * One customer's rows of a version (trades, holdings) in one lookup: `customers.<type>.<version>.<shard>` holds
 * `{_id: companyCode, z}`, `z` the customer's `[seq, row]` pairs (packed.ts), in shards of about 3,000 rows
 * (at most 64), so that a lookup reads a small part of the version (see versionedCollections.ts for why a lookup
 * costs its collection's size). Each collection created costs ~10 ms on FerretDB, hence no more than needed.
 *
 * The index is derived from the row batches, so it is built after them: when a version is activated (see
 * indexedOnActivation), or on the first read of a version not built yet. `customerIndexes` records for how many
 * batches it was built and in how many shards; a version given more batches afterwards (only possible before
 * activation) is rebuilt.
 */
import type { StorageError, UploadType } from "@wm/core"
import { Effect, Stream } from "effect"
import type { Db } from "mongodb"
import { Collections } from "./collections.js"
import { attempt } from "./errors.js"
import { packJson } from "./packed.js"
import type { BatchDoc, BatchEntry } from "./RowBatches.js"
import { checked, type StoredRow, streamBatches, unpackList } from "./readBatches.js"
import { customersCollection, dropAll, maxShards, versionedCollections } from "./versionedCollections.js"

interface IndexMark {
  _id: string
  type: UploadType
  version: number
  batches: number
  shards: number
}

export interface PlacedRow {
  readonly version: number
  readonly seq: number
  readonly row: StoredRow
}

/**
 * The types whose index is built when a version is activated: those the API reads per customer (trade history,
 * holdings in the portrait). trade_flow's is built on its first read: for the demo bank's 500,000 transactions
 * that costs ~15 s, which no route needs today.
 */
export const indexedOnActivation: ReadonlyArray<UploadType> = ["financial_trade", "holding"]

const markId = (type: UploadType, version: number) => `${type}:${version}`

const rowsPerShard = 3_000

/**
 * Builds the index of one version of `type` unless it is there for exactly these batches; answers its number of
 * shards.
 */
export const ensureCustomerIndex = (db: Db, type: UploadType, version: number, entries: ReadonlyArray<BatchEntry>) =>
  Effect.gen(function* () {
    const operation = `index the ${type} rows of version ${version} by customer`
    const marks = db.collection<IndexMark>(Collections.customerIndexes)
    const mark = yield* attempt(operation, () => marks.findOne({ _id: markId(type, version) }))
    if (mark !== null && mark.batches === entries.length) return mark.shards
    const prefix = `customers.${type}.${version}.`
    const built = (yield* versionedCollections(db, operation)).filter((c) => c.name.startsWith(prefix))
    yield* dropAll(db, operation, built)
    const byCode = new Map<string, Array<string>>()
    // The stream gives each batch's rows in order, so a row's seq is its batch's first plus its place in it.
    let entry = 0
    let inEntry = 0
    yield* Stream.runForEachChunk(streamBatches(db, type, entries, operation), (chunk) =>
      Effect.sync(() => {
        for (const row of chunk) {
          while (inEntry >= entries[entry]!.count) {
            entry++
            inEntry = 0
          }
          const code = String(row.companyCode)
          const list = byCode.get(code) ?? []
          list.push(`[${entries[entry]!.first + inEntry},${JSON.stringify(row)}]`)
          byCode.set(code, list)
          inEntry++
        }
      })
    )
    const rows = entries.reduce((sum, e) => sum + e.count, 0)
    const shards = Math.min(maxShards, Math.max(1, Math.ceil(rows / rowsPerShard)))
    const docs = new Map<string, Array<BatchDoc>>()
    for (const [code, list] of byCode) {
      const name = customersCollection(type, version, code, shards)
      const shard = docs.get(name) ?? []
      shard.push({ _id: code, z: packJson(`[${list.join(",")}]`) })
      docs.set(name, shard)
    }
    yield* attempt(operation, async () => {
      for (const [name, shard] of docs) await db.collection<BatchDoc>(name).insertMany(shard, { ordered: false })
      await marks.replaceOne(
        { _id: markId(type, version) },
        { type, version, batches: entries.length, shards },
        { upsert: true }
      )
    })
    return shards
  })

/** One customer's rows of one version, from its index in `shards` shards (see ensureCustomerIndex). */
export const customerRowsOf = (
  db: Db,
  type: UploadType,
  version: number,
  shards: number,
  companyCode: string
): Effect.Effect<Array<PlacedRow>, StorageError> =>
  Effect.gen(function* () {
    const operation = `read the ${type} rows of ${companyCode}`
    const doc = yield* attempt(operation, () =>
      db.collection<BatchDoc>(customersCollection(type, version, companyCode, shards)).findOne({ _id: companyCode })
    )
    if (doc === null) return []
    const pairs = yield* unpackList(operation, doc)
    const rows = yield* checked(
      operation,
      pairs.map((p) => (Array.isArray(p) ? p[1] : undefined))
    )
    return rows.map((row, i): PlacedRow => ({ version, seq: Number((pairs[i] as Array<unknown>)[0]), row }))
  })
