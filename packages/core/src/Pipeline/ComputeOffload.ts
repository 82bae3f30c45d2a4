/**
 * Where an update's CPU-heavy, pure stages run (the port): the de-duplication of an event apply (which staged
 * rows are new) and the portrait recompute. UpdateService asks for them through this port, so a server can run
 * them off its request thread (the HTTP service's worker-thread layer) while requests keep being answered.
 *
 * Core itself stays free of threads and node I/O: `inProcessOffload` runs the same functions in the caller's
 * thread, and is what UpdateService uses when no layer provides the port (tests, the in-memory store, MongoDB).
 * A worker implementation runs `freshRowsOf` and `recomputeOver` (OffloadJobs.ts) on materials it was sent, so
 * both give the same answers; its failures (an exception, a crashed or out-of-memory worker) are StorageErrors,
 * which fail the update with their reason and leave the previous version served.
 */
import { Context, Effect } from "effect"
import type { DatasetRepo } from "../Data/DatasetRepo.js"
import type { StorageError } from "../Errors.js"
import type { UploadType } from "../Upload/UploadType.js"
import { type FreshRows, freshRowsOf } from "./OffloadJobs.js"
import { type RecomputeInput, type RecomputeResult, recomputePortraits } from "./Recompute.js"
import type { RowColumns } from "./RowColumns.js"

export interface ComputeOffloadShape {
  /** Per staged file, which of its rows have a natural key neither `stored` nor an earlier file has. */
  readonly freshRows: (
    type: UploadType,
    stored: ReadonlyArray<RowColumns>,
    files: ReadonlyArray<RowColumns>
  ) => Effect.Effect<ReadonlyArray<FreshRows>, StorageError>
  /** The portrait read model of the data `input.pointer` sees. */
  readonly recompute: (input: RecomputeInput) => Effect.Effect<RecomputeResult, StorageError, DatasetRepo>
}

export class ComputeOffload extends Context.Tag("@wm/core/ComputeOffload")<ComputeOffload, ComputeOffloadShape>() {}

export const inProcessOffload: ComputeOffloadShape = {
  freshRows: (type, stored, files) => Effect.sync(() => freshRowsOf(type, stored, files)),
  recompute: recomputePortraits
}
