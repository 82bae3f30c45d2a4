/**
 * The sign-in throttle's state (Accounts/SignInThrottle.ts), shared by every app instance on the store and kept
 * across restarts: a guesser refused by one instance is refused by all. Small counters by key (an account and
 * address pair, an account, an address, an account's usual address), each forgotten once its window passed.
 */
import { Context, type Effect } from "effect"
import type { StorageError } from "../Errors.js"

export interface ThrottleEntry {
  /** Events counted in the current window. */
  readonly count: number
  /** When the last one happened (epoch ms). */
  readonly lastAt: number
  /** Guesses are refused until then; 0 when not blocked. */
  readonly blockedUntil: number
}

export class ThrottleStore extends Context.Tag("@wm/core/ThrottleStore")<
  ThrottleStore,
  {
    /** The entries under `keys`, in their order; undefined where there is none or it expired by `now`. */
    readonly read: (
      keys: ReadonlyArray<string>,
      now: number
    ) => Effect.Effect<ReadonlyArray<ThrottleEntry | undefined>, StorageError>
    /**
     * Counts one event under `key` at `now`, atomically among instances (no event is lost to a concurrent one):
     * a count whose last event is `windowMs` or more before `now` starts again at 1, its block cleared. The
     * entry is kept until `windowMs` after its last event or the end of its block. Answers the entry after.
     */
    readonly hit: (key: string, now: number, windowMs: number) => Effect.Effect<ThrottleEntry, StorageError>
    /** Blocks `key` until `until`; a longer block already there stays. */
    readonly block: (key: string, until: number) => Effect.Effect<void, StorageError>
    readonly clear: (key: string) => Effect.Effect<void, StorageError>
  }
>() {}
