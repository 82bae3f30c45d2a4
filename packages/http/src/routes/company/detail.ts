/**
 * GET /api/company/detail: a customer's portrait (企业画像) with holdings and preferences.
 */

import { CompanyCode, contactOf } from "@wm/core"
import { Effect, Schema } from "effect"
import { defineRoute } from "../../api/route.js"
import { versionedAnswer } from "../../api/versionedAnswer.js"
import { bankEpochMs } from "../wallClock.js"
import { customerInScope, holdingsWithProducts, orgNames } from "./access.js"
import { AnalysisBasisView, analysisBasisView } from "./analysisView.js"
import { RecommendedProduct, recommendedProduct, TopProduct, topProduct } from "./matchViews.js"
import { portraitProducts } from "./portraitProducts.js"
import {
  basicInfoOf,
  DirectionView,
  directionView,
  FinancialProductView,
  InnerScaleView,
  monthView,
  PreferenceView,
  preferenceView,
  tag,
  termText
} from "./views.js"

/** The portrait answer; `basicInfo` first: the rest is cached per data version (versionedAnswer). */
const Portrait = Schema.Struct({
  basicInfo: Schema.Struct({
    companyName: Schema.String.annotations({ description: "企业名称" }),
    linkman: Schema.String.annotations({ description: "联系人" }),
    belongsToOutlet: Schema.String.annotations({ description: "所属网点 (name)" }),
    belongsToBranch: Schema.String.annotations({ description: "所属支行 (name)" }),
    code: Schema.String.annotations({ description: "编号" }),
    contact: Schema.String.annotations({ description: "联系电话" })
  }),
  financialProduct: Schema.Array(FinancialProductView).annotations({
    description: "理财产品信息 (current holdings)"
  }),
  allTradeStream: DirectionView,
  borrowTradeStream: DirectionView,
  lendTradeStream: DirectionView,
  innerScale: InnerScaleView,
  idleFunds: Schema.NullOr(Schema.Number).annotations({ description: "沉淀资金 (yuan), null without balances" }),
  months: Schema.Array(
    Schema.Struct({
      month: Schema.String.annotations({ description: "YYYY-MM" }),
      avgBalance: Schema.NullOr(Schema.Number),
      borrowAmount: Schema.Number,
      borrowCount: Schema.Int,
      lendAmount: Schema.Number,
      lendCount: Schema.Int
    })
  ).annotations({ description: "the 12 window months, oldest first, for charts" }),
  analysisDate: Schema.NullOr(Schema.String).annotations({ description: "analysis date D, YYYY-MM-DD" }),
  analysis: Schema.NullOr(AnalysisBasisView).annotations({
    description: "how to read the figures: D, the window and the settings of the recompute that made them"
  }),
  preference: PreferenceView,
  recommand: Schema.Array(RecommendedProduct).annotations({ description: "推荐产品, best score first" }),
  top5Product: Schema.Array(TopProduct).annotations({ description: "top5产品, most bought first" })
})

export const detail = defineRoute({
  method: "get",
  path: "/api/company/detail",
  tag,
  summary: "企业画像详情 A customer's portrait",
  description:
    "Figures of the active data version (docs/portrait.md). A figure without any value behind it (no transaction of " +
    "that direction in the window) is null rather than zeros. Every balance triple is numbers ([max, min, avg], " +
    "yuan). `financialProduct` lists the customer's current holdings (the holding file) with their products " +
    "(the product file), soonest maturity first. `recommand`: the best-scored products on sale on D that the " +
    "customer does not hold (at most 5, with score and reasons); `top5Product`: the products on sale on D bought " +
    "most (amount) in the bank in the 30 days up to D. A customer outside the caller's scope, or any customer before " +
    "the first update, answers 10007.",
  access: "user",
  query: Schema.Struct({ id: CompanyCode.annotations({ description: "企业编号 (customer code)" }) }),
  response: Portrait,
  memo: true,
  handle: ({ actor, query, c }) =>
    Effect.gen(function* () {
      const { pointer, portrait: p } = yield* customerInScope(actor.user, query.id)
      const names = yield* orgNames
      return yield* versionedAnswer({
        schema: Portrait,
        pointer,
        key: p.code,
        check: c.get("checkAnswers") !== false,
        // Names and hand-corrected contact details (/api/company/contact) change without an update.
        head: { basicInfo: { ...basicInfoOf(p, names), ...(yield* contactOf(p)) } },
        // Everything below depends only on the data version and the customer.
        body: Effect.gen(function* () {
          const held = yield* holdingsWithProducts(pointer, p.code)
          const { recommendations, topSellers } = yield* portraitProducts(
            pointer,
            p.code,
            held.map((h) => h.holding.productCode)
          )
          return {
            financialProduct: held.map(({ holding, product }) => ({
              productCode: holding.productCode,
              productName: product?.productName ?? null,
              investmentPeriod: termText(product),
              deadline: bankEpochMs(holding.expiryDate),
              riskLevel: product?.riskLevel ?? null,
              interestRate: product?.expectedRate ?? null,
              share: holding.balance
            })),
            allTradeStream: directionView(p.portrait.all),
            borrowTradeStream: directionView(p.portrait.borrow),
            lendTradeStream: directionView(p.portrait.lend),
            innerScale: { ...p.portrait.innerScale },
            idleFunds: p.portrait.idleFunds,
            months: p.portrait.months.map(monthView),
            analysisDate: pointer.analysisDate,
            analysis: analysisBasisView(p.analysis),
            preference: preferenceView(p.preference),
            recommand: recommendations.map(recommendedProduct),
            top5Product: topSellers.map(topProduct)
          }
        })
      })
    })
})
