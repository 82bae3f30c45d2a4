/**
 * ExportTaskRepo on MongoDB: one document per export task in `exportTasks`, keyed by the task id as _id and
 * replaced whole on each change (the runner is the only writer of a running task).
 */
import type { ExportTask, ExportTaskRepo } from "@wm/core"
import { Effect, Schema } from "effect"
import type { Db } from "mongodb"
import { decodeAll, decodeOption } from "./documents.js"
import { attempt } from "./errors.js"

export const EXPORT_TASKS_COLLECTION = "exportTasks"

type TaskDoc = Omit<ExportTask, "id"> & { _id: string }

const Task = Schema.Struct({
  id: Schema.String,
  userId: Schema.Number,
  username: Schema.String,
  type: Schema.Number,
  info: Schema.Record({ key: Schema.String, value: Schema.Unknown }),
  state: Schema.Literal("queued", "running", "done", "failed"),
  reason: Schema.NullOr(Schema.String),
  rows: Schema.Number,
  totalRows: Schema.NullOr(Schema.Number),
  fileName: Schema.String,
  fileKey: Schema.String,
  createdAt: Schema.Number,
  startedAt: Schema.NullOr(Schema.Number),
  finishedAt: Schema.NullOr(Schema.Number)
})

const fieldsOf = ({ _id, ...fields }: TaskDoc) => ({ id: _id, ...fields })

export const makeExportTaskRepo = (db: Db): ExportTaskRepo["Type"] => {
  const tasks = db.collection<TaskDoc>(EXPORT_TASKS_COLLECTION)
  const read = (docs: ReadonlyArray<TaskDoc>) => decodeAll(Task, "read an export task", docs.map(fieldsOf))
  return {
    save: ({ id, ...fields }) =>
      Effect.asVoid(attempt(`save export task ${id}`, () => tasks.replaceOne({ _id: id }, fields, { upsert: true }))),
    find: (id) =>
      Effect.flatMap(
        attempt(`find export task ${id}`, () => tasks.findOne({ _id: id })),
        decodeOption(Task, "read an export task", fieldsOf)
      ),
    listByUser: (userId, { page, count }) =>
      Effect.gen(function* () {
        const [total, docs] = yield* attempt(`list the export tasks of ${userId}`, () =>
          Promise.all([
            tasks.countDocuments({ userId }),
            tasks
              .find({ userId })
              .sort({ createdAt: -1, _id: -1 })
              .skip((page - 1) * count)
              .limit(count)
              .toArray()
          ])
        )
        return { total, items: yield* read(docs) }
      }),
    listByState: (states) =>
      Effect.flatMap(
        attempt("list export tasks by state", () =>
          tasks
            .find({ state: { $in: [...states] } })
            .sort({ createdAt: 1, _id: 1 })
            .toArray()
        ),
        read
      ),
    createdBefore: (time) =>
      Effect.flatMap(
        attempt("list old export tasks", () =>
          tasks
            .find({ createdAt: { $lt: time } })
            .sort({ createdAt: 1, _id: 1 })
            .toArray()
        ),
        read
      ),
    delete: (id) => Effect.asVoid(attempt(`delete export task ${id}`, () => tasks.deleteOne({ _id: id })))
  }
}
