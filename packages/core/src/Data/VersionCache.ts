/**
 * A read model kept per data version (the market index, the wealth and statistics indexes): built on first use,
 * concurrent first users wait for the same build, a failed build is forgotten so the next user tries again.
 *
 * Two versions are kept, not one: an update builds the next version's read models before its switch
 * (ReadModelWarmup) while readers still ask for the active version's, and neither may push the other out. A read
 * of a version drops the older ones (the switch to it happened), so after a switch one version is held again.
 */
import { Deferred, Effect, Exit, FiberId } from "effect"
import type { DatasetPointer } from "./DatasetPointer.js"

interface Entry<A, E> {
  readonly key: string
  readonly version: number
  readonly value: Deferred.Deferred<A, E>
}

const KEPT = 2

export const makeVersionCache = <A, E>() => {
  // Most recently used first.
  let entries: ReadonlyArray<Entry<A, E>> = []
  /** `pointer`'s read model; `build` runs only when it is not kept (or being built) already. */
  const get = <R>(pointer: DatasetPointer, build: Effect.Effect<A, E, R>): Effect.Effect<A, E, R> =>
    Effect.suspend(() => {
      // Synchronous check-and-claim: no other fiber can run between the two, so one build per version.
      const key = `${pointer.version}/${pointer.appliedAt}`
      const found = entries.find((e) => e.key === key)
      if (found !== undefined) {
        entries = [found, ...entries.filter((e) => e !== found && e.version > found.version)]
        return Deferred.await(found.value)
      }
      const claim: Entry<A, E> = { key, version: pointer.version, value: Deferred.unsafeMake<A, E>(FiberId.none) }
      entries = [claim, ...entries].slice(0, KEPT)
      const run = build.pipe(
        Effect.exit,
        Effect.tap((exit) =>
          Effect.sync(() => {
            if (Exit.isFailure(exit)) entries = entries.filter((e) => e !== claim)
          })
        ),
        Effect.flatMap((exit) => Deferred.done(claim.value, exit)),
        // Waiters depend on this build finishing even if the fiber that started it goes away.
        Effect.uninterruptible
      )
      return Effect.zipRight(run, Deferred.await(claim.value))
    })
  return { get }
}
