/**
 * What a right file would change if applied now, counted when it is uploaded so the bank sees it before 更新数据:
 * for event types (trade_flow, financial_trade) how many rows are new and how many are served already (duplicates,
 * which the apply drops); for snapshot types how many keys are new, changed or unchanged against the current
 * version, and how many current rows the file leaves out (removed). Validation already rejects a file that
 * repeats a key, so every row of a right file has its own key.
 * Counted against the data served at upload time: an apply in between may change what the apply then does.
 */
import { Effect, Stream } from "effect"
import type { DatasetPointer } from "../Data/DatasetPointer.js"
import { DatasetRepo } from "../Data/DatasetRepo.js"
import type { StorageError } from "../Errors.js"
import type { UploadCounts } from "../Upload/Report.js"
import { KEY_SEPARATOR, naturalKeyOf, type UploadRow, uploadSpecOf } from "../Upload/Specs.js"
import type { UploadType } from "../Upload/UploadType.js"
import { columnarOf } from "./ColumnarDataset.js"
import { type ComputeOffloadShape, inProcessOffload } from "./ComputeOffload.js"
import { KeySet } from "./KeySet.js"
import type { RowColumns } from "./RowColumns.js"

type AnyRow = UploadRow<UploadType>

/** Every column as the type formats it: two rows with the same text hold the same data. */
const rowTextOf = (type: UploadType, row: AnyRow): string => {
  const columns = uploadSpecOf(type).columns
  const values = row as unknown as Record<string, unknown>
  let text = ""
  for (const name in columns) {
    const value = values[name]
    text += `${value === null || value === undefined ? "" : columns[name]!.cell.format(value)}${KEY_SEPARATOR}`
  }
  return text
}

const countEvents = (previous: DatasetPointer, type: UploadType, rows: RowColumns, offload: ComputeOffloadShape) =>
  Effect.gen(function* () {
    const data = yield* DatasetRepo
    const stored = columnarOf(data)?.columnsOf(previous, type)
    // Hashing every served and uploaded key takes seconds at millions of rows: where the offload runs it (a
    // worker thread on the server), as the apply's de-duplication does.
    // The counts only inform: if the offload fails (a broken worker fails the apply later, with its reason), they
    // are counted here.
    if (stored !== undefined) {
      const [fresh] = yield* offload
        .freshRows(type, stored, [rows])
        .pipe(Effect.orElse(() => inProcessOffload.freshRows(type, stored, [rows])))
      return { new: fresh!.count, duplicate: rows.length - fresh!.count } satisfies UploadCounts
    }
    const seen = new KeySet(type, rows.length)
    yield* data.readRows(previous, type).pipe(
      Stream.runForEachChunk((chunk) =>
        Effect.sync(() => {
          for (const row of chunk) seen.add(row)
        })
      )
    )
    const fresh = seen.addAll(rows)
    return { new: fresh, duplicate: rows.length - fresh } satisfies UploadCounts
  })

const countSnapshot = (previous: DatasetPointer, type: UploadType, rows: RowColumns) =>
  Effect.gen(function* () {
    const current = new Map<string, string>()
    if (previous.snapshots[type] !== undefined)
      yield* Stream.runForEach((yield* DatasetRepo).readRows(previous, type), (row) =>
        Effect.sync(() => void current.set(naturalKeyOf(type, row), rowTextOf(type, row)))
      )
    const counts = { new: 0, changed: 0, unchanged: 0, removed: 0 }
    const inFile = new Set<string>()
    for (let i = 0; i < rows.length; i++) {
      const row = rows.row(i)
      const key = naturalKeyOf(type, row)
      inFile.add(key)
      const was = current.get(key)
      if (was === undefined) counts.new++
      else if (was === rowTextOf(type, row)) counts.unchanged++
      else counts.changed++
    }
    for (const key of current.keys()) if (!inFile.has(key)) counts.removed++
    return counts satisfies UploadCounts
  })

/** The counts of a right file against `previous`, the version served now. */
export const countAgainstCurrent = (
  previous: DatasetPointer,
  type: UploadType,
  rows: RowColumns,
  offload: ComputeOffloadShape = inProcessOffload
): Effect.Effect<UploadCounts, StorageError, DatasetRepo> =>
  uploadSpecOf(type).kind === "event" ? countEvents(previous, type, rows, offload) : countSnapshot(previous, type, rows)
