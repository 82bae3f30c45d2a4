/**
 * The messages between the server's thread and a compute worker (computeWorker.ts): one job per worker, its
 * columns as transferable buffers (ColumnTransfer), its answer in one or more replies.
 */
import type {
  PackedRows,
  RecomputeInput,
  References,
  StoredPortrait,
  UploadRow,
  UploadType,
  ValidationReport
} from "@wm/core"
import type { UploadFormat } from "../upload/Sheet.js"
import type { SpooledSource } from "../upload/spool.js"

export type Job =
  | {
      readonly kind: "validate"
      readonly type: UploadType
      /** The file's bytes (moved over), or where in a spool file the worker reads them itself. */
      readonly file: ArrayBuffer | SpooledSource
      readonly fileName: string
      readonly references: References
      readonly maxBytes?: number | undefined
    }
  | {
      readonly kind: "fresh"
      readonly type: UploadType
      readonly stored: ReadonlyArray<PackedRows>
      readonly files: ReadonlyArray<PackedRows>
    }
  | {
      readonly kind: "recompute"
      readonly input: RecomputeInput
      readonly tradeFlow: ReadonlyArray<PackedRows>
      readonly financialTrade: ReadonlyArray<PackedRows>
      readonly product: ReadonlyArray<UploadRow<"product">>
      readonly holding: ReadonlyArray<UploadRow<"holding">>
    }

export interface ValidatedFile {
  readonly report: ValidationReport & { readonly format: UploadFormat | null; readonly fileName: string }
  readonly rows: PackedRows | undefined
}

export type Reply =
  | { readonly kind: "portraits"; readonly batch: ReadonlyArray<StoredPortrait> }
  | { readonly kind: "done"; readonly result: unknown }
  | { readonly kind: "failed"; readonly reason: string }
