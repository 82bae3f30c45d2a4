/**
 * Export type 22 审计日志 (ours, after the document's 21): the audit trail as GET /api/audit answers it, every page.
 * `info`: that route's filters — userId, kind (one or more, comma-separated), start, end (epoch ms). The same
 * scope rule: bank admins export every event, sub-branch admins their sub-branch's staff's; anyone else is
 * refused when creating the task (10006). Newest first.
 */
import { type Actor, type AuditEvent, type AuditKind, AuditService } from "@wm/core"
import { Clock, Effect, Option, Stream } from "effect"
import { auditList } from "../routes/audit.js"
import type { ExportColumn } from "./catalogue.js"
import { decodeInfo } from "./params.js"
import { CHUNK, type ExportSource } from "./source.js"

const t = (header: string, field: string): ExportColumn => ({ header, field, kind: "text" })
const n = (header: string, field: string): ExportColumn => ({ header, field, kind: "number" })

const columns: ReadonlyArray<ExportColumn> = [
  { header: "时间", field: "at", kind: "datetime" },
  t("事件", "kind"),
  t("结果", "outcome"),
  n("用户ID", "userId"),
  t("账号", "username"),
  n("角色", "role"),
  n("支行ID", "branchId"),
  n("网点ID", "outletId"),
  t("来源地址", "address"),
  t("对象", "target"),
  t("详情", "details")
]

interface AuditQuery {
  readonly userId?: number
  readonly kind?: ReadonlyArray<AuditKind>
  readonly start?: number
  readonly end?: number
}

const filterOf = (actor: Actor, info: Record<string, unknown>) =>
  Effect.gen(function* () {
    const { page: _p, count: _c, ...rest } = info
    const q = (yield* decodeInfo(auditList.query!, { ...rest, page: 1, count: 1 }, true)) as AuditQuery
    // Events recorded while the export runs (its own among them) are left out, so pages do not shift.
    const now = yield* Clock.currentTimeMillis
    const filter = { userId: q.userId, kinds: q.kind, from: q.start, to: Math.min(q.end ?? now, now) }
    const service = yield* AuditService
    // Also the scope check: anyone but a bank or sub-branch admin is refused here.
    const first = yield* service.list(actor, filter, { page: 1, count: 1 })
    return { filter, service, total: first.total }
  })

const row = (e: AuditEvent) => ({
  ...e,
  outcome: e.outcome === "success" ? "成功" : "失败",
  details: JSON.stringify(e.details)
})

export const auditTrail: ExportSource = {
  columns,
  check: filterOf,
  read: (actor, info) =>
    Effect.map(filterOf(actor, info), ({ filter, service, total }) => ({
      total,
      chunks: Stream.paginateEffect(1, (page: number) =>
        Effect.map(service.list(actor, filter, { page, count: CHUNK }), (found) => {
          const done = found.items.length < CHUNK || page * CHUNK >= found.total
          return [found.items.map(row), done ? Option.none<number>() : Option.some(page + 1)] as const
        })
      )
    }))
}
