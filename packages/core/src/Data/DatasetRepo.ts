/**
 * Storage port for the bank's uploaded data and the read model computed from it, by version.
 * Writers fill a reserved version; one `activate` makes it current. Rows are the typed upload rows.
 */
import { Context, type Effect, type Option, type Stream } from "effect"
import type { Paged, PageRequest } from "../Domain/Paging.js"
import type { StorageError } from "../Errors.js"
import type { UploadRow } from "../Upload/Specs.js"
import type { UploadType } from "../Upload/UploadType.js"
import type { DatasetPointer } from "./DatasetPointer.js"
import type { PortraitFilter, StoredPortrait } from "./StoredPortrait.js"

/** Event types listed per customer by trade time: account transactions and wealth-product trades. */
export type TradeType = "trade_flow" | "financial_trade"

/**
 * Narrows a customer's trade list. `from` and `to` bound `tradeTime` inclusively and compare as text, so either
 * may be a date (`YYYY-MM-DD`) or a time (`YYYY-MM-DD HH:mm:ss`); a `to` date includes that whole day.
 * `direction` applies to trade_flow only (financial_trade rows have none and are not filtered by it).
 */
export interface TradeFilter {
  readonly from?: string | undefined
  readonly to?: string | undefined
  readonly direction?: "借" | "贷" | undefined
}

/** The inclusive upper bound on `tradeTime` text that `to` means. */
export const tradeTimeUpTo = (to: string): string => (to.length === 10 ? `${to} 23:59:59` : to)

export class DatasetRepo extends Context.Tag("@wm/core/DatasetRepo")<
  DatasetRepo,
  {
    /** The active version, none before the first update. */
    readonly pointer: () => Effect.Effect<Option.Option<DatasetPointer>, StorageError>
    /** A version number above every version written so far, active or not; switches to lower ones are refused. */
    readonly reserveVersion: () => Effect.Effect<number, StorageError>
    /**
     * Removes everything written for versions above `version` (abandoned updates), and with `upTo` only up to it:
     * an update removes the version it reserved and abandoned ones below, never what a later holder of the update
     * lease (which reserved a higher version) is writing.
     */
    readonly discardAbove: (version: number, upTo?: number) => Effect.Effect<void, StorageError>
    /** Adds rows of `type` to a version being written (call repeatedly with batches, in file order). */
    readonly writeRows: <T extends UploadType>(
      version: number,
      type: T,
      rows: ReadonlyArray<UploadRow<T>>
    ) => Effect.Effect<void, StorageError>
    /**
     * The rows of `type` a pointer sees, in the order written: for snapshot types those of
     * `pointer.snapshots[type]`, for event types those added at or before `pointer.version`.
     */
    readonly readRows: <T extends UploadType>(
      pointer: DatasetPointer,
      type: T
    ) => Stream.Stream<UploadRow<T>, StorageError>
    /**
     * One customer's rows of an event type as `pointer` sees them, newest first: by `tradeTime` descending, rows
     * of the same time later-written first (higher version, then later in its version). A page of them, with the
     * total of all that match. Served by an index: never a scan of the type's rows.
     */
    readonly tradesOf: <T extends TradeType>(
      pointer: DatasetPointer,
      type: T,
      companyCode: string,
      page: PageRequest,
      filter?: TradeFilter
    ) => Effect.Effect<Paged<UploadRow<T>>, StorageError>
    /** One customer's holding rows of `pointer.snapshots.holding`, in the order written. */
    readonly holdingsOf: (
      pointer: DatasetPointer,
      companyCode: string
    ) => Effect.Effect<ReadonlyArray<UploadRow<"holding">>, StorageError>
    readonly writePortraits: (
      version: number,
      portraits: ReadonlyArray<StoredPortrait>
    ) => Effect.Effect<void, StorageError>
    /**
     * The switch: from now on readers see `pointer`. Refused (false, nothing changed) when a version above
     * `pointer.version` was reserved meanwhile: a later update (another instance that took the update lease over
     * from a paused one) fences the earlier one off, atomically with the switch.
     */
    readonly activate: (pointer: DatasetPointer) => Effect.Effect<boolean, StorageError>
    /** Removes rows and read models the active pointer no longer references. */
    readonly collectGarbage: (active: DatasetPointer) => Effect.Effect<void, StorageError>
    readonly portrait: (version: number, code: string) => Effect.Effect<Option.Option<StoredPortrait>, StorageError>
    /** Portraits ordered by code. */
    readonly searchPortraits: (
      version: number,
      filter: PortraitFilter,
      page: PageRequest
    ) => Effect.Effect<Paged<StoredPortrait>, StorageError>
  }
>() {}
