/**
 * Files uploaded but not yet applied (上传数据 batches), one batch per upload type. A right file keeps its
 * validated rows, column by column (RowColumns: ~40 bytes a transaction), until it is applied; a wrong one
 * keeps only its report, so the bank sees why.
 * Staged files live in the store (StagingStore.ts), shared by every instance and kept across restarts.
 */
import type { ValidationReport } from "../Upload/Report.js"
import type { UploadType } from "../Upload/UploadType.js"
import type { RowColumns } from "./RowColumns.js"

export interface StagedFile {
  readonly id: string
  readonly type: UploadType
  readonly fileName: string
  readonly uploadedAt: number
  readonly uploadedBy: string
  readonly report: ValidationReport
  /** Present when the file is right (report.ok). */
  readonly rows: RowColumns | undefined
}

/** 0 idle (the last run succeeded, or none ran), 1 an update or recompute is running, 2 the last one failed. */
export type UpdateState = 0 | 1 | 2

export interface UpdateStatus {
  readonly status: UpdateState
  readonly operation: "apply" | "recompute" | null
  readonly type: UploadType | null
  readonly startedAt: number | null
  readonly finishedAt: number | null
  /** What the last run did, or why it failed. */
  readonly message: string
  /** The active data version and its analysis date. */
  readonly version: number
  readonly analysisDate: string | null
}
