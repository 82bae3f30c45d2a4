/**
 * Storage port for focus lists (重点关注客户): each user's own list of customers, set and cleared idempotently.
 */
import { Context, type Effect } from "effect"
import type { StorageError } from "../Errors.js"
import type { FocusEntry } from "../Marketing/MarketingTypes.js"

export class FocusRepo extends Context.Tag("@wm/core/FocusRepo")<
  FocusRepo,
  {
    /** Adds the customer (keeping the first `createdAt` when already there). */
    readonly add: (entry: FocusEntry) => Effect.Effect<void, StorageError>
    /** Removes the customer; nothing happens when it is not on the list. */
    readonly remove: (userId: number, companyCode: string) => Effect.Effect<void, StorageError>
    /** The user's list, most recently added first (ties by code). */
    readonly list: (userId: number) => Effect.Effect<ReadonlyArray<FocusEntry>, StorageError>
  }
>() {}
