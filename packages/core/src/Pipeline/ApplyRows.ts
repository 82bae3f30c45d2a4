/**
 * Writing one batch of right files into a new data version: snapshot types replace the type's rows, event
 * types append the rows whose natural key is new (DOMAIN.md §2). Nothing here is visible until activation.
 *
 * A store with the columnar capability (the embedded one) is handed the staged columns themselves, and the
 * keys are hashed straight from columns; any other store gets row objects, one batch at a time.
 */
import { Effect, Stream } from "effect"
import type { DatasetPointer } from "../Data/DatasetPointer.js"
import { DatasetRepo } from "../Data/DatasetRepo.js"
import { yieldToEventLoop } from "../Records/yieldToEventLoop.js"
import { type UploadRow, uploadSpecOf } from "../Upload/Specs.js"
import type { UploadType } from "../Upload/UploadType.js"
import { columnarOf } from "./ColumnarDataset.js"
import { type ComputeOffloadShape, inProcessOffload } from "./ComputeOffload.js"
import { KeySet } from "./KeySet.js"
import { RowColumns } from "./RowColumns.js"

const BATCH = 5_000

/** Answers how many rows were written (for event types: after de-duplication). */
export const writeBatch = (
  previous: DatasetPointer,
  version: number,
  type: UploadType,
  files: ReadonlyArray<RowColumns>,
  offload: ComputeOffloadShape = inProcessOffload
) =>
  Effect.gen(function* () {
    const data = yield* DatasetRepo
    const columnar = columnarOf(data)
    const isEvent = uploadSpecOf(type).kind === "event"
    if (isEvent && columnar !== undefined) {
      // The hashing of every stored and staged key is the apply's heavy part: the offload may run it elsewhere.
      const fresh = yield* offload.freshRows(type, columnar.columnsOf(previous, type), files)
      let written = 0
      for (const [i, file] of files.entries()) {
        const { count, fresh: mask } = fresh[i]!
        // The staged columns are never changed, so the store may keep them as they are.
        if (count > 0)
          columnar.appendColumns(version, type, count === file.length ? file : yield* onlyFresh(file, mask))
        written += count
      }
      return written
    }
    const seen = isEvent
      ? new KeySet(
          type,
          files.reduce((n, rows) => n + rows.length, 0)
        )
      : undefined
    if (seen !== undefined) {
      yield* data.readRows(previous, type).pipe(
        Stream.runForEachChunk((chunk) =>
          Effect.sync(() => {
            for (const row of chunk) seen.add(row)
          })
        )
      )
    }
    let written = 0
    for (const file of files) {
      // Rows become objects one batch at a time, so a staged file never exists twice as objects.
      for (let from = 0; from < file.length; from += BATCH) {
        const batch = file.slice(from, from + BATCH)
        const fresh: Array<UploadRow<UploadType>> = seen === undefined ? batch : batch.filter((row) => seen.add(row))
        written += fresh.length
        if (fresh.length > 0) yield* data.writeRows(version, type, fresh)
      }
    }
    return written
  })

/** Rows copied per slice: a few milliseconds; the event loop runs between slices (requests keep answering). */
const COPY_SLICE = 16_384

const onlyFresh = (file: RowColumns, fresh: Uint8Array) =>
  Effect.gen(function* () {
    const rows = new RowColumns(file.type)
    for (let from = 0; from < file.length; from += COPY_SLICE) {
      if (from > 0) yield* yieldToEventLoop
      const to = Math.min(file.length, from + COPY_SLICE)
      for (let i = from; i < to; i++) if (fresh[i] === 1) rows.push(file.row(i))
    }
    return rows
  })
