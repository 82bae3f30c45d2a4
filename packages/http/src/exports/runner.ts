/**
 * The background export runner, off the request path. create_download saves a queued task and offers its id to
 * the ExportQueue; the runner takes ids and runs at most `concurrency` exports at once (default 2), the rest wait
 * in the queue. Several instances may share one store (MongoDB): each task is claimed by exactly one of them
 * (run.ts), and every `pollMs` each runner also offers itself the tasks no instance runs — queued on another
 * instance, or running under a claim that ended because its instance stopped; those run again from the start
 * (or fail after MAX_ATTEMPTS), so no task stays stuck. Tasks and files older than the retention (default 7
 * days) are removed at start and after every export.
 */
import { randomUUID } from "node:crypto"
import { ExportFiles, ExportTaskRepo } from "@wm/core"
import { Clock, Context, Effect, Fiber, Layer, type ManagedRuntime, Queue } from "effect"
import type { Logger } from "../infra/logger.js"
import { pause, type RunAs, runExport } from "./run.js"

export class ExportQueue extends Context.Tag("@wm/http/ExportQueue")<ExportQueue, Queue.Queue<string>>() {}

export const exportQueueLayer = Layer.effect(ExportQueue, Queue.unbounded<string>())

export interface ExportRunnerOptions {
  readonly concurrency: number
  readonly retentionMs: number
  /** How long a claim on a running task lasts unrenewed: a stopped instance's task is taken over after it. */
  readonly leaseMs: number
  /** How often the runner looks for tasks no instance runs (queued elsewhere, or left by a stopped instance). */
  readonly pollMs: number
  /** This process is the store's only runner (the embedded store): what it left running is taken over at start. */
  readonly exclusive: boolean
}

export const DEFAULT_EXPORTS: ExportRunnerOptions = {
  concurrency: 2,
  retentionMs: 7 * 86_400_000,
  leaseMs: 60_000,
  pollMs: 5_000,
  exclusive: false
}

const sweep = (retentionMs: number) =>
  Effect.gen(function* () {
    const repo = yield* ExportTaskRepo
    const files = yield* ExportFiles
    const now = yield* Clock.currentTimeMillis
    for (const task of yield* repo.createdBefore(now - retentionMs)) {
      if (task.state === "running" || task.state === "queued") continue
      yield* files.remove(task.fileKey)
      yield* repo.delete(task.id)
    }
  })

const loop = (options: ExportRunnerOptions, logger: Logger) =>
  Effect.gen(function* () {
    const queue = yield* ExportQueue
    const repo = yield* ExportTaskRepo
    const permits = yield* Effect.makeSemaphore(options.concurrency)
    const as: RunAs = { owner: `${process.pid}-${randomUUID()}`, leaseMs: options.leaseMs }
    const tidy = Effect.catchAllCause(sweep(options.retentionMs), (cause) =>
      Effect.sync(() => logger.error("export_retention", { cause: String(cause) }))
    )
    /** Ids offered and not yet run here: a task is queued locally once, whoever offered it. */
    const waiting = new Set<string>()
    const offer = (id: string) =>
      waiting.has(id)
        ? Effect.void
        : Effect.zipRight(
            Effect.sync(() => waiting.add(id)),
            Queue.offer(queue, id)
          )
    /** Tasks no instance is running: queued ones, and running ones whose claim ended (their instance stopped). */
    const poll = (first: boolean) =>
      Effect.gen(function* () {
        const now = yield* Clock.currentTimeMillis
        for (const task of yield* repo.listByState(["queued", "running"])) {
          const free = task.state === "queued" || task.claim == null || task.claim.until < now
          if (free || (first && options.exclusive)) yield* offer(task.id)
        }
      }).pipe(Effect.catchAllCause((cause) => Effect.sync(() => logger.error("export_poll", { cause: String(cause) }))))
    yield* tidy
    yield* poll(true)
    // At start an only instance takes over what its previous process left running (the claims were its own).
    const takeOver = new Set(options.exclusive ? waiting : [])
    yield* Effect.forkScoped(Effect.forever(Effect.zipRight(pause(options.pollMs), poll(false))))
    const one = (id: string) =>
      Effect.gen(function* () {
        const task = yield* repo.find(id)
        if (task._tag === "None" || (task.value.state !== "queued" && task.value.state !== "running")) return
        yield* runExport(task.value, { ...as, takeOver: takeOver.delete(id) })
      }).pipe(
        Effect.ensuring(Effect.sync(() => waiting.delete(id))),
        Effect.catchAllCause((cause) => Effect.sync(() => logger.error("export_failed", { id, cause: String(cause) }))),
        Effect.zipRight(tidy)
      )
    while (true) {
      const id = yield* Queue.take(queue)
      waiting.add(id)
      yield* permits.take(1)
      yield* Effect.fork(Effect.ensuring(one(id), permits.release(1)))
    }
  })

/**
 * Starts the runner on the app's runtime; answers a function that stops it, resolving once the runner and the
 * exports it was writing have stopped (an export cut short removes its part file and runs again at the next start).
 * The runner is a fiber of its own, not of the runtime's scope: disposing of the runtime alone leaves it running.
 */
export const startExportRunner = <R extends ExportQueue | ExportTaskRepo | ExportFiles>(
  runtime: ManagedRuntime.ManagedRuntime<R, unknown>,
  logger: Logger,
  options: Partial<ExportRunnerOptions> = {}
) => {
  const fiber = runtime.runFork(
    Effect.catchAllCause(
      Effect.scoped(loop({ ...DEFAULT_EXPORTS, ...options }, logger)) as Effect.Effect<never, unknown, R>,
      (cause) => Effect.sync(() => logger.error("export_runner", { cause: String(cause) }))
    )
  )
  return (): Promise<void> => Effect.runPromise(Effect.asVoid(Fiber.interrupt(fiber)))
}
