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
    /**
     * Takes the task for `owner` until `until`, atomically (one winner among instances): only a queued task, or a
     * running one whose claim ended before `now` (its instance stopped). The task becomes running, rows 0,
     * startedAt `now`, attempts + 1. Answers it as claimed; none when it is finished, gone or held by another.
     */
    readonly claim: (
      id: string,
      owner: string,
      now: number,
      until: number
    ) => Effect.Effect<Option.Option<ExportTask>, StorageError>
    /**
     * Saves the running task's progress or end (every field but the claim, which `task.claim` may end: null when
     * finished) if `owner` still holds it; false when it lost the claim (another instance took the task over).
     */
    readonly update: (task: ExportTask, owner: string) => Effect.Effect<boolean, StorageError>
    /** Extends `owner`'s claim to `until`; false when it no longer holds the task. */
    readonly renew: (id: string, owner: string, until: number) => Effect.Effect<boolean, StorageError>
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
