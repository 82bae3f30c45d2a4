/**
 * The dataset as stored, read straight from the database for tests that check what is (or is no longer) there:
 * every row batch parsed back into {type, version, seq, row}, every portrait with its version.
 */
import type { Db } from "mongodb"
import { unpack } from "../../src/packed.js"
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
    if (parsed?.kind !== "rows" || !name.startsWith("rows.")) continue
    const first = Number(name.split(".").at(-1))
    for (const doc of await db.collection(name).find({}).toArray()) {
      const rows = unpack(doc.z) as Array<Record<string, unknown>>
      rows.forEach((row, i) => {
        out.push({ type: parsed.type, version: parsed.version, seq: first + i, row })
      })
    }
  }
  return out.sort((a, b) => a.version - b.version || a.seq - b.seq)
}

export const storedPortraits = async (db: Db): Promise<Array<{ version: number; code: string; name: string }>> => {
  const out: Array<{ version: number; code: string; name: string }> = []
  for (const { name } of await db.listCollections({}, { nameOnly: true }).toArray()) {
    if (!name.startsWith("portraits.")) continue
    const version = parseCollectionName(name)!.version
    for (const doc of await db.collection(name).find({}).toArray()) {
      out.push({ version, ...(unpack(doc.z) as { code: string; name: string }) })
    }
  }
  return out
}
