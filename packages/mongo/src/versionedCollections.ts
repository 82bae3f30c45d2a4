/**
 * The dataset's collections per version: `rows.<type>.<version>.<first seq>` (a batch of upload rows),
 * `customers.<type>.<version>.<shard>` (rows by customer), `portraits.<version>.<shard>` and
 * `portraitKeys.<version>` (the read model).
 *
 * Why so many small collections: FerretDB v1 (1.24) on SQLite decodes every document of a collection for any
 * filter or sort except `{_id: <string>}`, and even that one scans the table, because the SQL it generates
 * (`->'$._id'`) does not match the expression of its own _id index (`->"_id"`): a lookup costs the size of the
 * collection. So data is cut where it is read: a batch is read whole, a customer's rows or a portrait is one
 * lookup in a shard of the version (up to 64), and removing a version is dropping collections (milliseconds, where a
 * deleteMany decodes the whole dataset).
 */
import { type UploadType, uploadTypes } from "@wm/core"
import type { Db } from "mongodb"
import { attempt } from "./errors.js"

export const maxShards = 64

/** FNV-1a of the UTF-16 code units, modulo `shards`: the same on every process and platform. */
export const shardOf = (code: string, shards = maxShards): number => {
  let hash = 0x811c9dc5
  for (let i = 0; i < code.length; i++) hash = Math.imul(hash ^ code.charCodeAt(i), 0x01000193)
  return (hash >>> 0) % shards
}

export const rowsCollection = (type: UploadType, version: number, first: number) => `rows.${type}.${version}.${first}`
export const customersCollection = (type: UploadType, version: number, code: string, shards: number) =>
  `customers.${type}.${version}.${shardOf(code, shards)}`
export const portraitsCollection = (version: number, code: string, shards: number) =>
  `portraits.${version}.${shardOf(code, shards)}`
export const portraitKeysCollection = (version: number) => `portraitKeys.${version}`

export type VersionedCollection =
  | { readonly kind: "rows"; readonly name: string; readonly type: UploadType; readonly version: number }
  | { readonly kind: "portraits"; readonly name: string; readonly version: number }

const rowsName = /^(?:rows|customers)\.([a-z_]+)\.(\d+)\.\d+$/
const portraitsName = /^(?:portraits\.(\d+)\.\d+|portraitKeys\.(\d+))$/
const isUploadType = (name: string): name is UploadType => (uploadTypes as ReadonlyArray<string>).includes(name)

/** What a collection name says, or undefined for any other collection of the database. */
export const parseCollectionName = (name: string): VersionedCollection | undefined => {
  const rows = rowsName.exec(name)
  if (rows !== null && isUploadType(rows[1]!)) return { kind: "rows", name, type: rows[1], version: Number(rows[2]) }
  const portraits = portraitsName.exec(name)
  return portraits === null ? undefined : { kind: "portraits", name, version: Number(portraits[1] ?? portraits[2]) }
}

/** Every versioned collection of the database (listCollections answers from the catalogue, not the data). */
export const versionedCollections = (db: Db, operation: string) =>
  attempt(operation, async () => {
    const all = await db.listCollections({}, { nameOnly: true }).toArray()
    return all.flatMap((c) => {
      const parsed = parseCollectionName(c.name)
      return parsed === undefined ? [] : [parsed]
    })
  })

/** Drops the collections; one already gone (a concurrent drop) is not an error. */
export const dropAll = (db: Db, operation: string, collections: ReadonlyArray<VersionedCollection>) =>
  attempt(operation, async () => {
    for (const c of collections) {
      await db
        .collection(c.name)
        .drop()
        .catch((error: unknown) => {
          if ((error as { codeName?: string }).codeName !== "NamespaceNotFound") throw error
        })
    }
  })
