/**
 * GET /api/company/detail: a customer's portrait (企业画像) with holdings and preferences.
 */

import { CompanyCode } from "@wm/core"
import { Effect, Schema } from "effect"
import { defineRoute } from "../../api/route.js"
import { bankEpochMs } from "../wallClock.js"
import { customerInScope, holdingsWithProducts, orgNames } from "./access.js"
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

export const detail = defineRoute({
  method: "get",
  path: "/api/company/detail",
  tag,
  summary: "企业画像详情 A customer's portrait",
  description:
    "Figures of the active data version (DOMAIN.md §3). A figure without any value behind it (no transaction of " +
    "that direction in the window) is null rather than zeros. Every balance triple is numbers ([max, min, avg], " +
    "yuan). `financialProduct` lists the customer's current holdings (the holding file) with their products " +
    "(the product file), soonest maturity first. `recommand` and `top5Product` are empty until recommendation " +
    "lands; `preference` is not answered yet. A customer outside the caller's scope, or any customer before " +
    "the first update, answers 10007.",
  access: "user",
  query: Schema.Struct({ id: CompanyCode.annotations({ description: "企业编号 (customer code)" }) }),
  response: Schema.Struct({
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
    preference: PreferenceView,
    recommand: Schema.Tuple().annotations({ description: "推荐产品 (empty for now)" }),
    top5Product: Schema.Tuple().annotations({ description: "top5产品 (empty for now)" })
  }),
  handle: ({ actor, query }) =>
    Effect.gen(function* () {
      const { pointer, portrait: p } = yield* customerInScope(actor.user, query.id)
      const names = yield* orgNames
      const held = yield* holdingsWithProducts(pointer, p.code)
      return {
        basicInfo: basicInfoOf(p, names),
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
        preference: preferenceView(p.preference),
        recommand: [] as const,
        top5Product: [] as const
      }
    })
})
