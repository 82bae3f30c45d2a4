/**
 * Storage ports of exports: the task records (ExportTaskRepo) and the files they produce (ExportFiles). The file
 * port speaks web streams only, so core stays free of Node I/O; the Node adapter keeps files in the data directory.
 */
import { Context, type Effect, type Option } from "effect"
import type { Paged, PageRequest } from "../Domain/Paging.js"
import type { StorageError } from "../Errors.js"
import type { ExportState, ExportTask } from "../Exports/ExportTypes.js"

export class ExportTaskRepo extends Context.Tag("@wm/core/ExportTaskRepo")<
  ExportTaskRepo,
  {
    /** Inserts or replaces the task of the same id. */
    readonly save: (task: ExportTask) => Effect.Effect<void, StorageError>
    readonly find: (id: string) => Effect.Effect<Option.Option<ExportTask>, StorageError>
    /** One user's tasks, newest first (ties: higher id first). */
    readonly listByUser: (userId: number, page: PageRequest) => Effect.Effect<Paged<ExportTask>, StorageError>
    /** Every task in one of the states, oldest first (what a restarted runner picks up). */
    readonly listByState: (states: ReadonlyArray<ExportState>) => Effect.Effect<ReadonlyArray<ExportTask>, StorageError>
    /** Tasks created before `time`, oldest first (retention). */
    readonly createdBefore: (time: number) => Effect.Effect<ReadonlyArray<ExportTask>, StorageError>
    readonly delete: (id: string) => Effect.Effect<void, StorageError>
  }
>() {}

export class ExportFiles extends Context.Tag("@wm/core/ExportFiles")<
  ExportFiles,
  {
    /** A sink for a new file under `key`; the file appears only once the stream closes without error. */
    readonly create: (key: string) => Effect.Effect<WritableStream<Uint8Array>, StorageError>
    /** The file's bytes, none when there is no such file. */
    readonly open: (key: string) => Effect.Effect<Option.Option<ReadableStream<Uint8Array>>, StorageError>
    /** Removes the file; nothing happens when it is gone. */
    readonly remove: (key: string) => Effect.Effect<void, StorageError>
  }
>() {}
