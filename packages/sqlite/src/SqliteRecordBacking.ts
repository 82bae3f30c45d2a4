/**
 * RecordBacking on SQLite (better-sqlite3): one table `records(collection, key, value)` with the value as JSON
 * text, WAL journal with synchronous=FULL, so a batch that succeeded survives a crash or power loss. A batch is
 * one transaction: all of it or none.
 */
import type { RecordBacking } from "@wm/core"
import Database from "better-sqlite3"
import { Effect } from "effect"
import { classify } from "./errors.js"

export interface SqliteRecords {
  readonly backing: RecordBacking["Type"]
  readonly close: () => void
}

export const openSqliteRecords = (file: string): SqliteRecords => {
  const db = new Database(file)
  db.pragma("journal_mode = WAL")
  db.pragma("synchronous = FULL")
  db.pragma("busy_timeout = 5000")
  db.exec(`CREATE TABLE IF NOT EXISTS records (
    collection TEXT NOT NULL,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (collection, key)
  ) WITHOUT ROWID`)
  const selectAll = db.prepare<[string], { key: string; value: string }>(
    "SELECT key, value FROM records WHERE collection = ? ORDER BY key"
  )
  const upsert = db.prepare<[string, string, string]>(
    "INSERT INTO records (collection, key, value) VALUES (?, ?, ?) ON CONFLICT (collection, key) DO UPDATE SET value = excluded.value"
  )
  const remove = db.prepare<[string, string]>("DELETE FROM records WHERE collection = ? AND key = ?")
  const apply = db.transaction((changes: ReadonlyArray<readonly [string, string, string | undefined]>) => {
    for (const [collection, key, text] of changes) {
      if (text === undefined) remove.run(collection, key)
      else upsert.run(collection, key, text)
    }
  })
  const backing: RecordBacking["Type"] = {
    load: (collection) =>
      Effect.try({
        try: () => selectAll.all(collection).map(({ key, value }) => [key, JSON.parse(value) as unknown] as const),
        catch: (error) => classify("records.load", error)
      }),
    write: (changes) =>
      Effect.try({
        try: () => {
          // Encode everything first: a value that cannot be written leaves the database as it was.
          const encoded = changes.map(
            (c) => [c.collection, c.key, c.value === undefined ? undefined : JSON.stringify(c.value)] as const
          )
          apply(encoded)
        },
        catch: (error) => classify("records.write", error)
      })
  }
  return { backing, close: () => db.close() }
}
