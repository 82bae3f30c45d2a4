/**
 * history_top / hold_top (DOMAIN.md §8): the top `limit` (default 20) products by purchase amount (认购+申购 over
 * all wealth trades) or by current holding balance, over the customers of the caller's scope narrowed by
 * branchId / outletId; `page` and `count` page inside the top list.
 */
import { type OrgUnit, selectUnits, topProducts, wanOfMicro } from "@wm/core"
import { Effect, Option, Schema } from "effect"
import { IntLike, PagingQuery } from "../../api/params.js"
import { defineRoute } from "../../api/route.js"
import { productsOf } from "../company/access.js"
import { OrgQuery, statsContext, tag } from "./context.js"

const TopProduct = Schema.Struct({
  productName: Schema.String.annotations({ description: "产品名称 (empty when not in the product file)" }),
  productCode: Schema.String.annotations({ description: "产品代码" }),
  investmentPeriod: Schema.String.annotations({ description: "投资期限: 182天" }),
  startingPurchaseAmount: Schema.String.annotations({ description: "起购金额（万元）, as text" }),
  expectedInterestRate: Schema.String.annotations({ description: "预期收益率: 3.85%" }),
  riskLevel: Schema.String.annotations({ description: "风险等级 R1–R5" }),
  productManual: Schema.String.annotations({ description: "产品说明书 (URL, empty when none)" }),
  amount: Schema.Number.annotations({ description: "the ranked figure: purchases or holding balance (万元)" })
}).annotations({ identifier: "StatisticsTopProduct" })

const query = Schema.Struct({
  ...PagingQuery.fields,
  ...OrgQuery,
  limit: Schema.optionalWith(IntLike(Schema.Int.pipe(Schema.between(1, 1000)), { minimum: 1, maximum: 1000 }), {
    default: () => 20
  }).annotations({ description: "top前多少, 1–1000 (default 20)" })
})

const response = Schema.Struct({
  products: Schema.Array(TopProduct),
  total: Schema.Int.annotations({ description: "products in the top list (at most limit)" })
})

const topRoute = (which: "history" | "hold") =>
  defineRoute({
    method: "get",
    path: which === "history" ? "/api/statistics/history_top" : "/api/statistics/hold_top",
    tag,
    summary:
      which === "history"
        ? "历史购买产品-top Products bought most (认购+申购)"
        : "当前持有产品-top Products held most (current balance)",
    description:
      "The caller's scope, narrowed by branchId / outletId (an id outside the scope gives an empty list); " +
      "largest first, ties by product code.",
    access: "user",
    memo: true,
    query,
    response,
    handle: ({ actor, query }) =>
      Effect.gen(function* () {
        const { tree, scope, index, pointer } = yield* statsContext(actor.user)
        const units: ReadonlyArray<OrgUnit> = selectUnits(tree, scope, query)
        const outlets = units.flatMap((u) => u.outletCodes.flatMap((c) => index.stats.outletOf.get(c) ?? []))
        const perOutlet = which === "history" ? index.stats.boughtByOutlet : index.stats.heldByOutlet
        const top = topProducts(perOutlet, new Set(outlets), query.limit)
        const catalogue = Option.isNone(pointer) ? new Map() : yield* productsOf(pointer.value)
        const page = top.slice((query.page - 1) * query.count, query.page * query.count)
        return {
          total: top.length,
          products: page.map(({ productCode, micro }) => {
            const p = catalogue.get(productCode)
            return {
              productName: p?.productName ?? "",
              productCode,
              investmentPeriod: p === undefined ? "" : `${p.termDays}天`,
              startingPurchaseAmount: p === undefined ? "" : String(p.startingAmount),
              expectedInterestRate: p === undefined ? "" : `${p.expectedRate}%`,
              riskLevel: p?.riskLevel ?? "",
              productManual: p?.manualUrl ?? "",
              amount: wanOfMicro(micro)
            }
          })
        }
      })
  })

export const historyTop = topRoute("history")
export const holdTop = topRoute("hold")
