/**
 * One export from start to file: the type's source (sources.ts) read in the requesting user's scope, in chunks
 * of thousands of rows, streamed into an XLSX file, with the task's progress saved per chunk. Any failure marks
 * the task failed with a reason and removes the partial file.
 */
import { type Actor, ExportFiles, type ExportTask, ExportTaskRepo, exportTypeNames, UserRepo } from "@wm/core"
import { Cause, Clock, Effect, Option, Stream } from "effect"
import { exportSources } from "./sources.js"
import { openXlsx } from "./xlsxWriter.js"

const reasonOf = (cause: Cause.Cause<unknown>): string => {
  const failure = Cause.failureOption(cause)
  if (Option.isSome(failure)) {
    const e = failure.value as { _tag?: string; message?: string; field?: string; reason?: string }
    if (e._tag === "InvalidInput") return `${e.field}: ${e.reason}`
    if (e._tag === "NotFound") return "the list's data is no longer available"
    if (e._tag === "Forbidden") return "the requesting user may no longer read this list"
    if (e._tag === "StorageError") return "the database failed while writing the export; try again"
    if (e._tag === undefined && typeof e.message === "string") return e.message
  }
  return "internal error while writing the export"
}

/** Lets the file stream drain between chunks (the writer never waits otherwise). */
const drain = Effect.promise(() => new Promise<void>((resolve) => setImmediate(resolve)))

export const runExport = (task: ExportTask) =>
  Effect.gen(function* () {
    const repo = yield* ExportTaskRepo
    const files = yield* ExportFiles
    const source = exportSources[task.type]
    const user = yield* Effect.flatMap(UserRepo, (users) => users.findById(task.userId as never))
    let current: ExportTask = { ...task, state: "running", startedAt: yield* Clock.currentTimeMillis, rows: 0 }
    yield* repo.save(current)
    let sheet: ReturnType<typeof openXlsx> | undefined
    const work = Effect.gen(function* () {
      if (source === undefined) return yield* Effect.fail(new Error(`export type ${task.type} is not served`))
      if (Option.isNone(user)) return yield* Effect.fail(new Error("the requesting user no longer exists"))
      const actor: Actor = { user: user.value, sessionHash: "" }
      const rows = yield* source.read(actor, task.info as Record<string, unknown>)
      current = { ...current, totalRows: rows.total }
      const target = yield* files.create(task.fileKey)
      const out = openXlsx(target, exportTypeNames[task.type as 1] ?? "export", source.columns)
      sheet = out
      yield* Stream.runForEach(rows.chunks, (chunk) =>
        Effect.gen(function* () {
          for (const row of chunk) out.addRow(source.columns.map((c) => row[c.field]))
          current = { ...current, rows: current.rows + chunk.length }
          yield* repo.save(current)
          yield* drain
        })
      )
      yield* Effect.promise(() => out.close())
    })
    const exit = yield* Effect.exit(work)
    const finishedAt = yield* Clock.currentTimeMillis
    if (exit._tag === "Success") {
      yield* repo.save({ ...current, state: "done", totalRows: current.rows, finishedAt })
      return
    }
    sheet?.abort()
    yield* Effect.ignore(files.remove(task.fileKey))
    const reason = Cause.isDie(exit.cause)
      ? String((Cause.squash(exit.cause) as Error).message ?? "internal error")
      : reasonOf(exit.cause)
    yield* repo.save({ ...current, state: "failed", reason, finishedAt })
  })
