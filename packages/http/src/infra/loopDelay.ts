/**
 * How long the request thread was held, for a benchmark that started the server as its child with an IPC
 * channel (bench/update-offload.bench.ts): event-loop delay (perf_hooks.monitorEventLoopDelay) and the longest
 * stalls with the time they ended, answered on request. Wall-clock latency seen by a client depends on the
 * machine's load; the loop's own delay is what this thread did, so it shows stalls even on a busy machine.
 * Started with no IPC channel (every normal start) it does nothing.
 */
import { monitorEventLoopDelay } from "node:perf_hooks"

/** Stalls of at least this many ms are listed one by one. */
const STALL_MS = 30
const TICK_MS = 10
const MAX_STALLS = 500

export interface LoopDelayReport {
  readonly kind: "loop-delay"
  /** Milliseconds, from the histogram since the last reset. */
  readonly p50: number
  readonly p99: number
  readonly max: number
  /** [end time (ms since the epoch), length ms] of each stall since the last reset, at most MAX_STALLS. */
  readonly stalls: ReadonlyArray<readonly [number, number]>
}

export const reportLoopDelayOverIpc = (): void => {
  const send = process.send?.bind(process)
  if (send === undefined) return
  const histogram = monitorEventLoopDelay({ resolution: TICK_MS })
  histogram.enable()
  let stalls: Array<readonly [number, number]> = []
  let last = performance.now()
  // The histogram has no times; a coarse timer says when each long stall happened.
  const timer = setInterval(() => {
    const now = performance.now()
    const late = now - last - TICK_MS
    last = now
    if (late >= STALL_MS && stalls.length < MAX_STALLS) stalls.push([Date.now(), Math.round(late)])
  }, TICK_MS)
  timer.unref()
  process.on("message", (message: { kind?: string; reset?: boolean }) => {
    if (message?.kind !== "loop-delay") return
    const ms = (ns: number) => Math.round(ns / 1e4) / 100
    const report: LoopDelayReport = {
      kind: "loop-delay",
      p50: ms(histogram.percentile(50)),
      p99: ms(histogram.percentile(99)),
      max: ms(histogram.max),
      stalls
    }
    send(report)
    if (message.reset === true) {
      histogram.reset()
      stalls = []
    }
  })
  // The channel must not keep the process alive after SIGTERM.
  process.channel?.unref()
}
