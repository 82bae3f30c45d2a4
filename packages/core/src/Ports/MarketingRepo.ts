/**
 * Storage port for marketing records (营销记录, DOMAIN.md §7): written one at a time by relationship managers,
 * read per customer (newest first) and by period for conversion statistics and exports.
 */
import { Context, type Effect, type Option } from "effect"
import type { Paged, PageRequest } from "../Domain/Paging.js"
import type { Conflict, StorageError } from "../Errors.js"
import type { MarketingRecord } from "../Marketing/MarketingTypes.js"

export interface MarketingQuery {
  readonly companyCode: string
  /** Only this author's records (a relationship manager sees its own). */
  readonly authorId?: number | undefined
}

export class MarketingRepo extends Context.Tag("@wm/core/MarketingRepo")<
  MarketingRepo,
  {
    /** Fails with Conflict when the id is taken. */
    readonly insert: (record: MarketingRecord) => Effect.Effect<void, Conflict | StorageError>
    readonly find: (id: string) => Effect.Effect<Option.Option<MarketingRecord>, StorageError>
    /** Replaces the record of the same id (no-op when it is gone). */
    readonly update: (record: MarketingRecord) => Effect.Effect<void, StorageError>
    readonly delete: (id: string) => Effect.Effect<void, StorageError>
    /** A customer's records, newest `createTime` first (ties: higher id first), with the total. */
    readonly listByCompany: (
      query: MarketingQuery,
      page: PageRequest
    ) => Effect.Effect<Paged<MarketingRecord>, StorageError>
    /** Every record with from <= createTime <= to, oldest first (ties by id). */
    readonly between: (from: number, to: number) => Effect.Effect<ReadonlyArray<MarketingRecord>, StorageError>
  }
>() {}
