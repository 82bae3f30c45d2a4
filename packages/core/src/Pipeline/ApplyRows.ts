/**
 * Writing one batch of right files into a new data version: snapshot types replace the type's rows, event
 * types append the rows whose natural key is new (DOMAIN.md §2). Nothing here is visible until activation.
 */
import { Effect, Stream } from "effect"
import type { DatasetPointer } from "../Data/DatasetPointer.js"
import { DatasetRepo } from "../Data/DatasetRepo.js"
import { naturalKeyOf, type UploadRow, uploadSpecOf } from "../Upload/Specs.js"
import type { UploadType } from "../Upload/UploadType.js"

const BATCH = 5_000

/** Answers how many rows were written (for event types: after de-duplication). */
export const writeBatch = (
  previous: DatasetPointer,
  version: number,
  type: UploadType,
  files: ReadonlyArray<ReadonlyArray<UploadRow<UploadType>>>
) =>
  Effect.gen(function* () {
    const data = yield* DatasetRepo
    const event = uploadSpecOf(type).kind === "event"
    const seen = new Set<string>()
    if (event) {
      yield* data.readRows(previous, type).pipe(
        Stream.runForEachChunk((chunk) =>
          Effect.sync(() => {
            for (const row of chunk) seen.add(naturalKeyOf(type, row))
          })
        )
      )
    }
    let written = 0
    let pending: Array<UploadRow<UploadType>> = []
    const flush = Effect.suspend(() => {
      const rows = pending
      pending = []
      written += rows.length
      return rows.length === 0 ? Effect.void : data.writeRows(version, type, rows)
    })
    for (const rows of files) {
      for (const row of rows) {
        if (event) {
          const key = naturalKeyOf(type, row)
          if (seen.has(key)) continue
          seen.add(key)
        }
        pending.push(row)
        if (pending.length >= BATCH) yield* flush
      }
    }
    yield* flush
    return written
  })
