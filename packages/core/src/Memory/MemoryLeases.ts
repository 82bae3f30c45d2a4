/**
 * The embedded store's Leases over a RecordBacking (one record per lease): the reference behaviour. One process
 * holds the embedded store, so a lease here guards against work started twice in it; on the durable backing a
 * lease left by a crash expires like any other.
 */
import { Effect, Option } from "effect"
import type { Lease, Leases } from "../Ports/Leases.js"
import { plainCodec, RecordTable } from "../Records/RecordTable.js"

interface LeaseRecord {
  readonly holder: string
  readonly expiresAt: number
}

export const makeMemoryLeases = Effect.gen(function* () {
  const leases = yield* RecordTable.load("leases", plainCodec<LeaseRecord>())
  // Read-then-write must not interleave between fibers.
  const lock = yield* Effect.makeSemaphore(1)
  const take = (name: string, holder: string, now: number, ttlMs: number, mayTake: (found?: LeaseRecord) => boolean) =>
    lock.withPermits(1)(
      Effect.suspend(() =>
        mayTake(leases.get(name))
          ? Effect.as(leases.put(name, { holder, expiresAt: now + ttlMs }), true)
          : Effect.succeed(false)
      )
    )
  return {
    acquire: (name, holder, now, ttlMs) =>
      take(
        name,
        holder,
        now,
        ttlMs,
        (found) => found === undefined || found.expiresAt <= now || found.holder === holder
      ),
    renew: (name, holder, now, ttlMs) => take(name, holder, now, ttlMs, (found) => found?.holder === holder),
    release: (name, holder) =>
      lock.withPermits(1)(
        Effect.suspend(() => (leases.get(name)?.holder === holder ? leases.remove(name) : Effect.void))
      ),
    find: (name) =>
      Effect.sync(() =>
        Option.map(
          Option.fromNullable(leases.get(name)),
          (found): Lease => ({ name, holder: found.holder, expiresAt: found.expiresAt })
        )
      )
  } satisfies Leases["Type"]
})
