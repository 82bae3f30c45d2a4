import { Effect, Schema } from "effect"
import { ClampedInt, Keyword, PagingQuery } from "../../api/params.js"
import { defineRoute } from "../../api/route.js"
import { orgNames, searchInScope } from "./access.js"
import { SearchPreferenceFields, searchPreferences } from "./matchViews.js"
import { tag } from "./views.js"

const SearchRow = Schema.Struct({
  id: Schema.String.annotations({ description: "企业编号 (same as code)" }),
  code: Schema.String.annotations({ description: "企业编号" }),
  companyName: Schema.String.annotations({ description: "企业名称" }),
  belongsToOutlet: Schema.String.annotations({ description: "所属网点 (name)" }),
  belongsToBranch: Schema.String.annotations({ description: "所属支行 (name)" }),
  ...SearchPreferenceFields,
  idleFunds: Schema.NullOr(Schema.Number).annotations({ description: "沉淀资金 (yuan)" }),
  monthBalance: Schema.NullOr(Schema.Number).annotations({ description: "月日均余额 avg (yuan)" }),
  hourBalanceLevel: Schema.NullOr(Schema.Int).annotations({ description: "时点余额等级 1–5" }),
  monthBalanceLevel: Schema.NullOr(Schema.Int).annotations({ description: "月日均余额等级 1–5" }),
  tradeLevel: Schema.NullOr(Schema.Int).annotations({ description: "交易等级 1–5" })
}).annotations({ identifier: "CompanySearchRow" })

export const search = defineRoute({
  method: "get",
  path: "/api/company/search",
  tag,
  summary: "搜索理财客户信息 Search customers in scope",
  description:
    "Customers of the caller's scope whose code or name contains the keyword (case-insensitive), ordered by " +
    "code. `category` is the id of /api/params as the API document types it here (label in `categoryName`).",
  access: "user",
  query: Schema.Struct({
    keyword: Keyword.annotations({ description: "搜索关键词 (code or name)" }),
    ...PagingQuery.fields
  }),
  response: Schema.Struct({ total: Schema.Int, companies: Schema.Array(SearchRow) }),
  memo: true,
  handle: ({ actor, query }) =>
    Effect.gen(function* () {
      const found = yield* searchInScope(actor.user, query.keyword, query)
      const names = yield* orgNames
      return {
        total: found.total,
        companies: found.items.map((p) => ({
          id: p.code,
          code: p.code,
          companyName: p.name,
          belongsToOutlet: names.outlet(p.outletCode),
          belongsToBranch: names.branch(p.branchCode),
          ...searchPreferences(p.preference),
          idleFunds: p.portrait.idleFunds,
          monthBalance: p.portrait.all.monthBalance?.balance[2] ?? null,
          hourBalanceLevel: p.portrait.all.hourBalance?.level ?? null,
          monthBalanceLevel: p.portrait.all.monthBalance?.level ?? null,
          tradeLevel: p.portrait.all.trade?.level ?? null
        }))
      }
    })
})

export const MAX_SUGGESTIONS = 50
const limitText = `限制条数，默认10; more than ${MAX_SUGGESTIONS} is served as ${MAX_SUGGESTIONS}`

export const suggestion = defineRoute({
  method: "get",
  path: "/api/company/suggestion",
  tag,
  summary: "模糊搜索企业编号或名称 Suggest customers by code or name",
  description: `Up to \`limit\` (default 10; more than ${MAX_SUGGESTIONS} is served as ${MAX_SUGGESTIONS}) customers of the caller's scope whose code or name contains the keyword.`,
  access: "user",
  memo: true,
  query: Schema.Struct({
    keyword: Schema.String.pipe(Schema.maxLength(100)).annotations({ description: "搜索词 (code or name)" }),
    limit: Schema.optionalWith(ClampedInt(1, MAX_SUGGESTIONS, limitText), { default: () => 10 }).annotations({
      description: limitText
    })
  }),
  response: Schema.Struct({
    total: Schema.Int.annotations({ description: "all matches in scope" }),
    companies: Schema.Array(
      Schema.Struct({
        id: Schema.String.annotations({ description: "企业编号 (same as code)" }),
        code: Schema.String.annotations({ description: "企业编号" }),
        companyName: Schema.String.annotations({ description: "企业名称" }),
        belongsToOutlet: Schema.String.annotations({ description: "所属网点 (name)" }),
        belongsToBranch: Schema.String.annotations({ description: "所属支行 (name)" }),
        ...SearchPreferenceFields
      })
    )
  }),
  handle: ({ actor, query }) =>
    Effect.gen(function* () {
      const found = yield* searchInScope(actor.user, query.keyword, { page: 1, count: query.limit })
      const names = yield* orgNames
      return {
        total: found.total,
        companies: found.items.map((p) => ({
          id: p.code,
          code: p.code,
          companyName: p.name,
          belongsToOutlet: names.outlet(p.outletCode),
          belongsToBranch: names.branch(p.branchCode),
          ...searchPreferences(p.preference)
        }))
      }
    })
})
