/**
 * GET /api/download/get_download: the finished file of one of the caller's exports, streamed, with its UTF-8 name
 * in Content-Disposition (`filename*`). Another user's or an unknown task answers 10007; a task not done yet (or
 * failed) answers 30006 with its state.
 */
import { ExportFiles, ExportNotReady, ExportTaskRepo, NotFound } from "@wm/core"
import { Effect, Option, Schema } from "effect"
import { defineRoute } from "../../api/route.js"
import { tag } from "./create.js"

export const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

export const getDownload = defineRoute({
  method: "get",
  path: "/api/download/get_download",
  tag,
  summary: "下载 Download a finished export",
  description: "Streams the XLSX file; 10007 for another user's or an unknown task, 30006 while it is not ready.",
  access: "user",
  file: XLSX,
  query: Schema.Struct({
    taskId: Schema.String.pipe(Schema.minLength(1), Schema.maxLength(64)).annotations({ description: "task ID" })
  }),
  response: Schema.Unknown,
  handle: ({ actor, query }) =>
    Effect.gen(function* () {
      const missing = new NotFound({ entity: "export", key: query.taskId })
      const task = yield* Effect.flatMap(ExportTaskRepo, (repo) => repo.find(query.taskId))
      if (Option.isNone(task) || task.value.userId !== actor.user.id) return yield* missing
      if (task.value.state !== "done") {
        return yield* new ExportNotReady({ taskId: task.value.id, state: task.value.state })
      }
      const file = yield* Effect.flatMap(ExportFiles, (files) => files.open(task.value.fileKey))
      if (Option.isNone(file)) return yield* missing
      const ascii = task.value.fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_")
      return new Response(file.value, {
        headers: {
          "content-type": XLSX,
          "content-disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(task.value.fileName)}`
        }
      }) as unknown
    })
})
