/**
 * The embedded store on disk: core's store (MemoryStore.layerOn: every port held in memory for reads) over the
 * durable backings of a data directory — records in SQLite (`records.sqlite`), bulk data as files (`bulk/`).
 */
import { join, resolve } from "node:path"
import { BulkFiles, MemoryStore, RecordBacking } from "@wm/core"
import { Context, Effect, Layer } from "effect"
import { BULK_DIR, RECORDS_FILE } from "./DataDir.js"
import { classify } from "./errors.js"
import { openFsBulkFiles } from "./FsBulkFiles.js"
import { openSqliteRecords } from "./SqliteRecordBacking.js"

export interface SqliteStoreOptions {
  readonly dataDir: string
}

/** The two backings of a data directory; the database closes with the layer's scope. */
export const backings = ({ dataDir }: SqliteStoreOptions) =>
  Layer.scopedContext(
    Effect.gen(function* () {
      const dir = resolve(dataDir)
      const bulk = yield* Effect.try({
        try: () => openFsBulkFiles(join(dir, BULK_DIR)),
        catch: (error) => classify("open", error)
      })
      const records = yield* Effect.acquireRelease(
        Effect.try({
          try: () => openSqliteRecords(join(dir, RECORDS_FILE)),
          catch: (error) => classify("open", error)
        }),
        (opened) => Effect.sync(() => opened.close())
      )
      return Context.make(RecordBacking, records.backing).pipe(Context.add(BulkFiles, bulk))
    })
  )

export const layer = (options: SqliteStoreOptions) => MemoryStore.layerOn.pipe(Layer.provide(backings(options)))
