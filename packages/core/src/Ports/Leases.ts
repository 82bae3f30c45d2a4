/**
 * Leases (租约): at most one holder of a named piece of work at a time among every app instance on one store — the
 * data update, an export task. A lease lasts until `expiresAt` unless its holder renews it, so the lease of an
 * instance that crashed frees itself. Times are the caller's clock (epoch ms); instances keep their clocks in
 * step (NTP), and the lease's length is far above any skew between them.
 */
import { Context, type Effect, type Option } from "effect"
import type { StorageError } from "../Errors.js"

export interface Lease {
  readonly name: string
  /** Who holds it: unique per acquisition (see withLease), never reused. */
  readonly holder: string
  readonly expiresAt: number
}

export class Leases extends Context.Tag("@wm/core/Leases")<
  Leases,
  {
    /**
     * Takes `name` for `holder` until `now + ttlMs` when it is free, expired, or already `holder`'s; answers
     * whether it did. Of several instances trying at once, exactly one succeeds.
     */
    readonly acquire: (name: string, holder: string, now: number, ttlMs: number) => Effect.Effect<boolean, StorageError>
    /** Extends the lease to `now + ttlMs` if `holder` still holds it; false when it was lost (expired and taken). */
    readonly renew: (name: string, holder: string, now: number, ttlMs: number) => Effect.Effect<boolean, StorageError>
    /** Frees the lease if `holder` holds it (a lease already taken by another is left alone). */
    readonly release: (name: string, holder: string) => Effect.Effect<void, StorageError>
    /** The lease as stored, expired or not; none when free. */
    readonly find: (name: string) => Effect.Effect<Option.Option<Lease>, StorageError>
  }
>() {}
