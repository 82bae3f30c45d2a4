/**
 * The embedded store's StagingStore: a staged file's right rows as a column file (`staged-<id>.cols`, BulkFiles),
 * its report and names as a record ("staged"), the next file id and the per-type times as one record beside them.
 * The rows are written before the record, so a crash leaves no record without its rows; rows files no record
 * names are removed when the store opens.
 */
import { Effect, Option } from "effect"
import type { StagedEntry, StagingStore, StagingTimes } from "../Pipeline/StagingStore.js"
import { BulkFiles } from "../Records/BulkFiles.js"
import { commit, plainCodec, RecordTable } from "../Records/RecordTable.js"
import { decodeColumns, encodeColumns } from "./BulkEncoding.js"

type StagedRecord = StagedEntry & { readonly rowsFile: string | null }
interface StagingRecord extends StagingTimes {
  readonly nextFileId: number
}

const STATE = "state"
const rowsFileOf = (id: string) => `staged-${id}.cols`
export const isStagedFile = (name: string) => name.startsWith("staged-")

export const makeDurableStaging = Effect.gen(function* () {
  const bulk = yield* BulkFiles
  const files = yield* RecordTable.load("staged", plainCodec<StagedRecord>())
  const state = yield* RecordTable.load("staging", plainCodec<StagingRecord>())
  const owned = new Set([...files.values()].flatMap((f) => (f.rowsFile === null ? [] : [f.rowsFile])))
  for (const name of yield* bulk.list()) if (isStagedFile(name) && !owned.has(name)) yield* bulk.remove(name)
  const current = (): StagingRecord => state.get(STATE) ?? { nextFileId: 1, uploadTimes: {}, updateTimes: {} }
  // Taking an id and writing its record must not interleave between fibers.
  const lock = yield* Effect.makeSemaphore(1)

  return {
    list: () =>
      Effect.sync(() => ({
        files: [...files.values()]
          .sort((a, b) => Number(a.id) - Number(b.id))
          .map(({ rowsFile: _rowsFile, ...entry }) => entry),
        uploadTimes: current().uploadTimes,
        updateTimes: current().updateTimes
      })),
    rows: (id) =>
      Effect.suspend(() => {
        const found = files.get(id)
        if (found === undefined || found.rowsFile === null) return Effect.succeed(Option.none())
        return Effect.map(bulk.read(found.rowsFile), (bytes) => Option.some(decodeColumns(found.type, bytes)))
      }),
    add: ({ rows, ...file }) =>
      lock.withPermits(1)(
        Effect.gen(function* () {
          const saved = current()
          const id = String(saved.nextFileId)
          const rowsFile = rows === undefined ? null : rowsFileOf(id)
          if (rowsFile !== null) yield* bulk.write(rowsFile, encodeColumns(rows!))
          yield* commit([
            files.change(id, { ...file, id, rowsFile }),
            state.change(STATE, {
              ...saved,
              nextFileId: saved.nextFileId + 1,
              uploadTimes: { ...saved.uploadTimes, [file.type]: file.uploadedAt }
            })
          ])
          return id
        })
      ),
    drop: (type, ids, appliedAt) =>
      lock.withPermits(1)(
        Effect.gen(function* () {
          const gone = ids.flatMap((id) => {
            const rowsFile = files.get(id)?.rowsFile
            return rowsFile === undefined || rowsFile === null ? [] : [rowsFile]
          })
          const saved = current()
          const updateTimes = appliedAt === undefined ? saved.updateTimes : { ...saved.updateTimes, [type]: appliedAt }
          yield* commit([
            ...ids.map((id) => files.change(id, undefined)),
            state.change(STATE, { ...saved, updateTimes })
          ])
          for (const name of gone) yield* Effect.ignore(bulk.remove(name))
        })
      )
  } satisfies StagingStore["Type"]
})
