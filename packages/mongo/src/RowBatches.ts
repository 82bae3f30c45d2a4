/**
 * Upload rows stored as batches: each writeRows call (split at 5,000 rows or ~4 MB of JSON) becomes one document
 * `{_id: "batch", z}` alone in `rows.<type>.<version>.<first seq>`, `z` being its rows as a JSON array, packed
 * (packed.ts), and then one entry in `rowBatches` saying which rows it holds (a batch is listed once its
 * document is stored).
 *
 * Why not a document per row: FerretDB v1 converts every field of every document it returns into its own
 * representation and back; a batch as one binary field is read ~50× faster than the same rows as documents.
 * A full read fetches the batches in order, each a collection of one document, read without a filter.
 */
import type { UploadType } from "@wm/core"
import type { Binary, Db } from "mongodb"
import { Collections } from "./collections.js"
import { attempt } from "./errors.js"
import { packJson } from "./packed.js"
import { rowsCollection } from "./versionedCollections.js"

export interface BatchEntry {
  /** `${type}:${version}:${first}`: a second writer of the same rows collides here. */
  _id: string
  type: UploadType
  version: number
  /** The seq of the batch's first row (rows of a type are numbered from 0 within a version). */
  first: number
  count: number
}

export interface BatchDoc {
  _id: string
  /** The rows as a JSON array, packed (packed.ts). */
  z: Binary
}

export const batchId = "batch"

const maxRows = 5_000
const maxChars = 4_000_000

/** The rows cut into batches of at most maxRows rows and about maxChars characters, as JSON texts per row. */
const cut = (rows: ReadonlyArray<unknown>): Array<Array<string>> => {
  const batches: Array<Array<string>> = []
  let current: Array<string> = []
  let chars = 0
  for (const row of rows) {
    const text = JSON.stringify(row)
    if (current.length > 0 && (current.length >= maxRows || chars + text.length > maxChars)) {
      batches.push(current)
      current = []
      chars = 0
    }
    current.push(text)
    chars += text.length + 1
  }
  if (current.length > 0) batches.push(current)
  return batches
}

/** The batch entries of `type` in the versions `version` selects, by version then first seq. */
export const batchesOf = (db: Db, type: UploadType, version: number | { $lte: number }, operation: string) =>
  attempt(operation, async () => {
    const entries = await db.collection<BatchEntry>(Collections.rowBatches).find({ type, version }).toArray()
    return entries.sort((a, b) => a.version - b.version || a.first - b.first)
  })

/** Appends the rows after the last batch of `type` in `version`. */
export const writeBatches = (db: Db, version: number, type: UploadType, rows: ReadonlyArray<unknown>) =>
  attempt(`write ${type} rows of version ${version}`, async () => {
    const entries = db.collection<BatchEntry>(Collections.rowBatches)
    const stored = await entries.find({ type, version }).toArray()
    let first = stored.reduce((next, e) => Math.max(next, e.first + e.count), 0)
    for (const texts of cut(rows)) {
      await db
        .collection<BatchDoc>(rowsCollection(type, version, first))
        .insertOne({ _id: batchId, z: packJson(`[${texts.join(",")}]`) })
      // The entry last: a batch is listed only once all its documents are stored.
      await entries.insertOne({ _id: `${type}:${version}:${first}`, type, version, first, count: texts.length })
      first += texts.length
    }
  })
