/**
 * 审计日志 (ours, not in the API document): the audit trail for bank admins (everything) and sub-branch admins
 * (the events of their sub-branch's staff); relationship managers are refused (10006).
 */
import { AuditEvent, AuditKind, AuditService, UserId } from "@wm/core"
import { Effect, Schema } from "effect"
import { IntLike, PagingQuery, space, trimText } from "../api/params.js"
import { defineRoute } from "../api/route.js"

const kinds = AuditKind.literals
const kindToken = `${space}*(?:(?:${kinds.join("|")})${space}*)?`

/** One kind, or several separated by commas ("sign_in_failed,sign_in_throttled"). */
const KindsParam = Schema.String.pipe(
  Schema.filter(
    (text) =>
      text
        .split(",")
        .map(trimText)
        .filter((k) => k !== "")
        .every((k) => (kinds as ReadonlyArray<string>).includes(k)) || `must be one or more of ${kinds.join(", ")}`
  ),
  Schema.transform(Schema.Array(AuditKind), {
    strict: false,
    decode: (text) =>
      text
        .split(",")
        .map(trimText)
        .filter((k) => k !== ""),
    encode: (list) => list.join(",")
  }),
  Schema.annotations({
    jsonSchema: {
      type: "string",
      description: `one or more of ${kinds.join(", ")}, separated by commas`,
      pattern: `^${kindToken}(?:,${kindToken})*$`
    }
  })
)

const Millis = (description: string) =>
  IntLike(Schema.Int.pipe(Schema.between(0, 8.64e15)), { minimum: 0, description }).annotations({ description })

export const auditList = defineRoute({
  method: "get",
  path: "/api/audit",
  tag: "审计日志",
  summary: "审计日志 The audit trail",
  description:
    "Newest first. Bank admins read every event; sub-branch admins the events of their sub-branch's staff; other " +
    "roles are refused (10006). Events past the retention period (AUDIT_RETENTION_DAYS) are gone.",
  access: "user",
  query: Schema.Struct({
    userId: Schema.optional(IntLike(UserId, { minimum: 1, description: "only events of this user" })),
    kind: Schema.optional(KindsParam),
    start: Schema.optional(Millis("from this time on, epoch ms")),
    end: Schema.optional(Millis("up to this time, epoch ms")),
    ...PagingQuery.fields
  }),
  response: Schema.Struct({ total: Schema.Int, auditList: Schema.Array(AuditEvent) }),
  handle: ({ actor, query }) =>
    Effect.gen(function* () {
      const found = yield* (yield* AuditService).list(
        actor,
        { userId: query.userId, kinds: query.kind, from: query.start, to: query.end },
        query
      )
      return { total: found.total, auditList: found.items }
    })
})

export const auditRoutes = [auditList]
