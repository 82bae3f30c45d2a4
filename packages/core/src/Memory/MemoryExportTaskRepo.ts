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
    delete: (id) => (table.has(id) ? table.remove(id) : Effect.void)
  } satisfies ExportTaskRepo["Type"]
})
