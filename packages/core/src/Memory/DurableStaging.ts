/**
 * The embedded store's StagingStore: a staged file's right rows as a column file (`staged-<id>.cols`, BulkFiles),
 * its report and names as a record ("staged"), the next file id and the per-type times as one record beside them.
 * The rows are written before the record, so a crash leaves no record without its rows; rows files no record
 * names are removed when the store opens.
 */
import { Effect } from "effect"
import type { StagedFile } from "../Pipeline/Staging.js"
import type { StagedState, StagingStore, StagingTimes } from "../Pipeline/StagingStore.js"
import { BulkFiles } from "../Records/BulkFiles.js"
import { commit, plainCodec, RecordTable } from "../Records/RecordTable.js"
import { decodeColumns, encodeColumns } from "./BulkEncoding.js"

type StagedRecord = Omit<StagedFile, "rows"> & { readonly rowsFile: string | null }
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

  const load = Effect.gen(function* () {
    const loaded: Array<StagedFile> = []
    for (const { rowsFile, ...file } of [...files.values()].sort((a, b) => Number(a.id) - Number(b.id))) {
      const rows = rowsFile === null ? undefined : decodeColumns(file.type, yield* bulk.read(rowsFile))
      loaded.push({ ...file, rows })
    }
    const saved = state.get(STATE)
    return {
      files: loaded,
      nextFileId: saved?.nextFileId ?? 1,
      uploadTimes: saved?.uploadTimes ?? {},
      updateTimes: saved?.updateTimes ?? {}
    } satisfies StagedState
  })

  return {
    load: () => load,
    add: (file, nextFileId, times) =>
      Effect.gen(function* () {
        const rowsFile = file.rows === undefined ? null : rowsFileOf(file.id)
        if (rowsFile !== null) yield* bulk.write(rowsFile, encodeColumns(file.rows!))
        const { rows: _rows, ...fields } = file
        yield* commit([files.change(file.id, { ...fields, rowsFile }), state.change(STATE, { nextFileId, ...times })])
      }),
    drop: (ids, times) =>
      Effect.gen(function* () {
        const gone = ids.flatMap((id) => {
          const rowsFile = files.get(id)?.rowsFile
          return rowsFile === undefined || rowsFile === null ? [] : [rowsFile]
        })
        const nextFileId = state.get(STATE)?.nextFileId ?? 1
        yield* commit([...ids.map((id) => files.change(id, undefined)), state.change(STATE, { nextFileId, ...times })])
        for (const name of gone) yield* Effect.ignore(bulk.remove(name))
      })
  } satisfies StagingStore["Type"]
})
