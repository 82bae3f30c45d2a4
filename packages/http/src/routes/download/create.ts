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
import { bankTimeZone } from "../../api/time.js"
import { infoObject } from "../../exports/params.js"
import { ExportQueue } from "../../exports/runner.js"
import { exportSources } from "../../exports/sources.js"

export const tag = "下载数据"

const typeText = Object.entries(exportTypeNames)
  .map(([k, v]) => `${k} ${v}`)
  .join(", ")

export const createDownload = defineRoute({
  method: "post",
  path: "/api/download/create_download",
  tag,
  summary: "创建下载 Queue an export of a whole list as XLSX",
  description:
    `type: ${typeText}. info: the list's parameters (paging is ignored: every row in the caller's scope is ` +
    "exported). Types without a list in the document (columns in the README's export section): " +
    "14 未登录详情 — info starttime, endtime, branchId, outletId as /api/statistics/login; columns 账号, 姓名, 角色, " +
    "所属支行, 所属网点, 创建时间: the accounts counted as 未登录 there. " +
    "21 登录详情 — same info; 登录时间, 账号, 姓名, 角色, 所属支行, 所属网点, 结果: every sign-in attempt of those " +
    "accounts in the period, oldest first. " +
    "16 / 17 转化率 本月 / 本年新增 — info branchId, outletId as /api/statistics/conversion_rate; 企业编号, 企业名称, " +
    "所属支行, 所属网点, 首次营销时间, 营销情况, 营销人员, 购买时间, 产品代码, 产品名称, 金额（万元）: one row per " +
    "converted customer (its first record of the period and first purchase after it). " +
    "19 / 20 营销按月 / 按年 — info month YYYY-MM / year YYYY (default: this one), branchId, outletId; 营销时间, " +
    "企业编号, 企业名称, 所属支行, 所属网点, 营销情况, 详细, 营销人员: the marketing records of the period (a " +
    "relationship manager's own). " +
    "22 审计日志 (ours) — info userId, kind, start, end as /api/audit, with its scope rule (bank and sub-branch " +
    "admins only, 10006 otherwise); 时间, 事件, 结果, 用户ID, 账号, 角色, 支行ID, 网点ID, 来源地址, 对象, 详情.",
  access: "user",
  body: Schema.Struct({
    type: IntLike(Schema.Int.pipe(Schema.between(1, 22)), { minimum: 1, maximum: 22, description: typeText }),
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
      const source = exportSources[body.type]
      if (source === undefined) {
        return yield* new InvalidInput({ field: "type", reason: `export type ${body.type} is not available` })
      }
      const info = yield* infoObject(body.info)
      yield* source.check(actor, info)
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
