/**
 * GET /api/company/trade_history: a customer's wealth-product trades (理财交易), newest first.
 */

import { CompanyCode, DatasetRepo } from "@wm/core"
import { Effect, Schema } from "effect"
import { PagingQuery } from "../../api/params.js"
import { defineRoute } from "../../api/route.js"
import { bankEpochMs, bankEpochMsOrNull } from "../wallClock.js"
import type { Product } from "./access.js"
import { customerInScope, productsOf } from "./access.js"
import { tag } from "./views.js"

const TradeHistoryRow = Schema.Struct({
  id: Schema.String.annotations({ description: "交易id (tradeId)" }),
  tradeTime: Schema.Number.annotations({ description: "交易日期: epoch ms of the trade time in the bank's time zone" }),
  valueTime: Schema.NullOr(Schema.Number).annotations({ description: "起息日期, epoch ms; null when not given" }),
  expiryTime: Schema.NullOr(Schema.Number).annotations({ description: "到期日期, epoch ms; null when not given" }),
  businessType: Schema.String.annotations({ description: "业务种类: 认购 / 申购 / 赎回 / 到期兑付" }),
  productCode: Schema.String.annotations({ description: "理财产品代码" }),
  productName: Schema.NullOr(Schema.String).annotations({
    description: "理财产品名称; null when the product is not in the current product file"
  }),
  interestRate: Schema.NullOr(Schema.Number).annotations({ description: "收益率 (% a year)" }),
  balance: Schema.NullOr(Schema.Number).annotations({ description: "理财余额 after the trade (万元)" }),
  allRedeemFlag: Schema.NullOr(Schema.Literal(0, 1)).annotations({ description: "全部赎回标志 1 / 0" }),
  tradeChannel: Schema.String.annotations({ description: "交易渠道: 网银 / 手机银行 / 柜台" }),
  financialTradeAmount: Schema.Number.annotations({ description: "理财交易金额 (万元)" })
}).annotations({ identifier: "TradeHistoryRow" })

export const tradeHistory = defineRoute({
  method: "get",
  path: "/api/company/trade_history",
  tag,
  summary: "查看历史交易记录 A customer's wealth-product trades",
  description:
    "The customer's wealth-product trades (the financial_trade upload: 认购, 申购, 赎回, 到期兑付) of the active " +
    "data version, newest first (trades of the same time: the later uploaded first), paged. Money in 万元. " +
    "Scoped like /api/company/detail: a customer outside the caller's scope answers 10007.",
  access: "user",
  memo: true,
  query: Schema.Struct({
    companyId: CompanyCode.annotations({ description: "企业ID (customer code)" }),
    ...PagingQuery.fields
  }),
  response: Schema.Struct({
    total: Schema.Int.annotations({ description: "all the customer's trades" }),
    trade_histories: Schema.Array(TradeHistoryRow)
  }),
  handle: ({ actor, query }) =>
    Effect.gen(function* () {
      const { pointer, portrait } = yield* customerInScope(actor.user, query.companyId)
      const data = yield* DatasetRepo
      const found = yield* data.tradesOf(pointer, "financial_trade", portrait.code, query)
      const products = found.items.length === 0 ? new Map<string, Product>() : yield* productsOf(pointer)
      return {
        total: found.total,
        trade_histories: found.items.map((t) => ({
          id: t.tradeId,
          tradeTime: bankEpochMs(t.tradeTime),
          valueTime: bankEpochMsOrNull(t.valueDate),
          expiryTime: bankEpochMsOrNull(t.expiryDate),
          businessType: t.businessType,
          productCode: t.productCode,
          productName: products.get(t.productCode)?.productName ?? null,
          interestRate: t.interestRate,
          balance: t.balance,
          allRedeemFlag: t.allRedeemFlag === null ? null : t.allRedeemFlag ? (1 as const) : (0 as const),
          tradeChannel: t.channel,
          financialTradeAmount: t.amount
        }))
      }
    })
})
