/**
 * /api/company/marketing: a customer's marketing records (营销记录, DOMAIN.md §7) — list, add, edit, delete.
 *
 * The document gives PUT and DELETE no parameters; they take the record's `id` (PUT with the edited fields, each
 * optional; DELETE in the body). A record belongs to its author: relationship managers list,
 * edit and delete their own, admins (roles 1 and 3) every record of the customers in their scope; anything else,
 * and any customer outside the caller's scope, answers 10007 as a record that does not exist.
 */
import {
  audited,
  CompanyCode,
  checkCreateTimeNow,
  createMarketing,
  deleteMarketing,
  editMarketing,
  listMarketing,
  recordFor,
  type User
} from "@wm/core"
import { Effect, Schema } from "effect"
import { PagingQuery } from "../../api/params.js"
import { defineRoute } from "../../api/route.js"
import { customerInScope } from "../company/access.js"
import { CreateTimeParam, MarketingTypeParam, RecordId, RemarkParam } from "./params.js"
import { MarketingRow, marketingRow, tag } from "./views.js"

const code = CompanyCode.annotations({ description: "企业编号 (customer code)" })

/** Whether the customer is in the caller's scope in the active data version. */
const visible = (user: User) => (companyCode: string) =>
  customerInScope(user, companyCode).pipe(
    Effect.as(true),
    Effect.catchTag("NotFound", () => Effect.succeed(false))
  )

export const listRecords = defineRoute({
  method: "get",
  path: "/api/company/marketing",
  tag,
  summary: "获取营销记录 A customer's marketing records",
  description:
    "Records of a customer in the caller's scope, newest 营销时间 first: all of them for admins (roles 1 and 3), " +
    "the caller's own for relationship managers. A customer outside the scope answers 10007.",
  access: "user",
  memo: true,
  query: Schema.Struct({ code, ...PagingQuery.fields }),
  response: Schema.Struct({ total: Schema.Int, result: Schema.Array(MarketingRow) }),
  handle: ({ actor, query }) =>
    Effect.gen(function* () {
      const { portrait } = yield* customerInScope(actor.user, query.code)
      const page = yield* listMarketing(actor, portrait.code, query)
      return { total: page.total, result: page.items.map(marketingRow) }
    })
})

export const addRecord = defineRoute({
  method: "post",
  path: "/api/company/marketing",
  tag,
  summary: "添加营销记录 Record a marketing contact",
  description:
    "Any signed-in user records a contact with a customer of its scope; the caller is the author (营销人员). " +
    "createTime: from 2000 up to a day after now. Answers the record.",
  access: "user",
  body: Schema.Struct({
    createTime: CreateTimeParam,
    type: MarketingTypeParam,
    remark: RemarkParam,
    code
  }),
  response: MarketingRow,
  handle: ({ actor, body }) =>
    Effect.gen(function* () {
      yield* checkCreateTimeNow(body.createTime)
      const { portrait } = yield* customerInScope(actor.user, body.code)
      return marketingRow(yield* createMarketing(actor, portrait.code, body))
    })
})

export const editRecord = defineRoute({
  method: "put",
  path: "/api/company/marketing",
  tag,
  summary: "编辑营销记录 Edit a marketing record",
  description:
    "Takes the record's `id` and the fields to change (createTime, type, remark; absent ones are kept). The author " +
    "or an admin whose scope holds the customer may edit; anyone else gets 10007. Answers the record.",
  access: "user",
  body: Schema.Struct({
    id: RecordId,
    createTime: Schema.optional(CreateTimeParam),
    type: Schema.optional(MarketingTypeParam),
    remark: Schema.optional(RemarkParam)
  }),
  response: MarketingRow,
  handle: ({ actor, body }) =>
    Effect.gen(function* () {
      if (body.createTime !== undefined) yield* checkCreateTimeNow(body.createTime)
      const record = yield* recordFor(actor, body.id, visible(actor.user))
      const next = yield* editMarketing(actor, record, {
        createTime: body.createTime ?? record.createTime,
        type: body.type ?? record.type,
        remark: body.remark ?? record.remark
      })
      return marketingRow(next)
    }).pipe(audited("marketing_record_edit", { target: `record:${body.id}` }))
})

export const deleteRecord = defineRoute({
  method: "delete",
  path: "/api/company/marketing",
  tag,
  summary: "删除营销记录 Delete a marketing record",
  description:
    "Takes the record's `id` in the body (JSON or form, as the other routes). The author or an admin whose scope holds the " +
    "customer may delete; anyone else, or an unknown id, gets 10007.",
  access: "user",
  body: Schema.Struct({ id: RecordId }),
  response: Schema.Struct({ id: Schema.String }),
  handle: ({ actor, body }) =>
    Effect.gen(function* () {
      const record = yield* recordFor(actor, body.id, visible(actor.user))
      yield* deleteMarketing(record)
      return { id: record.id }
    }).pipe(audited("marketing_record_delete", { target: `record:${body.id}` }))
})
