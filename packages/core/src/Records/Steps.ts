/**
 * Long main-thread work (index builds, column copies) written once as generators that pause (`yield`) between small pieces of work, and driven
 * either at once (`runSteps`: benches, tests, scoring at a single call) or in time slices (`runStepsSliced`: the
 * server builds the index on its request thread, and every few milliseconds lets the event loop answer the other
 * requests). The driver never changes what the work computes, only when it runs, so both give the same numbers.
 */
import { Effect } from "effect"
import { yieldToEventLoop } from "./yieldToEventLoop.js"

/** Work that pauses between pieces (each a fraction of a millisecond) and returns A. */
export type Steps<A> = Generator<void, A, undefined>

/**
 * Units (purchases, customers, choice sets) a loop handles between two pauses: small, because a build runs once
 * per data version and its first pieces run before the compiler has optimised them (many times slower); a pause
 * costs a generator resume, far less than a piece.
 */
export const PIECE = 64

/** Time on the request thread before the event loop gets a turn. */
export const SLICE_MS = 5

/** Runs the work to its end on the calling thread. */
export const runSteps = <A>(work: Steps<A>): A => {
  for (;;) {
    const step = work.next()
    if (step.done === true) return step.value
  }
}

/** Runs the work in slices of about SLICE_MS, letting the event loop run between them. */
export const runStepsSliced = <A>(work: Steps<A>): Effect.Effect<A> =>
  Effect.gen(function* () {
    let sliceStart = Date.now()
    for (;;) {
      const step = work.next()
      if (step.done === true) return step.value
      if (Date.now() - sliceStart >= SLICE_MS) {
        yield* yieldToEventLoop
        sliceStart = Date.now()
      }
    }
  })
