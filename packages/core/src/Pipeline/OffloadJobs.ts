/**
 * The pure jobs of ComputeOffload, as a worker thread runs them on what it was sent: columns and rows in,
 * plain results out, no store. The in-process path runs the very same functions (or, for the recompute, the
 * same `recomputePortraits` over the live store), so where a job runs never changes an answer.
 */
import { Effect, Stream } from "effect"
import type { DatasetPointer } from "../Data/DatasetPointer.js"
import { DatasetRepo } from "../Data/DatasetRepo.js"
import { DatasetState, makeMemoryDatasetRepo } from "../Memory/MemoryDatasetRepo.js"
import type { UploadRow } from "../Upload/Specs.js"
import type { UploadType } from "../Upload/UploadType.js"
import { columnarOf } from "./ColumnarDataset.js"
import { KeySet } from "./KeySet.js"
import { type RecomputeInput, recomputePortraits } from "./Recompute.js"
import type { RowColumns } from "./RowColumns.js"

export interface FreshRows {
  /** How many rows are new. */
  readonly count: number
  /** 1 at each new row. */
  readonly fresh: Uint8Array
}

/** The de-duplication of an event apply (DOMAIN.md §2): the stored keys first, then each file in order. */
export const freshRowsOf = (
  type: UploadType,
  stored: ReadonlyArray<RowColumns>,
  files: ReadonlyArray<RowColumns>
): Array<FreshRows> => {
  const expected = [...stored, ...files].reduce((n, rows) => n + rows.length, 0)
  const seen = new KeySet(type, expected)
  for (const part of stored) seen.addAll(part)
  return files.map((file) => {
    const fresh = new Uint8Array(file.length)
    return { count: seen.addAll(file, fresh), fresh }
  })
}

/** What the recompute reads, taken out of a columnar store: event parts as columns, snapshot rows as given. */
export interface RecomputeMaterials {
  readonly tradeFlow: ReadonlyArray<RowColumns>
  readonly financialTrade: ReadonlyArray<RowColumns>
  readonly product: ReadonlyArray<UploadRow<"product">>
  readonly holding: ReadonlyArray<UploadRow<"holding">>
}

/** The materials of `pointer`; none when the store is not columnar (then the recompute stays in process). */
export const gatherMaterials = (pointer: DatasetPointer) =>
  Effect.gen(function* () {
    const data = yield* DatasetRepo
    const columnar = columnarOf(data)
    if (columnar === undefined) return undefined
    const rowsOf = <T extends "product" | "holding">(type: T) =>
      Effect.map(Stream.runCollect(data.readRows(pointer, type)), (rows) => [...rows])
    return {
      tradeFlow: columnar.columnsOf(pointer, "trade_flow"),
      financialTrade: columnar.columnsOf(pointer, "financial_trade"),
      product: yield* rowsOf("product"),
      holding: yield* rowsOf("holding")
    } satisfies RecomputeMaterials
  })

/** The recompute over materials, through a store holding only them: the same code as over the live store. */
export const recomputeOver = (input: RecomputeInput, materials: RecomputeMaterials) => {
  const state = new DatasetState()
  for (const part of materials.tradeFlow) state.eventsOf("trade_flow").adopt(1, part)
  for (const part of materials.financialTrade) state.eventsOf("financial_trade").adopt(1, part)
  state.versionsOf("product").set(1, [...materials.product])
  state.versionsOf("holding").set(1, [...materials.holding])
  const pointer: DatasetPointer = {
    ...input.pointer,
    version: 1,
    snapshots: { ...input.pointer.snapshots, product: 1, holding: 1 }
  }
  return recomputePortraits({ ...input, pointer }).pipe(
    Effect.provideService(DatasetRepo, makeMemoryDatasetRepo(state))
  )
}
