/**
 * Where staged uploads (uploaded, validated, not yet applied) are kept between restarts: an optional port of
 * UpdateService. A store that provides it keeps each staged file with its validation report and right rows, and
 * the per-type upload and update times; without it (MongoDB for now) staging lives in the server's memory.
 */
import { Context, type Effect } from "effect"
import type { StorageError } from "../Errors.js"
import type { UploadType } from "../Upload/UploadType.js"
import type { StagedFile } from "./Staging.js"

export interface StagingTimes {
  readonly uploadTimes: Partial<Record<UploadType, number>>
  readonly updateTimes: Partial<Record<UploadType, number>>
}

export interface StagedState extends StagingTimes {
  /** Every staged file, in upload order. */
  readonly files: ReadonlyArray<StagedFile>
  /** A file id above every id given so far. */
  readonly nextFileId: number
}

export class StagingStore extends Context.Tag("@wm/core/StagingStore")<
  StagingStore,
  {
    readonly load: () => Effect.Effect<StagedState, StorageError>
    /** Keeps a new staged file (its rows first, then its record); `nextFileId` is the id after it. */
    readonly add: (file: StagedFile, nextFileId: number, times: StagingTimes) => Effect.Effect<void, StorageError>
    /** Drops staged files (applied, or their batch started over) and records the times, in one write. */
    readonly drop: (ids: ReadonlyArray<string>, times: StagingTimes) => Effect.Effect<void, StorageError>
  }
>() {}
