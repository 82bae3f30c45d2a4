/**
 * The statistics lists (DOMAIN.md §8) history_list (wealth trades in a period) and hold_list (current holdings). Rows, sorting and ranks as core's Statistics/OrgRows says; money in
 * 万元 with two decimals, and sorting and ranks compare the figures as shown.
 */
import { historyFigures, holdFigures, InvalidInput, wanOfMicro } from "@wm/core"
import { Effect, Schema } from "effect"
import { PagingQuery } from "../../api/params.js"
import { defineRoute } from "../../api/route.js"
import { KeywordQuery, OrgQuery, PeriodQuery, sortQuery, statsContext, tag, wallPeriodOf } from "./context.js"
import { type Column, tableAnswer, tableResponse } from "./table.js"

const historyColumns: ReadonlyArray<Column> = [
  { name: "boughtBalance", description: "购买总份额（万元）: 认购+申购" },
  { name: "onlineBoughtBalance", description: "网银购买总份额（万元）: 网银 or 手机银行" },
  { name: "counterBoughtBalance", description: "柜台购买总份额（万元）" },
  { name: "redeemBalance", description: "赎回总份额（万元）: 赎回+到期兑付" },
  { name: "onlineRedeemBalance", description: "网银赎回总份额（万元）" },
  { name: "counterRedeemBalance", description: "柜台赎回总份额（万元）" }
]

const holdColumns: ReadonlyArray<Column> = [
  { name: "balance", description: "总持有份额（万元）" },
  { name: "guaranteedBalance", description: "保本理财份额（万元）" },
  { name: "nonGuaranteedBalance", description: "非保本理财份额（万元）" },
  { name: "structuralBalance", description: "结构性理财份额（万元）" }
]

const money = (sums: ReadonlyArray<number>) => sums.map(wanOfMicro)

export const checkPeriod = (q: { starttime?: number | undefined; endtime?: number | undefined }) =>
  q.starttime !== undefined && q.endtime !== undefined && q.starttime > q.endtime
    ? Effect.fail(new InvalidInput({ field: "endtime", reason: "must not be before starttime" }))
    : Effect.void

export const rowsText =
  "Rows: the sub-branches in the caller's scope; with branchId that sub-branch's outlets, with outletId that " +
  "outlet (outlet staff always see their outlet). keyword matches the organisation's name or code."

export const historyList = defineRoute({
  method: "get",
  path: "/api/statistics/history_list",
  tag,
  summary: "历史购买产品-统计列表 Wealth purchases and redemptions per organisation",
  description: `${rowsText} Wealth trades (financial_trade) of the rows' customers with trade time in [starttime, endtime].`,
  access: "user",
  memo: true,
  query: Schema.Struct({
    ...PagingQuery.fields,
    ...PeriodQuery,
    ...KeywordQuery,
    ...OrgQuery,
    ...sortQuery(6, "1 购买 2 网银购买 3 柜台购买 4 赎回 5 网银赎回 6 柜台赎回")
  }),
  response: tableResponse("HistoryStatistics", historyColumns),
  handle: ({ actor, query }) =>
    Effect.gen(function* () {
      yield* checkPeriod(query)
      const { tree, scope, index } = yield* statsContext(actor.user)
      const figures = historyFigures(index.stats, wallPeriodOf(query))
      return tableAnswer(historyColumns, tree, scope, figures, money, query)
    })
})

export const holdList = defineRoute({
  method: "get",
  path: "/api/statistics/hold_list",
  tag,
  summary: "当前持有产品-统计列表 Current holdings per organisation",
  description: `${rowsText} Current holding balances (the holding file) by the product's type 保本 / 非保本 / 结构性.`,
  access: "user",
  memo: true,
  query: Schema.Struct({
    ...PagingQuery.fields,
    ...KeywordQuery,
    ...OrgQuery,
    ...sortQuery(4, "1 总持有 2 保本 3 非保本 4 结构性")
  }),
  response: tableResponse("HoldStatistics", holdColumns),
  handle: ({ actor, query }) =>
    Effect.gen(function* () {
      const { tree, scope, index } = yield* statsContext(actor.user)
      return tableAnswer(holdColumns, tree, scope, holdFigures(index.stats), money, query)
    })
})
