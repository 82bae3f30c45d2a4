/**
 * A guard on snapshot uploads: a file that replaces a type's rows and would remove more than half of those served
 * now (a 2-row customer file replacing 2,000 customers) is refused unless the apply says `force`. Rows count as
 * removed when no row of the new files has their natural key. Not for organization files (see below).
 */
import { Effect, Stream } from "effect"
import type { DatasetPointer } from "../Data/DatasetPointer.js"
import { DatasetRepo } from "../Data/DatasetRepo.js"
import { Conflict } from "../Errors.js"
import { naturalKeyOf, uploadSpecOf } from "../Upload/Specs.js"
import type { UploadType } from "../Upload/UploadType.js"
import type { RowColumns } from "./RowColumns.js"

export const refuseLargeRemoval = (previous: DatasetPointer, type: UploadType, files: ReadonlyArray<RowColumns>) =>
  Effect.gen(function* () {
    // The organization file is the whole tree by definition, and leaving out an outlet still in use is refused
    // already (OrganisationSync): removing empty outlets and sub-branches needs no force.
    if (uploadSpecOf(type).kind === "event" || type === "organization" || previous.snapshots[type] === undefined) return
    const keys = new Set<string>()
    for (const file of files)
      for (let i = 0; i < file.length; i++) keys.add(naturalKeyOf(type as UploadType, file.row(i) as never))
    let total = 0
    let removed = 0
    yield* Stream.runForEach((yield* DatasetRepo).readRows(previous, type), (row) =>
      Effect.sync(() => {
        total++
        if (!keys.has(naturalKeyOf(type as UploadType, row as never))) removed++
      })
    )
    if (removed * 2 > total) {
      return yield* new Conflict({
        reason:
          `the ${type} file would remove ${removed} of the ${total} ${type} rows served now (more than half); ` +
          `nothing was changed — apply again with "force": true to replace them`
      })
    }
  })
