/**
 * GET /api/financial/trade_flow: 交易流水查询, the wealth-product trades (理财交易, the financial_trade upload) of the
 * customers in scope, newest first; rows map as in /api/company/trade_history.
 */
import { BranchId, InvalidInput, OutletId, type TradeEntry, within, withKeyword } from "@wm/core"
import { Effect, Option, Schema } from "effect"
import { Keyword, OptionalIdParam, PagingQuery } from "../../api/params.js"
import { defineRoute } from "../../api/route.js"
import { type OrgNames, orgNames } from "../company/access.js"
import { bankEpochMs, bankEpochMsOrNull } from "../wallClock.js"
import { customerProduct, customerProductFields } from "../warning/holdingRow.js"
import { wealthInScope } from "../warning/wealthScope.js"
import { tag } from "./holdProducts.js"

const TradeFlowRow = Schema.Struct({
  id: Schema.String.annotations({ description: "交易id (tradeId)" }),
  ...customerProductFields,
  tradeTime: Schema.Number.annotations({ description: "交易时间: epoch ms of the trade time in the bank's time zone" }),
  valueTime: Schema.NullOr(Schema.Number).annotations({ description: "起息日, epoch ms; null when not given" }),
  expiryTime: Schema.NullOr(Schema.Number).annotations({ description: "到期日, epoch ms; null when not given" }),
  businessType: Schema.String.annotations({ description: "业务种类: 认购 / 申购 / 赎回 / 到期兑付" }),
  interestRate: Schema.NullOr(Schema.Number).annotations({ description: "收益率 (% a year)" }),
  tradeChannel: Schema.String.annotations({ description: "渠道: 网银 / 手机银行 / 柜台" }),
  financialTradeAmount: Schema.Number.annotations({
    description: "金额（万元）; a number, as in /api/company/trade_history"
  })
}).annotations({ identifier: "TradeFlowRow" })

export const tradeFlowRow = (
  { customer, productName, trade }: TradeEntry,
  names: OrgNames
): typeof TradeFlowRow.Type => ({
  id: trade.tradeId,
  ...customerProduct(customer, trade.productCode, productName, names),
  tradeTime: bankEpochMs(trade.tradeTime),
  valueTime: bankEpochMsOrNull(trade.valueDate),
  expiryTime: bankEpochMsOrNull(trade.expiryDate),
  businessType: trade.businessType,
  interestRate: trade.interestRate,
  tradeChannel: trade.channel,
  financialTradeAmount: trade.amount
})

export const tradeFlow = defineRoute({
  method: "get",
  path: "/api/financial/trade_flow",
  tag,
  summary: "交易流水查询 Wealth-product trades of the customers in scope",
  description:
    "Wealth-product trades (认购, 申购, 赎回, 到期兑付) of the active data version of customers in the caller's scope, " +
    "newest first (trades of the same time: the later uploaded first). `keyword` matches customer code or name, " +
    "product code or name. `branchId` and `outletid` (spelt so in the API document; `outletId` too) narrow inside " +
    "the scope as in /api/financial/hold_products; `outletid` and `outletId` naming two outlets answer 10001. " +
    "Amounts in 万元.",
  access: "user",
  memo: true,
  query: Schema.Struct({
    keyword: Keyword.annotations({ description: "关键词: customer code or name, product code or name" }),
    branchId: OptionalIdParam(BranchId).annotations({ description: "支行id; 0 or absent: no filter" }),
    outletid: OptionalIdParam(OutletId).annotations({ description: "网点id (lower-case i); 0 or absent: no filter" }),
    outletId: OptionalIdParam(OutletId).annotations({
      description: "网点id, the spelling of every other route: the same filter as `outletid`"
    }),
    ...PagingQuery.fields
  }),
  response: Schema.Struct({
    total: Schema.Int.annotations({ description: "all matching trades in scope" }),
    products: Schema.Array(TradeFlowRow)
  }),
  handle: ({ actor, query }) =>
    Effect.gen(function* () {
      const { outletid, outletId } = query
      if (outletid !== undefined && outletId !== undefined && outletid !== outletId) {
        return yield* new InvalidInput({
          field: "outletId",
          reason: `names another outlet than outletid (${outletid})`
        })
      }
      const found = yield* wealthInScope(actor.user, { branchId: query.branchId, outletId: outletId ?? outletid })
      if (Option.isNone(found)) return { total: 0, products: [] }
      const matching = withKeyword(within(found.value.index.trades, found.value.filter), query.keyword)
      const page = matching.slice((query.page - 1) * query.count, query.page * query.count)
      const names = yield* orgNames
      return { total: matching.length, products: page.map((entry) => tradeFlowRow(entry, names)) }
    })
})
