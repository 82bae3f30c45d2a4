/**
 * One export from start to file: the list's rows page by page (100 at a time, through the list route's own
 * handler, in the requesting user's scope), streamed into an XLSX file, with the task's progress saved per page.
 * Any failure marks the task failed with a reason and removes the partial file.
 */
import { type Actor, ExportFiles, type ExportTask, ExportTaskRepo, exportTypeNames, UserRepo } from "@wm/core"
import { Cause, Clock, Effect, Option } from "effect"
import { listExports } from "./catalogue.js"
import { pageInput } from "./params.js"
import type { CellValue } from "./xlsxWriter.js"
import { openXlsx } from "./xlsxWriter.js"

const PAGE = 100

const reasonOf = (cause: Cause.Cause<unknown>): string => {
  const failure = Cause.failureOption(cause)
  if (Option.isSome(failure)) {
    const e = failure.value as { _tag?: string; message?: string; field?: string; reason?: string }
    if (e._tag === "InvalidInput") return `${e.field}: ${e.reason}`
    if (e._tag === "NotFound") return "the list's data is no longer available"
    if (e._tag === "StorageError") return "the database failed while writing the export; try again"
    if (e._tag === undefined && typeof e.message === "string") return e.message
  }
  return "internal error while writing the export"
}

export const runExport = (task: ExportTask) =>
  Effect.gen(function* () {
    const repo = yield* ExportTaskRepo
    const files = yield* ExportFiles
    const spec = listExports[task.type]
    const user = yield* Effect.flatMap(UserRepo, (users) => users.findById(task.userId as never))
    let current: ExportTask = { ...task, state: "running", startedAt: yield* Clock.currentTimeMillis, rows: 0 }
    yield* repo.save(current)
    let sheet: ReturnType<typeof openXlsx> | undefined
    const work = Effect.gen(function* () {
      if (spec === undefined) return yield* Effect.fail(new Error(`export type ${task.type} is not served`))
      if (Option.isNone(user)) return yield* Effect.fail(new Error("the requesting user no longer exists"))
      const actor: Actor = { user: user.value, sessionHash: "" }
      const target = yield* files.create(task.fileKey)
      const out = openXlsx(target, exportTypeNames[task.type as 1] ?? "export", spec.columns)
      sheet = out
      for (let page = 1; ; page++) {
        const input = yield* pageInput(spec, task.info as Record<string, unknown>, page, PAGE)
        const data = (yield* spec.route.handle({
          ...input,
          actor,
          // The runner reads lists on the requester's behalf, not over a request.
          origin: { address: "unknown", https: false },
          staff: undefined,
          params: undefined,
          c: undefined as never
        })) as Record<string, unknown>
        const rows = (data[spec.list] ?? []) as ReadonlyArray<Record<string, CellValue>>
        for (const row of rows) out.addRow(spec.columns.map((c) => row[c.field]))
        const total = typeof data.total === "number" ? data.total : Number(data.total ?? 0)
        current = { ...current, rows: current.rows + rows.length, totalRows: total }
        yield* repo.save(current)
        if (rows.length < PAGE || current.rows >= total) break
      }
      yield* Effect.promise(() => out.close())
    })
    const exit = yield* Effect.exit(work)
    const finishedAt = yield* Clock.currentTimeMillis
    if (exit._tag === "Success") {
      yield* repo.save({ ...current, state: "done", finishedAt })
      return
    }
    sheet?.abort()
    yield* Effect.ignore(files.remove(task.fileKey))
    const reason = Cause.isDie(exit.cause)
      ? String((Cause.squash(exit.cause) as Error).message ?? "internal error")
      : reasonOf(exit.cause)
    yield* repo.save({ ...current, state: "failed", reason, finishedAt })
  })
