/**
 * GET /api/financial/hold_products: 持有产品查询, the current holdings of the customers in scope.
 */
import { BranchId, OutletId, within, withKeyword } from "@wm/core"
import { Effect, Option, Schema } from "effect"
import { Keyword, OptionalIdParam, PagingQuery } from "../../api/params.js"
import { defineRoute } from "../../api/route.js"
import { orgNames } from "../company/access.js"
import { HoldingRow, holdingRow } from "../warning/holdingRow.js"
import { wealthInScope } from "../warning/wealthScope.js"

export const tag = "理财产品信息"

export const holdProducts = defineRoute({
  method: "get",
  path: "/api/financial/hold_products",
  tag,
  summary: "持有产品查询 Holdings of the customers in scope",
  description:
    "Current holdings (the holding file of the active data version) of customers in the caller's scope. " +
    "`keyword` matches customer code or name, product code or name (contains, case-insensitive). `branchId` and " +
    "`outletId` narrow the list inside the caller's scope; an unknown id, one outside the scope, or an outlet of " +
    "another sub-branch answers an empty list. Soonest expiry first, then customer code and product code.",
  access: "user",
  memo: true,
  query: Schema.Struct({
    keyword: Keyword.annotations({ description: "搜索关键词: customer code or name, product code or name" }),
    branchId: OptionalIdParam(BranchId).annotations({ description: "支行id; 0 or absent: no filter" }),
    outletId: OptionalIdParam(OutletId).annotations({ description: "网点id; 0 or absent: no filter" }),
    ...PagingQuery.fields
  }),
  response: Schema.Struct({
    total: Schema.Int.annotations({ description: "all matching holdings in scope" }),
    products: Schema.Array(HoldingRow)
  }),
  handle: ({ actor, query }) =>
    Effect.gen(function* () {
      const found = yield* wealthInScope(actor.user, query)
      if (Option.isNone(found)) return { total: 0, products: [] }
      const matching = withKeyword(within(found.value.index.holdings, found.value.filter), query.keyword)
      const page = matching.slice((query.page - 1) * query.count, query.page * query.count)
      const names = yield* orgNames
      return { total: matching.length, products: page.map((entry) => holdingRow(entry, names)) }
    })
})
