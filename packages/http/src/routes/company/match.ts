/**
 * GET /api/company/match: the customers in the caller's scope for one product, best match first (DOMAIN.md §5),
 * and its superseded shape /api/company/match_1 (deprecated).
 */
import { indexScope, NotFound, pairReasons, rankCustomers, trimmedTextJsonSchema } from "@wm/core"
import { Effect, Option, Schema } from "effect"
import { PagingQuery } from "../../api/params.js"
import { defineRoute } from "../../api/route.js"
import { orgNames } from "./access.js"
import { marketOf } from "./market.js"
import { CustomerRow, categoryId, customerRow, preferenceFields } from "./matchViews.js"
import { tag } from "./views.js"

/** match and match_1 type 投资风险偏好 as a number array (the search lists as text): [3] for R3. */
const RiskArray = Schema.Array(Schema.Int).annotations({
  description: "投资风险偏好 as the API document types it on this route: [n] for R{n} (text in `riskLevel`)"
})
const riskArray = (text: string) => [Number(text.slice(1))]

const MatchQuery = Schema.Struct({
  code: Schema.Trim.pipe(Schema.minLength(1), Schema.maxLength(64)).annotations({
    description: "产品id: the product code (see /api/product/suggestion)",
    jsonSchema: {
      ...trimmedTextJsonSchema(64),
      description: "产品id: the product code (see /api/product/suggestion)"
    }
  }),
  ...PagingQuery.fields
})

/** The ranked page, or NotFound when the product is not in the active product file. */
const ranked = (user: Parameters<typeof marketOf>[0], query: typeof MatchQuery.Type) =>
  Effect.gen(function* () {
    const missing = new NotFound({ entity: "product", key: query.code })
    const market = yield* marketOf(user)
    if (Option.isNone(market)) return yield* missing
    const { index, config, filter } = market.value
    const k = index.productByCode.get(query.code)
    if (k === undefined) return yield* missing
    const product = index.products[k]!
    const page = rankCustomers(index, product, indexScope(index, filter), query, config)
    const names = yield* orgNames
    return {
      total: page.total,
      rows: page.items.map((r) => ({
        row: customerRow(index, r.index, names),
        score: r.score,
        reasons: pairReasons(index, r.index, k, config)
      }))
    }
  })

export const match = defineRoute({
  method: "get",
  path: "/api/company/match",
  tag,
  summary: "通过产品id获取推荐企业客户 Customers for a product",
  description:
    "Customers of the caller's scope for whom the product passes the same hard rules as the portrait's " +
    "`recommand`: on sale on the analysis date D, not held by the customer, suitable (risk level within the " +
    "customer's tolerance: riskRating, else its risk preference) and feasible (starting amount within its idle " +
    "funds or largest purchase); by the same score (0–100) descending, then code. A product not on sale on D " +
    "lists no one; a product missing from the active product file answers 10007. As the API document types " +
    "them on this route, `riskPreference` is a number array ([3] for R3, the text in `riskLevel`) and " +
    "`category` the id of /api/params (the label in `categoryName`).",
  access: "user",
  memo: true,
  query: MatchQuery,
  response: Schema.Struct({
    total: Schema.Int.annotations({ description: "all matching customers in scope" }),
    companies: Schema.Array(
      Schema.Struct({
        ...CustomerRow.fields,
        riskPreference: RiskArray,
        riskLevel: preferenceFields.riskPreference,
        category: Schema.Int.annotations({ description: "企业分类: the id of /api/params" }),
        categoryName: preferenceFields.category,
        score: Schema.Number.annotations({
          description:
            "匹配度 0–100: with enough purchase history, the learned chance (%) that the product is the customer's " +
            "next choice among those it may buy; otherwise the rule score"
        }),
        reasons: Schema.Array(Schema.String).annotations({ description: "推荐理由" })
      })
    )
  }),
  handle: ({ actor, query }) =>
    Effect.map(ranked(actor.user, query), (found) => ({
      total: found.total,
      companies: found.rows.map(({ row, score, reasons }) => ({
        ...row,
        riskPreference: riskArray(row.riskPreference),
        riskLevel: row.riskPreference,
        category: categoryId(row.category),
        categoryName: row.category,
        score,
        reasons
      }))
    }))
})

export const matchLegacy = defineRoute({
  method: "get",
  path: "/api/company/match_1",
  tag,
  summary: "获取推荐企业 (superseded) Customers for a product, old shape",
  description:
    "The 回收站 shape of /api/company/match: the same ranking, rows without code, score and reasons. " +
    "`riskPreference` is a number array ([3] for R3) and `category` the label, as the API document types them " +
    "here. Use /api/company/match.",
  deprecated: true,
  access: "user",
  memo: true,
  query: MatchQuery,
  response: Schema.Struct({
    total: Schema.Int,
    companies: Schema.Array(
      Schema.Struct({
        id: preferenceFields.id,
        companyName: preferenceFields.companyName,
        belongsToBranch: preferenceFields.belongsToBranch,
        belongsToOutlet: preferenceFields.belongsToOutlet,
        riskPreference: RiskArray,
        amountPreference: preferenceFields.amountPreference,
        cyclePreference: preferenceFields.cyclePreference,
        interestRatePreference: preferenceFields.interestRatePreference,
        category: preferenceFields.category
      })
    )
  }),
  handle: ({ actor, query }) =>
    Effect.map(ranked(actor.user, query), (found) => ({
      total: found.total,
      companies: found.rows.map(({ row }) => ({
        id: row.id,
        companyName: row.companyName,
        belongsToBranch: row.belongsToBranch,
        belongsToOutlet: row.belongsToOutlet,
        riskPreference: riskArray(row.riskPreference),
        amountPreference: row.amountPreference,
        cyclePreference: row.cyclePreference,
        interestRatePreference: row.interestRatePreference,
        category: row.category
      }))
    }))
})
