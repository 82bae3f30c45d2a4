/**
 * 更新数据 and 计算并更新: apply a type's right staged files, recompute the portraits, and report how the last
 * update went (DOMAIN.md §2). Bank admins only, except the status of the last update, which every signed-in
 * user may read.
 */
import { audited, type DomainError, UpdateService } from "@wm/core"
import { Effect, Schema } from "effect"
import { defineRoute } from "../api/route.js"
import { FileIds, TypeParam } from "./data.js"

const tag = "上传数据"

const UpdateResult = Schema.Struct({
  status: Schema.Literal(1).annotations({ description: "1: applied and switched" }),
  version: Schema.Int.annotations({ description: "the data version now served" }),
  customers: Schema.Int,
  transactions: Schema.Int
}).annotations({ identifier: "UpdateResult" })

/** What an update's audit event says of its result. */
const versionOf = (r: { version: number; customers: number; transactions: number }) => ({
  version: r.version,
  customers: r.customers,
  transactions: r.transactions
})

const asResult = <E extends DomainError, R>(
  run: Effect.Effect<{ version: number; customers: number; transactions: number }, E, R>
) =>
  Effect.map(run, (r) => ({
    status: 1 as const,
    version: r.version,
    customers: r.customers,
    transactions: r.transactions
  }))

const apply = defineRoute({
  method: "post",
  path: "/api/updatedatabutton",
  tag,
  summary: "更新数据 Apply a type's right files",
  description:
    "All or nothing: the listed files become a new data version, portraits are recomputed, then readers switch. " +
    "On failure the previous data stays served and /api/organ/status says why. " +
    "`ids` are file ids as numbers or numeric text. 30004 while another update or recompute runs. Bank admins only.",
  access: "user",
  body: Schema.Struct({
    type: TypeParam,
    ids: FileIds,
    force: Schema.optional(Schema.Boolean).annotations({
      description:
        "true: apply a snapshot file even when it would remove more than half of the type's current rows " +
        "(without it such an apply answers 10008 and changes nothing); whole files never need it"
    })
  }),
  response: UpdateResult,
  handle: ({ actor, body }) =>
    asResult(
      Effect.flatMap(UpdateService, (s) =>
        s.apply(actor, body.type, body.ids.map(String), { force: body.force === true })
      )
    ).pipe(
      audited("apply", {
        target: `type:${body.type}`,
        details: { fileIds: body.ids.join(","), force: body.force === true },
        resultDetails: versionOf
      })
    )
})

const organStatus = defineRoute({
  method: "get",
  path: "/api/organ/status",
  tag: "机构管理",
  summary: "数据更新状态 State of the last update or recompute",
  description:
    "status 0: idle (the last run succeeded, or none ran), 1: running, 2: the last run failed (the previous data " +
    "is still served; `message` says why). Times are epoch milliseconds.",
  access: "user",
  response: Schema.Struct({
    status: Schema.Literal(0, 1, 2),
    message: Schema.String,
    operation: Schema.NullOr(Schema.Literal("apply", "recompute")),
    type: Schema.NullOr(Schema.String),
    startedAt: Schema.NullOr(Schema.Number),
    finishedAt: Schema.NullOr(Schema.Number),
    version: Schema.Int.annotations({ description: "the data version served, 0 before the first update" }),
    analysisDate: Schema.NullOr(Schema.String).annotations({ description: "analysis date D, YYYY-MM-DD" })
  }),
  // Kept until the data or the run's state changes (core ReadGeneration counts both); no lease or clock is read.
  memo: true,
  handle: () => Effect.flatMap(UpdateService, (s) => s.status())
})

const organUpdate = defineRoute({
  method: "post",
  path: "/api/organ/update",
  tag: "机构管理",
  summary: "计算并更新 Recompute the portraits from the current data",
  description: "Answers 30004 while another update or recompute runs. Bank admins only.",
  access: "user",
  response: UpdateResult,
  handle: ({ actor }) =>
    asResult(Effect.flatMap(UpdateService, (s) => s.recompute(actor))).pipe(
      audited("recompute", { resultDetails: versionOf })
    )
})

export const updateRoutes = [apply, organStatus, organUpdate]
