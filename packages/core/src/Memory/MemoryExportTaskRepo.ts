/**
 * The embedded store's ExportTaskRepo over a RecordBacking (one record per task): the reference behaviour.
 */
import { Effect, Option } from "effect"
import { paginate } from "../Domain/Paging.js"
import type { ExportTask } from "../Exports/ExportTypes.js"
import type { ExportTaskRepo } from "../Ports/ExportTaskRepo.js"
import { plainCodec, RecordTable } from "../Records/RecordTable.js"
import { byCodeUnits } from "./matching.js"

const oldestFirst = (a: ExportTask, b: ExportTask) => a.createdAt - b.createdAt || byCodeUnits(a.id, b.id)

export const makeMemoryExportTaskRepo = Effect.gen(function* () {
  const table = yield* RecordTable.load("exportTasks", plainCodec<ExportTask>())
  // Check and write in one step: two fibers claiming at once must not both win.
  const lock = yield* Effect.makeSemaphore(1)
  const holds = (id: string, owner: string) => table.get(id)?.claim?.owner === owner
  const copy = (t: ExportTask): ExportTask => structuredClone(t)
  const all = () => [...table.values()]
  return {
    save: (task) => table.put(task.id, copy(task)),
    find: (id) => Effect.sync(() => Option.map(Option.fromNullable(table.get(id)), copy)),
    listByUser: (userId, page) =>
      Effect.sync(() => {
        const mine = all()
          .filter((t) => t.userId === userId)
          .sort((a, b) => -oldestFirst(a, b))
        const paged = paginate(mine, page)
        return { total: paged.total, items: paged.items.map(copy) }
      }),
    listByState: (states) =>
      Effect.sync(() =>
        all()
          .filter((t) => states.includes(t.state))
          .sort(oldestFirst)
          .map(copy)
      ),
    createdBefore: (time) =>
      Effect.sync(() =>
        all()
          .filter((t) => t.createdAt < time)
          .sort(oldestFirst)
          .map(copy)
      ),
    delete: (id) => (table.has(id) ? table.remove(id) : Effect.void),
    claim: (id, owner, now, until) =>
      lock.withPermits(1)(
        Effect.suspend(() => {
          const task = table.get(id)
          const free =
            task !== undefined &&
            (task.state === "queued" ||
              (task.state === "running" && (task.claim === undefined || task.claim === null || task.claim.until < now)))
          if (!free) return Effect.succeed(Option.none<ExportTask>())
          const claimed: ExportTask = {
            ...task,
            state: "running",
            rows: 0,
            startedAt: now,
            claim: { owner, until },
            attempts: (task.attempts ?? 0) + 1
          }
          return Effect.as(table.put(id, copy(claimed)), Option.some(copy(claimed)))
        })
      ),
    update: (task, owner) =>
      lock.withPermits(1)(
        Effect.suspend(() => {
          if (!holds(task.id, owner)) return Effect.succeed(false)
          const claim = task.claim === null ? null : table.get(task.id)!.claim
          return Effect.as(table.put(task.id, copy({ ...task, claim })), true)
        })
      ),
    renew: (id, owner, until) =>
      lock.withPermits(1)(
        Effect.suspend(() => {
          if (!holds(id, owner)) return Effect.succeed(false)
          const task = table.get(id)!
          return Effect.as(table.put(id, copy({ ...task, claim: { owner, until } })), true)
        })
      )
  } satisfies ExportTaskRepo["Type"]
})
