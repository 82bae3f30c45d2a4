/**
 * What every statistics route starts from: the organisation tree, the caller's scope, the statistics index of the
 * active data version (empty before the first update), and the request parameters they share.
 */
import {
  BranchId,
  buildStatsData,
  OrganisationRepo,
  OutletId,
  type StatisticsData,
  StatisticsIndex,
  scopeOf,
  type User,
  wallKeyOfMs
} from "@wm/core"
import { Effect, Option, Schema } from "effect"
import { IntLike, Keyword, OptionalIdParam } from "../../api/params.js"
import { bankTimeZone } from "../../api/time.js"
import { activeVersion } from "../company/access.js"

export const tag = "数据管理"

const empty: StatisticsData = {
  stats: buildStatsData({ customers: [], products: [], holdings: [], trades: [] }),
  listed: [],
  customers: new Map()
}

export const statsContext = (user: User) =>
  Effect.gen(function* () {
    const orgs = yield* OrganisationRepo
    const tree = { branches: yield* orgs.listBranches(), outlets: yield* orgs.listOutlets({}) }
    const pointer = yield* activeVersion
    const index = Option.isNone(pointer) ? empty : yield* Effect.flatMap(StatisticsIndex, (s) => s.of(pointer.value))
    return { tree, scope: scopeOf(user), index, pointer }
  })

export const OrgQuery = {
  branchId: OptionalIdParam(BranchId).annotations({ description: "支行id: that sub-branch's outlets as rows" }),
  outletId: OptionalIdParam(OutletId).annotations({ description: "网点id: that outlet only" })
}

export const KeywordQuery = { keyword: Keyword.annotations({ description: "机构名称 (or code) contains" }) }

const Millis = IntLike(Schema.Int.pipe(Schema.between(0, 8_640_000_000_000_000)), { minimum: 0 })

export const PeriodQuery = {
  starttime: Schema.optional(Millis).annotations({ description: "开始时间戳 (epoch ms, inclusive); absent: no bound" }),
  endtime: Schema.optional(Millis).annotations({
    description: "截止时间戳 (epoch ms, inclusive); absent: no bound; not before starttime (10001 otherwise)"
  })
}

export const sortQuery = (figures: number, text: string) => ({
  sortType: Schema.optional(
    IntLike(Schema.Int.pipe(Schema.between(1, figures)), { minimum: 1, maximum: figures, description: text })
  ).annotations({ description: `${text}; absent: organisation code order` }),
  sort: Schema.optional(
    IntLike(Schema.Int.pipe(Schema.between(0, 1)), { enum: [0, 1], description: "1 降序 (default), 0 升序" })
  ).annotations({ description: "1 降序 (default), 0 升序" })
})

/** The request period as wall-clock numbers of the bank, both ends included (end to its last second). */
export const wallPeriodOf = (query: { starttime?: number | undefined; endtime?: number | undefined }) => ({
  from: query.starttime === undefined ? 0 : wallKeyOfMs(query.starttime, bankTimeZone()),
  until: query.endtime === undefined ? Number.POSITIVE_INFINITY : wallKeyOfMs(query.endtime, bankTimeZone()) + 1
})
