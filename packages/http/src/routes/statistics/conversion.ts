/**
 * GET /api/statistics/conversion_rate: 转化率统计 (DOMAIN.md §7) for this month and this year (January to this
 * month) in the bank's time zone. Rates are percentages with two decimals (33.33 = 33.33%), 0 without recommended
 * customers.
 */

import { conversionCounts, MarketingRepo, monthAndYearOf, wallKeyOfMs } from "@wm/core"
import { Clock, Effect, Schema } from "effect"
import { PagingQuery } from "../../api/params.js"
import { defineRoute } from "../../api/route.js"
import { bankTimeZone } from "../../api/time.js"
import { KeywordQuery, OrgQuery, sortQuery, statsContext, tag } from "./context.js"
import { type Column, tableAnswer, tableResponse } from "./table.js"

const columns: ReadonlyArray<Column> = [
  { name: "recommandQuantityThisMonth", description: "本月推荐客户数: customers with a marketing record this month" },
  {
    name: "conversionQuantityThisMonth",
    description: "本月转化客户数: of them, bought on or after their first record"
  },
  { name: "conversionRateThisMonth", description: "本月转化率 (%, two decimals)" },
  { name: "conversionQuantityThisYear", description: "本年累积转换客户数" },
  { name: "conversionRateThisYear", description: "本年累计转化率 (%, two decimals)" }
]

export const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 10_000) / 100)

/** [recommended, converted] per period → the five columns. */
export const conversionValues = (s: ReadonlyArray<number>) => [
  s[0]!,
  s[1]!,
  percent(s[1]!, s[0]!),
  s[3]!,
  percent(s[3]!, s[2]!)
]

const DAY = 86_400_000

export const conversionRate = defineRoute({
  method: "get",
  path: "/api/statistics/conversion_rate",
  tag,
  summary: "转化率统计列表 Conversion of marketing contacts per organisation",
  description:
    "Rows as the other statistics lists. Month M: recommended = distinct customers of the organisation with a " +
    "marketing record in M; converted = those with a 认购/申购 on or after their first record in M and inside M; " +
    "the year figures count the same over January to this month.",
  access: "user",
  memo: "daily",
  query: Schema.Struct({
    ...PagingQuery.fields,
    ...KeywordQuery,
    ...OrgQuery,
    ...sortQuery(5, "1 本月推荐 2 本月转化 3 本月转化率 4 本年转化 5 本年转化率")
  }),
  response: tableResponse("ConversionStatistics", columns),
  handle: ({ actor, query }) =>
    Effect.gen(function* () {
      const { tree, scope, index } = yield* statsContext(actor.user)
      const now = yield* Clock.currentTimeMillis
      const periods = monthAndYearOf(wallKeyOfMs(now, bankTimeZone()))
      const year = Math.floor(periods.year.from / 1e10)
      // A day either side of the wall-clock year covers any time zone; conversionCounts keeps the exact period.
      const records = yield* Effect.flatMap(MarketingRepo, (repo) =>
        repo.between(Date.UTC(year, 0, 1) - DAY, Date.UTC(year + 1, 0, 1) + DAY)
      )
      const figures = conversionCounts(index.stats, records, periods, bankTimeZone())
      return tableAnswer(columns, tree, scope, figures, conversionValues, query)
    })
})
