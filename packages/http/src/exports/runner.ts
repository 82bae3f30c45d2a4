/**
 * The background export runner, off the request path. create_download saves a queued task and offers its id to
 * the ExportQueue; the runner takes ids and runs at most `concurrency` exports at once (default 2), the rest wait
 * in the queue. At start it picks up every task a previous process left queued or running (a crash mid-export):
 * those run again from the start, so no task stays stuck. Tasks and files older than the retention (default 7
 * days) are removed at start and after every export.
 */
import { ExportFiles, ExportTaskRepo } from "@wm/core"
import { Clock, Context, Effect, Fiber, Layer, type ManagedRuntime, Queue } from "effect"
import type { Logger } from "../infra/logger.js"
import { runExport } from "./run.js"

export class ExportQueue extends Context.Tag("@wm/http/ExportQueue")<ExportQueue, Queue.Queue<string>>() {}

export const exportQueueLayer = Layer.effect(ExportQueue, Queue.unbounded<string>())

export interface ExportRunnerOptions {
  readonly concurrency: number
  readonly retentionMs: number
}

export const DEFAULT_EXPORTS: ExportRunnerOptions = { concurrency: 2, retentionMs: 7 * 86_400_000 }

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
    const tidy = Effect.catchAllCause(sweep(options.retentionMs), (cause) =>
      Effect.sync(() => logger.error("export_retention", { cause: String(cause) }))
    )
    yield* tidy
    for (const task of yield* repo.listByState(["queued", "running"])) {
      if (task.state === "running") yield* repo.save({ ...task, state: "queued", rows: 0 })
      yield* Queue.offer(queue, task.id)
    }
    const one = (id: string) =>
      Effect.gen(function* () {
        const task = yield* repo.find(id)
        if (task._tag === "None" || task.value.state !== "queued") return
        yield* runExport(task.value)
      }).pipe(
        Effect.catchAllCause((cause) => Effect.sync(() => logger.error("export_failed", { id, cause: String(cause) }))),
        Effect.zipRight(tidy)
      )
    while (true) {
      const id = yield* Queue.take(queue)
      yield* permits.take(1)
      yield* Effect.fork(Effect.ensuring(one(id), permits.release(1)))
    }
  })

/** Starts the runner on the app's runtime; answers a function that stops it. */
export const startExportRunner = <R extends ExportQueue | ExportTaskRepo | ExportFiles>(
  runtime: ManagedRuntime.ManagedRuntime<R, unknown>,
  logger: Logger,
  options: ExportRunnerOptions = DEFAULT_EXPORTS
) => {
  const fiber = runtime.runFork(
    Effect.catchAllCause(loop(options, logger) as Effect.Effect<never, unknown, R>, (cause) =>
      Effect.sync(() => logger.error("export_runner", { cause: String(cause) }))
    )
  )
  return () => Effect.runFork(Fiber.interrupt(fiber))
}
