/**
 * A pause that lets the host's event loop run (timers, sockets) before the fiber goes on. Effect.yieldNow only
 * lets other fibers run, in the same macrotask, so a long loop of them still keeps every request waiting; long
 * main-thread work (encoding a version's files, building an index) calls this between slices of a few
 * milliseconds instead.
 * A real host callback, not the Clock service: a test clock must not hold the work back. `setImmediate` where the
 * host has it (Node: it runs after the loop has handled pending I/O, without `setTimeout`'s minimum of 1 ms, which
 * cost sliced work about a fifth of its time on an idle server), else `setTimeout(0)`.
 */
import { Effect } from "effect"

interface Host {
  readonly setImmediate?: (callback: () => void) => unknown
  readonly clearImmediate?: (handle: unknown) => void
  readonly setTimeout: (callback: () => void, ms: number) => unknown
  readonly clearTimeout: (handle: unknown) => void
}

const host = globalThis as unknown as Host

const schedule: (callback: () => void) => () => void =
  host.setImmediate !== undefined && host.clearImmediate !== undefined
    ? (callback) => {
        const handle = host.setImmediate!(callback)
        return () => host.clearImmediate!(handle)
      }
    : (callback) => {
        const handle = host.setTimeout(callback, 0)
        return () => host.clearTimeout(handle)
      }

export const yieldToEventLoop: Effect.Effect<void> = Effect.async<void>((resume) => {
  const cancel = schedule(() => resume(Effect.void))
  return Effect.sync(cancel)
})
