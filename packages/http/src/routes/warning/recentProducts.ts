/**
 * GET /api/company/recent_products: 理财到期预警, the holdings in scope maturing inside the warning window.
 */
import { currentWarningWindow, maturingBetween, warningRange, within } from "@wm/core"
import { Effect, Option, Schema } from "effect"
import { PagingQuery } from "../../api/params.js"
import { defineRoute } from "../../api/route.js"
import { orgNames } from "../company/access.js"
import { tag } from "./configRecent.js"
import { HoldingRow, holdingRow } from "./holdingRow.js"
import { bankToday } from "./today.js"
import { wealthInScope } from "./wealthScope.js"

export const recentProducts = defineRoute({
  method: "get",
  path: "/api/company/recent_products",
  tag,
  summary: "获取近期持有到期产品 Holdings maturing inside the warning window",
  description:
    "Current holdings (the holding file) of customers in the caller's scope whose expiry date lies in " +
    "[today − start, today + end] days, both ends included, with start and end from /api/company/configrecent " +
    "(default 0 and 40). Today is the server's date in the bank's time zone (BANK_TIMEZONE). Soonest expiry " +
    "first, then by customer code and product code. Balances in 万元. Empty before the first data update.",
  access: "user",
  memo: "daily",
  query: PagingQuery,
  response: Schema.Struct({
    total: Schema.Int.annotations({ description: "all maturing holdings in scope" }),
    companies: Schema.Array(HoldingRow)
  }),
  handle: ({ actor, query }) =>
    Effect.gen(function* () {
      const found = yield* wealthInScope(actor.user)
      if (Option.isNone(found)) return { total: 0, companies: [] }
      const { from, to } = warningRange(yield* bankToday, yield* currentWarningWindow())
      const maturing = maturingBetween(within(found.value.index.holdings, found.value.filter), from, to)
      const page = maturing.slice((query.page - 1) * query.count, query.page * query.count)
      const names = yield* orgNames
      return { total: maturing.length, companies: page.map((entry) => holdingRow(entry, names)) }
    })
})
