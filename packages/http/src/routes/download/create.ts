/**
 * POST /api/download/create_download: queues an export of the whole list `type` names (DOMAIN.md §9) and answers
 * its task id at once; the background runner writes the file. `info` is that list's own parameters (a JSON object
 * or its JSON text), checked with the list's schema before anything is stored: a bad value answers 400 naming
 * `info.<field>` and creates no task.
 */
import { audited, ExportTaskRepo, exportTypeNames, InvalidInput, wallKeyOfMs } from "@wm/core"
import { Clock, Effect, Queue, Random, Schema } from "effect"
import { IntLike } from "../../api/params.js"
import { defineRoute } from "../../api/route.js"
import { listExports } from "../../exports/catalogue.js"
import { infoObject, pageInput } from "../../exports/params.js"
import { ExportQueue } from "../../exports/runner.js"
import { bankTimeZone } from "../statistics/context.js"

export const tag = "下载数据"

const typeText = Object.entries(exportTypeNames)
  .map(([k, v]) => `${k} ${v}`)
  .join(", ")

/** The types with a list to export: the document offers these only. */
const servedTypes = Object.keys(listExports).map(Number)

export const createDownload = defineRoute({
  method: "post",
  path: "/api/download/create_download",
  tag,
  summary: "创建下载 Queue an export of a whole list as XLSX",
  description:
    `type: ${typeText}. Types 14, 16, 17, 19, 20 and 21 have no list in the document and are not served yet ` +
    "(400). info: the list's parameters (paging is ignored: every row in the caller's scope is exported).",
  access: "user",
  body: Schema.Struct({
    type: IntLike(
      Schema.Int.pipe(Schema.filter((t) => listExports[t] !== undefined || `export type ${t} is not available yet`)),
      { enum: servedTypes, description: typeText }
    ),
    info: Schema.optional(
      Schema.Unknown.annotations({
        jsonSchema: {
          description: "the list's own query or body parameters: a JSON object or its JSON text",
          anyOf: [{ type: "object", additionalProperties: true }, { type: "string" }, { type: "null" }]
        }
      })
    ).annotations({ description: "the list's own query or body parameters: a JSON object or its JSON text" })
  }),
  response: Schema.Struct({ taskId: Schema.String }),
  handle: ({ actor, body }) =>
    Effect.gen(function* () {
      const spec = listExports[body.type]
      if (spec === undefined) {
        return yield* new InvalidInput({ field: "type", reason: `export type ${body.type} is not available yet` })
      }
      const info = yield* infoObject(body.info)
      yield* pageInput(spec, info, 1, 100)
      const now = yield* Clock.currentTimeMillis
      const n = yield* Random.nextIntBetween(0, 36 ** 6)
      const id = `${now.toString(36).padStart(9, "0")}${n.toString(36).padStart(6, "0")}`
      const name = exportTypeNames[body.type as keyof typeof exportTypeNames]
      yield* Effect.flatMap(ExportTaskRepo, (repo) =>
        repo.save({
          id,
          userId: actor.user.id,
          username: actor.user.username,
          type: body.type,
          info,
          state: "queued",
          reason: null,
          rows: 0,
          totalRows: null,
          fileName: `${name}-${wallKeyOfMs(now, bankTimeZone())}.xlsx`,
          fileKey: `${id}.xlsx`,
          createdAt: now,
          startedAt: null,
          finishedAt: null
        })
      )
      yield* Effect.flatMap(ExportQueue, (queue) => Queue.offer(queue, id))
      return { taskId: id }
    }).pipe(
      audited("export", {
        details: { type: body.type },
        resultDetails: (r: { readonly taskId: string }) => ({ taskId: r.taskId })
      })
    )
})
