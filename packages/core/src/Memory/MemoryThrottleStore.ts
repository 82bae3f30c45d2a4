/**
 * The embedded store's ThrottleStore over a RecordBacking (one record per key), so the throttle survives a
 * restart: the reference behaviour. Expired entries are swept as new ones are counted.
 */
import { Effect } from "effect"
import type { ThrottleEntry, ThrottleStore } from "../Ports/ThrottleStore.js"
import { plainCodec, RecordTable } from "../Records/RecordTable.js"

interface ThrottleRecord extends ThrottleEntry {
  readonly expiresAt: number
}

const SWEEP_EVERY = 1_000

export const makeMemoryThrottleStore = Effect.gen(function* () {
  const table = yield* RecordTable.load("signInThrottle", plainCodec<ThrottleRecord>())
  // Read-then-write must not interleave between fibers.
  const lock = yield* Effect.makeSemaphore(1)
  let hits = 0
  const live = (key: string, now: number) => {
    const found = table.get(key)
    return found !== undefined && found.expiresAt > now ? found : undefined
  }
  const entryOf = ({ count, lastAt, blockedUntil }: ThrottleRecord): ThrottleEntry => ({ count, lastAt, blockedUntil })
  const sweep = (now: number) =>
    table.putAll([...table.entries()].flatMap(([key, r]) => (r.expiresAt <= now ? [[key, undefined] as const] : [])))

  return {
    read: (keys, now) =>
      Effect.sync(() =>
        keys.map((key) => {
          const found = live(key, now)
          return found === undefined ? undefined : entryOf(found)
        })
      ),
    hit: (key, now, windowMs) =>
      lock.withPermits(1)(
        Effect.gen(function* () {
          if (++hits % SWEEP_EVERY === 0) yield* sweep(now)
          const found = live(key, now)
          const fresh = found === undefined || now - found.lastAt >= windowMs
          const blockedUntil = fresh ? 0 : found.blockedUntil
          const next: ThrottleRecord = {
            count: fresh ? 1 : found.count + 1,
            lastAt: Math.max(now, found?.lastAt ?? 0),
            blockedUntil,
            expiresAt: Math.max(now + windowMs, blockedUntil, found?.expiresAt ?? 0)
          }
          yield* table.put(key, next)
          return entryOf(next)
        })
      ),
    block: (key, until) =>
      lock.withPermits(1)(
        Effect.suspend(() => {
          const found = table.get(key) ?? { count: 0, lastAt: 0, blockedUntil: 0, expiresAt: 0 }
          if (found.blockedUntil >= until) return Effect.void
          return table.put(key, { ...found, blockedUntil: until, expiresAt: Math.max(found.expiresAt, until) })
        })
      ),
    clear: (key) => lock.withPermits(1)(Effect.suspend(() => (table.has(key) ? table.remove(key) : Effect.void)))
  } satisfies ThrottleStore["Type"]
})
