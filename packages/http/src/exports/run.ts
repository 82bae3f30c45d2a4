/**
 * One export from start to file: claimed by this instance (exactly one instance runs a task), the type's source
 * (sources.ts) read in the requesting user's scope in chunks of thousands of rows, streamed into an XLSX file,
 * with the task's progress saved per chunk while the claim holds. Any failure marks the task failed with a
 * reason and removes the partial file.
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

/**
 * Waits on the real timer, not the Effect clock: a test's manual clock moves when slept on, and the runner's
 * periodic work must not move it.
 */
export const pause = (ms: number) =>
  Effect.promise(() => new Promise<void>((resolve) => setTimeout(resolve, ms).unref()))

/** A step of the file's writing; its failure is the export's (the file store failed). */
const writing = (step: () => Promise<void>) =>
  Effect.tryPromise({ try: step, catch: () => new Error("the export file could not be written; try again") })

/** What a runner instance runs a task as: its name in claims, and how long a claim lasts unrenewed. */
export interface RunAs {
  readonly owner: string
  readonly leaseMs: number
  /** Takes over a task still claimed by another (a restarted single instance: the claim was its own). */
  readonly takeOver?: boolean
}

/** A task started this many times without finishing (its instance stopped each time) is marked failed. */
export const MAX_ATTEMPTS = 3

class LostClaim {
  readonly _tag = "LostClaim"
}

/**
 * Runs the task if this instance wins its claim (none else runs it); renews the claim while it works. Answers
 * whether it ran it.
 */
export const runExport = (queued: ExportTask, as: RunAs) =>
  Effect.gen(function* () {
    const repo = yield* ExportTaskRepo
    const files = yield* ExportFiles
    const now = yield* Clock.currentTimeMillis
    const claimed = yield* repo.claim(
      queued.id,
      as.owner,
      as.takeOver ? Number.MAX_SAFE_INTEGER : now,
      now + as.leaseMs
    )
    if (Option.isNone(claimed)) return false
    const task = claimed.value
    const save = (next: ExportTask) =>
      Effect.flatMap(repo.update(next, as.owner), (held) => (held ? Effect.void : Effect.fail(new LostClaim())))
    if ((task.attempts ?? 1) > MAX_ATTEMPTS) {
      const reason = `the export was interrupted ${MAX_ATTEMPTS} times; create it again`
      yield* Effect.ignore(files.remove(task.fileKey))
      yield* Effect.ignore(save({ ...task, state: "failed", reason, finishedAt: now, claim: null }))
      return true
    }
    const source = exportSources[task.type]
    const user = yield* Effect.flatMap(UserRepo, (users) => users.findById(task.userId as never))
    let current: ExportTask = task
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
          yield* save(current)
          // Memory stays flat: the next chunk waits until this one reached the file store.
          yield* writing(() => out.ready())
        })
      )
      yield* writing(() => out.close())
    })
    // The claim is renewed a few times per lease while the export works (reading a large selection included).
    const renew = Effect.gen(function* () {
      while (true) {
        yield* pause(Math.max(10, Math.floor(as.leaseMs / 3)))
        const at = yield* Clock.currentTimeMillis
        if (!(yield* repo.renew(task.id, as.owner, at + as.leaseMs))) return
      }
    })
    const exit = yield* Effect.exit(Effect.raceFirst(work, Effect.zipRight(Effect.ignore(renew), Effect.never)))
    const finishedAt = yield* Clock.currentTimeMillis
    if (exit._tag === "Success") {
      yield* Effect.ignore(save({ ...current, state: "done", totalRows: current.rows, finishedAt, claim: null }))
      return true
    }
    sheet?.abort()
    const failure = Cause.failureOption(exit.cause)
    // Another instance took the task over (this one was too slow to renew): the task and its file are its now.
    if (Option.isSome(failure) && failure.value instanceof LostClaim) return true
    yield* Effect.ignore(files.remove(task.fileKey))
    const reason = Cause.isDie(exit.cause)
      ? String((Cause.squash(exit.cause) as Error).message ?? "internal error")
      : reasonOf(exit.cause)
    yield* Effect.ignore(save({ ...current, state: "failed", reason, finishedAt, claim: null }))
    return true
  })
