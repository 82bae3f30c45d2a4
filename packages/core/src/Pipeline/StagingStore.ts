/**
 * Where staged uploads (uploaded, validated, not yet applied) are kept: the store every app instance shares, so a
 * file uploaded through one instance is listed and applied through any other, and survives a restart. Each staged
 * file keeps its validation report and, when right, its rows; per type the last upload and update times.
 * UpdateService reads it when it lists or applies (never a copy made at start). Without a store (a test's partial
 * layer) `makeLocalStaging` keeps staging in the process.
 */
import { Context, Effect, Option } from "effect"
import type { StorageError } from "../Errors.js"
import type { UploadType } from "../Upload/UploadType.js"
import type { RowColumns } from "./RowColumns.js"
import type { StagedFile } from "./Staging.js"

/** A staged file as listed: everything but its rows (read with `rows` when it is applied). */
export type StagedEntry = Omit<StagedFile, "rows">

export interface StagingTimes {
  readonly uploadTimes: Partial<Record<UploadType, number>>
  readonly updateTimes: Partial<Record<UploadType, number>>
}

export interface StagedState extends StagingTimes {
  /** Every staged file, in upload order. */
  readonly files: ReadonlyArray<StagedEntry>
}

export class StagingStore extends Context.Tag("@wm/core/StagingStore")<
  StagingStore,
  {
    readonly list: () => Effect.Effect<StagedState, StorageError>
    /** A staged file's rows; none when it has none (rejected) or is no longer staged. */
    readonly rows: (id: string) => Effect.Effect<Option.Option<RowColumns>, StorageError>
    /**
     * Keeps a new staged file under a new id (numeric text, above every id given so far by any instance), its
     * rows before its record, and makes its upload time the type's. Answers the id.
     */
    readonly add: (file: Omit<StagedFile, "id">) => Effect.Effect<string, StorageError>
    /** Drops staged files (applied, or their batch started over); `appliedAt` becomes the type's update time. */
    readonly drop: (
      type: UploadType,
      ids: ReadonlyArray<string>,
      appliedAt?: number | undefined
    ) => Effect.Effect<void, StorageError>
  }
>() {}

/** Staging in this process only: for a partial layer without a store (lost on restart, unseen by others). */
export const makeLocalStaging = (): StagingStore["Type"] => {
  const files = new Map<string, StagedFile>()
  const uploadTimes: Partial<Record<UploadType, number>> = {}
  const updateTimes: Partial<Record<UploadType, number>> = {}
  let nextId = 1
  return {
    list: () =>
      Effect.sync(() => ({
        files: [...files.values()].map(({ rows: _rows, ...entry }) => entry),
        uploadTimes: { ...uploadTimes },
        updateTimes: { ...updateTimes }
      })),
    rows: (id) => Effect.sync(() => Option.fromNullable(files.get(id)?.rows)),
    add: (file) =>
      Effect.sync(() => {
        const id = String(nextId++)
        files.set(id, { ...file, id })
        uploadTimes[file.type] = file.uploadedAt
        return id
      }),
    drop: (type, ids, appliedAt) =>
      Effect.sync(() => {
        for (const id of ids) files.delete(id)
        if (appliedAt !== undefined) updateTimes[type] = appliedAt
      })
  }
}
