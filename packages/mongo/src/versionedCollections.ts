/**
 * The dataset's collections, one per (type, version) and one of portraits per version:
 *
 *   `<type>.v<version>`    the rows of one upload type written in that version, one document per row
 *                          (`trade_flow.v12`, `holding.v9`, …); see RowDocuments.ts for the fields
 *   `portraits.v<version>` the portrait read model of that version, one document per customer
 *
 * So a version holds at most ten collections whatever its row count, a version is removed by dropping its
 * collections (milliseconds, and never a delete of millions of documents). A portraits collection gets its indexes
 * with its first document; a rows collection when its version is activated, in one pass over its rows (RowStore.ts).
 */
import { type UploadType, uploadTypes } from "@wm/core"
import type { Db, IndexDescription } from "mongodb"
import { attempt } from "./errors.js"

export const rowsCollection = (type: UploadType, version: number) => `${type}.v${version}`
export const portraitsCollection = (version: number) => `portraits.v${version}`

/** The secondary indexes of each kind of versioned collection: those the per-customer reads and searches use. */
const trades: ReadonlyArray<IndexDescription> = [
  // tradesOf: one customer's rows, newest first, later-written (higher seq = _id) first among equal times.
  { key: { companyCode: 1, tradeTime: -1, _id: -1 }, name: "companyCode_tradeTime" }
]
export const rowIndexes: Partial<Record<UploadType, ReadonlyArray<IndexDescription>>> = {
  trade_flow: trades,
  financial_trade: trades,
  // holdingsOf: one customer's holdings in the order written.
  holding: [{ key: { companyCode: 1, _id: 1 }, name: "companyCode_seq" }]
}
export const portraitIndexes: ReadonlyArray<IndexDescription> = [
  { key: { branchCode: 1, _id: 1 }, name: "branchCode_code" },
  { key: { outletCode: 1, _id: 1 }, name: "outletCode_code" }
]

export type VersionedCollection =
  | { readonly kind: "rows"; readonly name: string; readonly type: UploadType; readonly version: number }
  | { readonly kind: "portraits"; readonly name: string; readonly version: number }

const versionedName = /^([a-z_]+)\.v(\d+)$/
const isUploadType = (name: string): name is UploadType => (uploadTypes as ReadonlyArray<string>).includes(name)

/** What a collection name says, or undefined for any other collection of the database. */
export const parseCollectionName = (name: string): VersionedCollection | undefined => {
  const parsed = versionedName.exec(name)
  if (parsed === null) return undefined
  const [, prefix, version] = parsed
  if (prefix === "portraits") return { kind: "portraits", name, version: Number(version) }
  return isUploadType(prefix!) ? { kind: "rows", name, type: prefix, version: Number(version) } : undefined
}

/** Every versioned collection of the database (listCollections answers from the catalogue, not the data). */
export const versionedCollections = (db: Db, operation: string, prefix?: string) =>
  attempt(operation, async () => {
    const filter = prefix === undefined ? {} : { name: { $regex: `^${prefix}\\.v\\d+$` } }
    const all = await db.listCollections(filter, { nameOnly: true }).toArray()
    return all.flatMap((c) => {
      const parsed = parseCollectionName(c.name)
      return parsed === undefined ? [] : [parsed]
    })
  })

/** Creates the collection with its indexes (an existing collection is left as it is). */
export const createWithIndexes = async (db: Db, name: string, indexes: ReadonlyArray<IndexDescription>) => {
  if (indexes.length === 0) return
  await db.collection(name).createIndexes([...indexes])
}

/** Drops the collections, answering their names; one already gone (a concurrent drop) is not an error. */
export const dropAll = (db: Db, operation: string, collections: ReadonlyArray<{ readonly name: string }>) =>
  attempt(operation, async () => {
    for (const c of collections) {
      await db
        .collection(c.name)
        .drop()
        .catch((error: unknown) => {
          if ((error as { codeName?: string }).codeName !== "NamespaceNotFound") throw error
        })
    }
    return collections.map((c) => c.name)
  })
