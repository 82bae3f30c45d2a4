/**
 * Runs jobs on worker threads and settles with their answers. A thread, once started (seconds on a loaded
 * machine: it loads the domain code), is kept idle for the next job; a job that finds it busy gets a thread of
 * its own. Whatever way a job fails — the worker reports a failure, throws, dies of an out-of-memory error or
 * exits early — the promise rejects with the reason and that thread is ended, so the next job starts clean;
 * an aborted job ends its thread too.
 */
import { Worker } from "node:worker_threads"
import type { Job, Reply } from "./protocol.js"

export interface WorkerSpec {
  readonly entry: URL
  readonly maxHeapMb?: number | undefined
}

/**
 * A TypeScript entry (the server runs under tsx) starts through a small script that registers tsx's loader in
 * the thread first: a loader given to the process does not reach its worker threads on Node 20.
 */
const startScript = (entry: URL) =>
  `import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))})` +
  `.then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}) })`

const start = ({ entry, maxHeapMb }: WorkerSpec) => {
  const typescript = entry.pathname.endsWith(".ts")
  return new Worker(typescript ? startScript(entry) : entry, {
    eval: typescript,
    ...(maxHeapMb === undefined ? {} : { resourceLimits: { maxOldGenerationSizeMb: maxHeapMb } })
  })
}

export type RunInWorker = <A>(
  job: Job,
  transfer: ReadonlyArray<ArrayBuffer>,
  signal: AbortSignal,
  onPortraits?: (batch: Extract<Reply, { kind: "portraits" }>["batch"]) => void
) => Promise<A>

export const workerPool = (spec: WorkerSpec): RunInWorker => {
  let idle: Worker | undefined
  return <A>(
    job: Job,
    transfer: ReadonlyArray<ArrayBuffer>,
    signal: AbortSignal,
    onPortraits?: (batch: Extract<Reply, { kind: "portraits" }>["batch"]) => void
  ) =>
    new Promise<A>((resolve, reject) => {
      const worker = idle ?? start(spec)
      idle = undefined
      worker.ref()
      let settled = false
      const settle = (ok: boolean, end: () => void) => {
        if (settled) return
        settled = true
        signal.removeEventListener("abort", aborted)
        worker.off("message", onMessage).off("error", onError).off("exit", onExit)
        if (ok && idle === undefined) {
          // Kept for the next job, without holding the process open.
          idle = worker
          worker.unref()
        } else void worker.terminate()
        end()
      }
      const aborted = () => settle(false, () => reject(new Error("the job was interrupted")))
      const onMessage = (reply: Reply) => {
        if (reply.kind === "portraits") onPortraits?.(reply.batch)
        else if (reply.kind === "done") settle(true, () => resolve(reply.result as A))
        else settle(false, () => reject(new Error(reply.reason)))
      }
      const onError = (error: Error) => settle(false, () => reject(error))
      const onExit = (code: number) =>
        settle(false, () => reject(new Error(`the compute worker stopped (exit code ${code}) before answering`)))
      signal.addEventListener("abort", aborted)
      worker.on("message", onMessage).on("error", onError).on("exit", onExit)
      worker.postMessage(job, [...transfer])
    })
}
