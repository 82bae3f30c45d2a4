/**
 * A pause that lets the host's event loop run (timers, sockets) before the fiber goes on. Effect.yieldNow only
 * lets other fibers run, in the same macrotask, so a long loop of them still keeps every request waiting; long
 * main-thread work (encoding a version's files) calls this between slices of a few milliseconds instead.
 * A real timer, not the Clock service: a test clock must not hold the work back.
 */
import { Effect } from "effect"

declare function setTimeout(callback: () => void, ms: number): unknown
declare function clearTimeout(handle: unknown): void

export const yieldToEventLoop: Effect.Effect<void> = Effect.async<void>((resume) => {
  const handle = setTimeout(() => resume(Effect.void), 0)
  return Effect.sync(() => clearTimeout(handle))
})
