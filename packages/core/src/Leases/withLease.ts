/**
 * Running work under a lease (Ports/Leases.ts): take it, renew it while the work runs, free it when the work ends
 * (success, failure or interruption). For any work one instance only may do at a time: the data update
 * (UpdateService), claiming an export task (`withLease(\`export:${taskId}\`, …)`), and the like.
 */
import { Clock, Duration, Effect, Fiber, Option, Schedule } from "effect"
import type { StorageError } from "../Errors.js"
import { Leases } from "../Ports/Leases.js"

export interface LeaseOptions {
  /** How long the lease lasts without renewal: how soon a crashed holder's work may be taken over. */
  readonly ttlMs: number
}

/** A holder id unique per acquisition: a process-wide random prefix (no two instances share it) and a counter. */
const processId = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}${Math.random().toString(36).slice(2, 10)}`
let acquisitions = 0
const realClock = Clock.make()
const newHolder = Effect.sync(() => `${processId}-${++acquisitions}`)

/**
 * Runs `work` holding lease `name`; none, without running it, when another holder has the lease. The lease is
 * renewed every third of its length while the work runs and released after it.
 */
export const withLease =
  (name: string, { ttlMs }: LeaseOptions) =>
  <A, E, R>(work: Effect.Effect<A, E, R>): Effect.Effect<Option.Option<A>, E | StorageError, R | Leases> =>
    Effect.gen(function* () {
      const leases = yield* Leases
      const holder = yield* newHolder
      const acquired = yield* Effect.flatMap(Clock.currentTimeMillis, (now) => leases.acquire(name, holder, now, ttlMs))
      if (!acquired) return Option.none()
      const every = Duration.millis(Math.max(1, Math.floor(ttlMs / 3)))
      // Lease times come from the ambient Clock (as `acquire`'s); the renewal's pace from the real one, so a test
      // clock whose sleeps jump ahead does not spin the loop.
      const clock = yield* Effect.clock
      const renewal = Effect.flatMap(clock.currentTimeMillis, (now) => leases.renew(name, holder, now, ttlMs)).pipe(
        // A renewal that fails is tried again at the next tick; the lease only lapses if all of them fail.
        Effect.catchAll((error) => Effect.as(Effect.logWarning(`lease ${name}: renewal failed`, error), true)),
        Effect.tap((held) => (held ? Effect.void : Effect.logWarning(`lease ${name} was lost while its work ran`))),
        Effect.repeat(Schedule.spaced(every)),
        Effect.delay(every),
        Effect.withClock(realClock)
      )
      return yield* Effect.acquireUseRelease(
        // Forked from the uninterruptible acquire: made interruptible, or the release could never stop it.
        Effect.forkDaemon(Effect.interruptible(renewal)),
        () => Effect.asSome(work),
        (fiber) => Effect.zipRight(Fiber.interrupt(fiber), Effect.ignore(leases.release(name, holder)))
      )
    })
