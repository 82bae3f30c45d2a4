/**
 * Export types 19 营销按月 / 20 营销按年 (DOMAIN.md §7, §9; no list route in the document): the marketing records
 * of one month / one year (营销时间 in the bank's time zone) of the customers of the caller's scope, narrowed by
 * branchId / outletId as the statistics lists are, oldest first. Relationship managers get their own records
 * (as GET /api/company/marketing answers them), admins every record. `info`: month `YYYY-MM` (type 19) or year
 * `YYYY` (type 20), this month / year when absent; branchId, outletId.
 */
import { type Actor, isScopeAdmin, MarketingRepo, marketingTypeLabels, wallKeyOfMs } from "@wm/core"
import { Clock, Effect, Schema } from "effect"
import { IntLike } from "../api/params.js"
import { bankTimeZone } from "../api/time.js"
import { OrgQuery, statsContext } from "../routes/statistics/context.js"
import type { ExportColumn } from "./catalogue.js"
import { membersOf } from "./members.js"
import { decodeInfo } from "./params.js"
import { type ExportSource, sliced } from "./source.js"

const MonthInfo = Schema.Struct({
  month: Schema.optional(
    Schema.String.pipe(Schema.pattern(/^\d{4}-(0[1-9]|1[0-2])$/, { message: () => "must be YYYY-MM" }))
  ),
  ...OrgQuery
})
const YearInfo = Schema.Struct({
  year: Schema.optional(IntLike(Schema.Int.pipe(Schema.between(2000, 2999)), { minimum: 2000, maximum: 2999 })),
  ...OrgQuery
})

const t = (header: string, field: string): ExportColumn => ({ header, field, kind: "text" })
const DAY = 86_400_000

const columns: ReadonlyArray<ExportColumn> = [
  { header: "营销时间", field: "createTime", kind: "datetime" },
  t("企业编号", "code"),
  t("企业名称", "companyName"),
  t("所属支行", "belongsToBranch"),
  t("所属网点", "belongsToOutlet"),
  t("营销情况", "type"),
  t("详细", "remark"),
  t("营销人员", "author")
]

/** The records of wall-clock years [fromYear-fromMonth, untilYear-untilMonth) in the selection. */
const records = (
  actor: Actor,
  org: { branchId?: number | undefined; outletId?: number | undefined },
  from: number,
  until: number
) =>
  Effect.gen(function* () {
    const { tree, scope, index } = yield* statsContext(actor.user)
    const members = membersOf(tree, scope, org)
    const y0 = Math.floor(from / 1e10)
    const y1 = Math.floor(until / 1e10)
    const all = yield* Effect.flatMap(MarketingRepo, (repo) =>
      repo.between(Date.UTC(y0, 0, 1) - DAY, Date.UTC(y1 + 1, 0, 1) + DAY)
    )
    const own = isScopeAdmin(actor) ? undefined : actor.user.id
    const tz = bankTimeZone()
    const outletOf = (code: string) => {
      const o = index.stats.customerOutlet.get(code)
      return o === undefined ? undefined : index.stats.outletCodes[o]
    }
    const mine = all.filter((r) => {
      if (own !== undefined && r.authorId !== own) return false
      const key = wallKeyOfMs(r.createTime, tz)
      const outlet = outletOf(r.companyCode)
      return key >= from && key < until && outlet !== undefined && members.outletCodes.has(outlet)
    })
    return sliced(mine, (r) => {
      const outlet = outletOf(r.companyCode)!
      return {
        createTime: r.createTime,
        code: r.companyCode,
        companyName: index.customers.get(r.companyCode)?.name ?? "",
        belongsToBranch: members.branchNameOfOutlet(outlet),
        belongsToOutlet: members.outletName(outlet),
        type: marketingTypeLabels[r.type],
        remark: r.remark,
        author: r.authorName
      }
    })
  })

/** Wall-clock number of the first second of year-month. */
const monthKey = (year: number, month: number) => (year * 100 + month) * 1e8 + 1_000_000

const thisWallKey = Effect.map(Clock.currentTimeMillis, (now) => wallKeyOfMs(now, bankTimeZone()))

export const recordsByMonth: ExportSource = {
  columns,
  check: (_actor, info) => decodeInfo(MonthInfo, info, true),
  read: (actor, info) =>
    Effect.gen(function* () {
      const q = yield* decodeInfo(MonthInfo, info, true)
      const now = yield* thisWallKey
      const [y, m] =
        q.month === undefined ? [Math.floor(now / 1e10), Math.floor(now / 1e8) % 100] : q.month.split("-").map(Number)
      const next = m === 12 ? monthKey(y! + 1, 1) : monthKey(y!, m! + 1)
      return yield* records(actor, q, monthKey(y!, m!), next)
    })
}

export const recordsByYear: ExportSource = {
  columns,
  check: (_actor, info) => decodeInfo(YearInfo, info, true),
  read: (actor, info) =>
    Effect.gen(function* () {
      const q = yield* decodeInfo(YearInfo, info, true)
      const year = q.year ?? Math.floor((yield* thisWallKey) / 1e10)
      return yield* records(actor, q, monthKey(year, 1), monthKey(year + 1, 1))
    })
}
