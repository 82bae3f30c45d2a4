/**
 * A clock tests move by hand, so session expiry and lockouts can be crossed without waiting.
 */
import { Clock, Duration, Effect, Layer } from "effect"

export const makeManualClock = (start = Date.UTC(2026, 10, 23, 2, 0, 0)) => {
  let now = start
  const clock: Clock.Clock = {
    [Clock.ClockTypeId]: Clock.ClockTypeId,
    unsafeCurrentTimeMillis: () => now,
    unsafeCurrentTimeNanos: () => BigInt(now) * 1_000_000n,
    currentTimeMillis: Effect.sync(() => now),
    currentTimeNanos: Effect.sync(() => BigInt(now) * 1_000_000n),
    sleep: (d) =>
      Effect.sync(() => {
        now += Duration.toMillis(d)
      })
  }
  return {
    layer: Layer.setClock(clock),
    advance: (ms: number) => {
      now += ms
    },
    now: () => now
  }
}
