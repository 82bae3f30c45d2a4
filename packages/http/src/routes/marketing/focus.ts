/**
 * /api/company/focus: the caller's own focus list (重点关注客户). POST adds (type 1) or removes (type 0) a customer,
 * idempotently; adding needs the customer in the caller's scope (10007 otherwise), removing never fails. GET lists
 * the caller's focused customers that are still in its scope in the active data version, most recently added
 * first; customers that left the scope or the data stay stored but are not shown.
 */
import { CompanyCode, DatasetRepo, FocusRepo, type StoredPortrait } from "@wm/core"
import { Clock, Effect, Option, Schema } from "effect"
import { IntLike, PagingQuery } from "../../api/params.js"
import { defineRoute } from "../../api/route.js"
import { activeVersion, customerInScope, inScope, type OrgNames, orgNames, scopeFilterOf } from "../company/access.js"
import { preferenceFields } from "../company/matchViews.js"

const tag = "重点关注"

const FocusRow = Schema.Struct({
  ...preferenceFields,
  focusTime: Schema.Number.annotations({ description: "when the customer was added (epoch ms)" })
}).annotations({ identifier: "FocusCustomer" })

const rateText = (r: { min: number; max: number } | null) =>
  r === null ? null : r.min === r.max ? `${r.min}%` : `${r.min}%-${r.max}%`

const focusRow = (p: StoredPortrait, names: OrgNames, focusTime: number): typeof FocusRow.Type => ({
  id: p.code,
  code: p.code,
  companyName: p.name,
  belongsToBranch: names.branch(p.branchCode),
  belongsToOutlet: names.outlet(p.outletCode),
  riskPreference: `R${p.preference.risk}`,
  amountPreference: p.preference.amount,
  cyclePreference: p.preference.cycle,
  interestRatePreference: rateText(p.preference.interestRate),
  category: p.preference.category,
  features: [...p.preference.features],
  bought: p.preference.bought,
  idleFunds: p.portrait.idleFunds,
  focusTime
})

const typeText = "编辑类型: 0 取关 (remove), 1 关注 (add)"

export const editFocus = defineRoute({
  method: "post",
  path: "/api/company/focus",
  tag,
  summary: "编辑重点关注客户 Add a customer to, or remove it from, the caller's focus list",
  description: `${typeText}. Idempotent: adding twice keeps the first time, removing a customer not on the list succeeds.`,
  access: "user",
  body: Schema.Struct({
    code: CompanyCode.annotations({ description: "企业编号 (customer code)" }),
    type: IntLike(Schema.Int.pipe(Schema.between(0, 1)), { enum: [0, 1], description: typeText }).annotations({
      message: () => ({ message: "must be 0 or 1", override: true })
    })
  }),
  response: Schema.Struct({
    code: Schema.String.annotations({ description: "企业编号" }),
    focused: Schema.Boolean.annotations({ description: "on the list now" })
  }),
  handle: ({ actor, body }) =>
    Effect.gen(function* () {
      const focus = yield* FocusRepo
      if (body.type === 0) {
        yield* focus.remove(actor.user.id, body.code)
        return { code: body.code, focused: false }
      }
      const { portrait } = yield* customerInScope(actor.user, body.code)
      const now = yield* Clock.currentTimeMillis
      yield* focus.add({ userId: actor.user.id, companyCode: portrait.code, createdAt: now })
      return { code: portrait.code, focused: true }
    })
})

export const listFocus = defineRoute({
  method: "get",
  path: "/api/company/focus",
  tag,
  summary: "重点关注客户列表 The caller's focus list",
  description:
    "The caller's focused customers still in its scope, most recently added first, with their preferences " +
    "(the same fields as the matching lists). Empty before the first data update.",
  access: "user",
  memo: true,
  query: PagingQuery,
  response: Schema.Struct({ total: Schema.Int, result: Schema.Array(FocusRow) }),
  handle: ({ actor, query }) =>
    Effect.gen(function* () {
      const pointer = yield* activeVersion
      const filter = yield* scopeFilterOf(actor.user)
      if (Option.isNone(pointer) || Option.isNone(filter)) return { total: 0, result: [] }
      const data = yield* DatasetRepo
      const entries = yield* Effect.flatMap(FocusRepo, (f) => f.list(actor.user.id))
      const shown: Array<{ portrait: StoredPortrait; at: number }> = []
      for (const e of entries) {
        const found = yield* data.portrait(pointer.value.version, e.companyCode)
        if (Option.isSome(found) && inScope(filter.value, found.value))
          shown.push({ portrait: found.value, at: e.createdAt })
      }
      const names = yield* orgNames
      const page = shown.slice((query.page - 1) * query.count, query.page * query.count)
      return { total: shown.length, result: page.map((s) => focusRow(s.portrait, names, s.at)) }
    })
})
