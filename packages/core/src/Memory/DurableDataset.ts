/**
 * The embedded DatasetRepo made durable: versions stay in memory for speed (the recompute reads columns, a
 * portrait read is a Map lookup), and `activate` first writes the new version's bulk data as files (BulkFiles:
 * its event parts, the snapshot rows it introduced, its portraits), then records in ONE backing write the pointer
 * and every file the active state owns. A crash before that write leaves the previous record and its files;
 * files no record names are crash leftovers, removed when the store opens and after each switch.
 */
import { Effect, Option } from "effect"
import type { DatasetPointer } from "../Data/DatasetPointer.js"
import type { StoredPortrait } from "../Data/StoredPortrait.js"
import { BulkFiles } from "../Records/BulkFiles.js"
import { plainCodec, RecordTable } from "../Records/RecordTable.js"
import { yieldToEventLoop } from "../Records/yieldToEventLoop.js"
import { uploadSpecOf } from "../Upload/Specs.js"
import type { UploadType } from "../Upload/UploadType.js"
import { decodeColumns, decodeLines, encodeColumns, encodeLines } from "./BulkEncoding.js"
import { type DatasetPersistence, DatasetState, makeMemoryDatasetRepo } from "./MemoryDatasetRepo.js"

/** One file of the active state: which version wrote it and what it holds. */
interface OwnedFile {
  readonly name: string
  readonly version: number
  readonly kind: "events" | "snapshot" | "portraits"
  readonly type: UploadType | null
}

interface ActiveRecord {
  readonly pointer: DatasetPointer
  readonly files: ReadonlyArray<OwnedFile>
}

const ACTIVE = "active"

/** The files the state needs for `pointer`: event parts ≤ version, its snapshot versions, its portraits. */
const filesOf = (pointer: DatasetPointer, state: DatasetState): Array<OwnedFile> => {
  const files: Array<OwnedFile> = []
  for (const [type, rows] of state.events)
    for (const [version, parts] of rows.byVersion)
      if (version <= pointer.version)
        parts.forEach((part, i) => {
          if (part.length > 0) files.push({ name: `v${version}.${type}.${i}.cols`, version, kind: "events", type })
        })
  for (const [type, version] of Object.entries(pointer.snapshots) as Array<[UploadType, number]>)
    if (uploadSpecOf(type).kind !== "event")
      files.push({ name: `v${version}.${type}.jsonl`, version, kind: "snapshot", type })
  files.push({ name: `v${pointer.version}.portraits.jsonl`, version: pointer.version, kind: "portraits", type: null })
  return files
}

/** Lines per slice: a few milliseconds of JSON encoding. */
const SLICE = 2_000

const encodeInSlices = (values: ReadonlyArray<unknown>) =>
  Effect.gen(function* () {
    const parts: Array<Uint8Array> = []
    for (let from = 0; from < values.length; from += SLICE) {
      if (from > 0) yield* yieldToEventLoop
      parts.push(...encodeLines(values.slice(from, from + SLICE)))
    }
    return parts
  })

export const makeDurableDatasetRepo = Effect.gen(function* () {
  const bulk = yield* BulkFiles
  const table = yield* RecordTable.load("dataset", plainCodec<ActiveRecord>())
  const state = new DatasetState()
  const record = table.get(ACTIVE)

  if (record !== undefined) {
    for (const file of record.files) {
      const bytes = yield* bulk.read(file.name)
      if (file.kind === "portraits") {
        state.portraits.set(file.version, new Map(decodeLines<StoredPortrait>(bytes).map((p) => [p.code, p])))
      } else if (file.kind === "snapshot") {
        state.versionsOf(file.type!).set(file.version, decodeLines(bytes))
      } else {
        state.eventsOf(file.type!).adopt(file.version, decodeColumns(file.type!, bytes))
      }
    }
    state.active = record.pointer
    state.highest = record.pointer.version
  }

  /** Removes every file the record does not name. */
  const sweep = (owned: ReadonlyArray<OwnedFile>) =>
    Effect.gen(function* () {
      const keep = new Set(owned.map((f) => f.name))
      // Only a data version's files (v<version>.…): staged uploads share the directory (DurableStaging).
      for (const name of yield* bulk.list()) if (/^v\d+\./.test(name) && !keep.has(name)) yield* bulk.remove(name)
    })
  yield* sweep(record?.files ?? [])

  const persistence: DatasetPersistence = {
    activate: (pointer, current) =>
      Effect.gen(function* () {
        const already = new Set((table.get(ACTIVE)?.files ?? []).map((f) => f.name))
        const files = filesOf(pointer, current)
        for (const file of files) {
          if (already.has(file.name)) continue
          // Encoded in slices with the event loop let run between them: requests keep being answered.
          if (file.kind === "portraits") {
            yield* bulk.write(
              file.name,
              yield* encodeInSlices([...(current.portraits.get(file.version)?.values() ?? [])])
            )
          } else if (file.kind === "snapshot") {
            yield* bulk.write(file.name, yield* encodeInSlices(current.versionsOf(file.type!).get(file.version) ?? []))
          } else {
            const index = Number(file.name.split(".")[2])
            const part = current.eventsOf(file.type!).byVersion.get(file.version)![index]!
            yield* bulk.write(file.name, encodeColumns(part))
          }
        }
        yield* table.put(ACTIVE, { pointer, files })
      }),
    collectGarbage: () => Effect.suspend(() => sweep(table.get(ACTIVE)?.files ?? []))
  }
  return makeMemoryDatasetRepo(state, persistence)
})

/** The active pointer as recorded, for a process that only needs to know whether data exists. */
export const recordedPointer = Effect.map(RecordTable.load("dataset", plainCodec<ActiveRecord>()), (t) =>
  Option.fromNullable(t.get(ACTIVE)?.pointer)
)
