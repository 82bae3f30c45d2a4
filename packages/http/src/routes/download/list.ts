/**
 * GET /api/download/download_list: the caller's export tasks, newest first, with their state and progress.
 */
import { ExportTaskRepo, exportTypeNames } from "@wm/core"
import { Effect, Schema } from "effect"
import { PagingQuery } from "../../api/params.js"
import { defineRoute } from "../../api/route.js"
import { tag } from "./create.js"

const DownloadRow = Schema.Struct({
  name: Schema.String.annotations({ description: "the export type's name" }),
  taskId: Schema.String,
  createTime: Schema.Number.annotations({ description: "epoch ms" }),
  filename: Schema.String.annotations({ description: "the file's name (.xlsx)" }),
  username: Schema.String,
  type: Schema.Int.annotations({ description: "export type 1–21" }),
  status: Schema.Literal("queued", "running", "done", "failed").annotations({ description: "state of the task" }),
  reason: Schema.NullOr(Schema.String).annotations({ description: "why a failed task failed" }),
  rows: Schema.Int.annotations({ description: "rows written so far" }),
  totalRows: Schema.NullOr(Schema.Int).annotations({ description: "rows in all, once known" }),
  progress: Schema.Number.annotations({ description: "0–100" })
}).annotations({ identifier: "DownloadTask" })

export const downloadList = defineRoute({
  method: "get",
  path: "/api/download/download_list",
  tag,
  summary: "下载列表 The caller's exports",
  description: "The caller's export tasks, newest first; files are kept for the retention (default 7 days).",
  access: "user",
  query: PagingQuery,
  response: Schema.Struct({ total: Schema.Int, downloadList: Schema.Array(DownloadRow) }),
  // Kept until an export task is written (created, progressed, finished, removed): its progress is saved per chunk.
  memo: "exports",
  handle: ({ actor, query }) =>
    Effect.gen(function* () {
      const page = yield* Effect.flatMap(ExportTaskRepo, (repo) => repo.listByUser(actor.user.id, query))
      return {
        total: page.total,
        downloadList: page.items.map((t) => ({
          name: exportTypeNames[t.type as keyof typeof exportTypeNames] ?? String(t.type),
          taskId: t.id,
          createTime: t.createdAt,
          filename: t.fileName,
          username: t.username,
          type: t.type,
          status: t.state,
          reason: t.reason,
          rows: t.rows,
          totalRows: t.totalRows,
          progress:
            t.state === "done"
              ? 100
              : t.totalRows === null || t.totalRows === 0
                ? 0
                : Math.min(99, Math.floor((t.rows / t.totalRows) * 100))
        }))
      }
    })
})
