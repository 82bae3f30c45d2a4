/**
 * ExportTaskRepo on MongoDB: one document per export task in `exportTasks`, keyed by the task id as _id. Many
 * instances share the collection: a runner takes a task with one atomic findOneAndUpdate on its state and claim
 * (queued, or running under a claim past its time), and writes progress only while its claim holds (the filter
 * names the owner), so of two instances exactly one runs a task, and a stopped instance's task is taken over.
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
  finishedAt: Schema.NullOr(Schema.Number),
  claim: Schema.optional(Schema.NullOr(Schema.Struct({ owner: Schema.String, until: Schema.Number }))),
  attempts: Schema.optional(Schema.Number)
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
    delete: (id) => Effect.asVoid(attempt(`delete export task ${id}`, () => tasks.deleteOne({ _id: id }))),
    claim: (id, owner, now, until) =>
      Effect.flatMap(
        attempt(`claim export task ${id}`, () =>
          tasks.findOneAndUpdate(
            {
              _id: id,
              $or: [
                { state: "queued" },
                // A running task without a claim was left by a version of the runner before claims.
                { state: "running", claim: null },
                { state: "running", "claim.until": { $lt: now } }
              ]
            },
            {
              $set: { state: "running", rows: 0, startedAt: now, claim: { owner, until } },
              $inc: { attempts: 1 }
            },
            { returnDocument: "after" }
          )
        ),
        decodeOption(Task, "read an export task", fieldsOf)
      ),
    update: ({ id, claim, ...fields }, owner) =>
      Effect.map(
        attempt(`save export task ${id}`, () =>
          tasks.updateOne(
            { _id: id, "claim.owner": owner },
            // The stored claim stays (renew keeps it current) unless the task ends it.
            { $set: claim === null ? { ...fields, claim: null } : fields }
          )
        ),
        (r) => r.matchedCount === 1
      ),
    renew: (id, owner, until) =>
      Effect.map(
        attempt(`renew the claim on export task ${id}`, () =>
          tasks.updateOne({ _id: id, "claim.owner": owner }, { $set: { "claim.until": until } })
        ),
        (r) => r.matchedCount === 1
      )
  }
}
