/**
 * Which version of the bank's uploaded data readers see. Applying an update writes a new version beside
 * the active one, then replaces this one small record: readers see the old data or the new, never a mix,
 * and a crash before the switch leaves the old version fully readable (DOMAIN.md §2).
 */
import type { UploadType } from "../Upload/UploadType.js"

export interface DatasetPointer {
  /** The active version; read models (portraits) of this version are the ones served. */
  readonly version: number
  readonly appliedAt: number
  /** For each snapshot type, the version whose rows are current (absent: never uploaded). */
  readonly snapshots: Partial<Record<UploadType, number>>
  /** The analysis date D the portraits were computed for (YYYY-MM-DD), null without transactions. */
  readonly analysisDate: string | null
}

/**
 * Event rows (trade_flow, financial_trade) are visible when added at or before the active version. Rows of
 * a version that never became active are removed before any later version is written, so "at or before"
 * never includes an abandoned version.
 */
export const eventVisible = (pointer: DatasetPointer, addedIn: number): boolean => addedIn <= pointer.version

export const emptyPointer: DatasetPointer = { version: 0, appliedAt: 0, snapshots: {}, analysisDate: null }
