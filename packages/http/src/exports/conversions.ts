/**
 * Export types 16 / 17 转化率统计-导出本月新增 / 本年新增 (DOMAIN.md §7, §9; no list route in the document): the
 * customers converted this month / this year (January to this month), in the bank's time zone. `info`: branchId,
 * outletId — as GET /api/statistics/conversion_rate, whose rows the selection follows, so the rows here are as
 * many as the list's 本月转化客户数 / 本年累积转换客户数 summed over its rows. One row per customer: its first
 * marketing record of the period and the first purchase (认购/申购) on or after it, by record time.
 */
import {
  conversionsOf,
  MarketingRepo,
  marketingTypeLabels,
  monthAndYearOf,
  purchasesAt,
  WealthIndex,
  wallKeyOfMs
} from "@wm/core"
import { Clock, Effect, Option, Schema } from "effect"
import { bankTimeZone } from "../api/time.js"
import { OrgQuery, statsContext } from "../routes/statistics/context.js"
import { bankEpochMs } from "../routes/wallClock.js"
import type { ExportColumn } from "./catalogue.js"
import { membersOf } from "./members.js"
import { decodeInfo } from "./params.js"
import { type ExportSource, sliced } from "./source.js"

const OrgInfo = Schema.Struct(OrgQuery)
const DAY = 86_400_000

const t = (header: string, field: string): ExportColumn => ({ header, field, kind: "text" })

const columns: ReadonlyArray<ExportColumn> = [
  t("企业编号", "code"),
  t("企业名称", "companyName"),
  t("所属支行", "belongsToBranch"),
  t("所属网点", "belongsToOutlet"),
  { header: "首次营销时间", field: "recordTime", kind: "datetime" },
  t("营销情况", "recordType"),
  t("营销人员", "author"),
  { header: "购买时间", field: "purchaseTime", kind: "datetime" },
  t("产品代码", "productCode"),
  t("产品名称", "productName"),
  { header: "金额（万元）", field: "amount", kind: "number" }
]

const conversions = (period: "month" | "year"): ExportSource => ({
  columns,
  check: (_actor, info) => decodeInfo(OrgInfo, info, true),
  read: (actor, info) =>
    Effect.gen(function* () {
      const query = yield* decodeInfo(OrgInfo, info, true)
      const { tree, scope, index, pointer } = yield* statsContext(actor.user)
      const members = membersOf(tree, scope, query)
      const now = yield* Clock.currentTimeMillis
      const periods = monthAndYearOf(wallKeyOfMs(now, bankTimeZone()))
      const year = Math.floor(periods.year.from / 1e10)
      // As conversion_rate: a day either side of the wall-clock year covers any time zone.
      const records = yield* Effect.flatMap(MarketingRepo, (repo) =>
        repo.between(Date.UTC(year, 0, 1) - DAY, Date.UTC(year + 1, 0, 1) + DAY)
      )
      const found = conversionsOf(index.stats, records, periods[period], bankTimeZone()).filter((c) =>
        members.outletCodes.has(c.outletCode)
      )
      const trades = Option.isNone(pointer)
        ? []
        : (yield* Effect.flatMap(WealthIndex, (w) => w.of(pointer.value))).trades.all
      const bought = purchasesAt(trades, new Map(found.map((c) => [c.companyCode, c.purchaseKey])))
      return sliced(found, (c) => {
        const entry = bought.get(c.companyCode)
        return {
          code: c.companyCode,
          companyName: index.customers.get(c.companyCode)?.name ?? "",
          belongsToBranch: members.branchNameOfOutlet(c.outletCode),
          belongsToOutlet: members.outletName(c.outletCode),
          recordTime: c.record.createTime,
          recordType: marketingTypeLabels[c.record.type],
          author: c.record.authorName,
          purchaseTime: entry === undefined ? null : bankEpochMs(entry.trade.tradeTime),
          productCode: entry?.trade.productCode ?? null,
          productName: entry?.productName ?? null,
          amount: entry?.trade.amount ?? null
        }
      })
    })
})

export const convertedThisMonth = conversions("month")
export const convertedThisYear = conversions("year")
