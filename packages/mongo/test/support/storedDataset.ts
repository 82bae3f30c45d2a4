/**
 * The dataset as stored, read straight from the database with the plain driver for tests that check what is (or
 * is no longer) there: every row document with its type and version, every portrait with its version.
 */
import type { Db } from "mongodb"
import { parseCollectionName } from "../../src/versionedCollections.js"

export interface StoredRowDoc {
  readonly type: string
  readonly version: number
  readonly seq: number
  readonly row: Record<string, unknown>
}

export const storedRows = async (db: Db): Promise<Array<StoredRowDoc>> => {
  const out: Array<StoredRowDoc> = []
  for (const { name } of await db.listCollections({}, { nameOnly: true }).toArray()) {
    const parsed = parseCollectionName(name)
    if (parsed?.kind !== "rows") continue
    for (const { _id, ...row } of await db.collection(name).find({}).toArray()) {
      out.push({ type: parsed.type, version: parsed.version, seq: Number(_id), row })
    }
  }
  return out.sort((a, b) => a.version - b.version || a.seq - b.seq)
}

export const storedPortraits = async (db: Db): Promise<Array<{ version: number; code: string; name: string }>> => {
  const out: Array<{ version: number; code: string; name: string }> = []
  for (const { name } of await db.listCollections({}, { nameOnly: true }).toArray()) {
    const parsed = parseCollectionName(name)
    if (parsed?.kind !== "portraits") continue
    for (const doc of await db.collection(name).find({}).toArray()) {
      out.push({ version: parsed.version, code: String(doc._id), name: String(doc.name) })
    }
  }
  return out
}
