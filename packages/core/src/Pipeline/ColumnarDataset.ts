/**
 * An optional capability of a DatasetRepo implementation, outside the port: taking and giving event rows as
 * RowColumns. The embedded store has it, so an apply hands it the staged columns as they are and the recompute
 * reads typed arrays, never ten million row objects; a store without it (MongoDB) is used through the port.
 */
import type { DatasetPointer } from "../Data/DatasetPointer.js"
import type { DatasetRepo } from "../Data/DatasetRepo.js"
import type { UploadType } from "../Upload/UploadType.js"
import type { RowColumns } from "./RowColumns.js"

export const ColumnarKey: unique symbol = Symbol.for("@wm/core/ColumnarDataset")

export interface ColumnarDataset {
  /**
   * Adds the rows to a version being written of an event type, as `writeRows` would, after the rows already
   * written to it. The store keeps the columns as given and never changes them, so the caller must not either.
   */
  readonly appendColumns: (version: number, type: UploadType, rows: RowColumns) => void
  /** The rows of an event type `pointer` sees, as `readRows` gives them: parts in order. */
  readonly columnsOf: (pointer: DatasetPointer, type: UploadType) => ReadonlyArray<RowColumns>
}

export interface WithColumnar {
  readonly [ColumnarKey]?: ColumnarDataset
}

export const columnarOf = (repo: DatasetRepo["Type"]): ColumnarDataset | undefined =>
  (repo as DatasetRepo["Type"] & WithColumnar)[ColumnarKey]
