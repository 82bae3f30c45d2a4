/**
 * 用户画像: a customer's portrait, customer search and code/name suggestions, read from the portrait read model
 * of the active data version (DOMAIN.md §3). Every read is scoped: a customer outside the caller's scope
 * answers 10007 exactly like a missing one.
 *
 * Scope follows the sub-branch and outlet a portrait was computed with (the last update or recompute), so
 * the detail, the search and the suggestions always agree; an organisation change shows after the next one.
 */
import {
  type BalanceFigure,
  CompanyCode,
  type CompanyPortrait,
  DatasetRepo,
  type DirectionBlock,
  NotFound,
  OrganisationRepo,
  type PortraitFilter,
  type StoredPortrait,
  scopeOf,
  type TradeFigure,
  type User
} from "@wm/core"
import { Effect, Option, Schema } from "effect"
import { IntLike, Keyword, PagingQuery } from "../api/params.js"
import { defineRoute } from "../api/route.js"

const tag = "用户画像"

const Standing = {
  rank: Schema.Int.annotations({ description: "排名 (bank-wide, 1 = highest)" }),
  branchRank: Schema.Int.annotations({ description: "支行排名" }),
  outletRank: Schema.Int.annotations({ description: "网点排名" }),
  level: Schema.Int.annotations({ description: "等级 1–5, the bank-wide quintile" })
}
const Triple = Schema.Array(Schema.Number).annotations({ description: "[max, min, avg]" })
const Degree = Schema.Literal("低", "中", "高", "无").annotations({ description: "波动程度" })

const BalanceView = Schema.Struct({ balance: Triple, fluctuationDegree: Degree, ...Standing }).annotations({
  identifier: "BalanceFigure",
  description: "时点余额 or 月日均余额 in yuan; null when no value is behind it"
})
const TradeView = Schema.Struct({
  amount: Triple.annotations({ description: "交易金额 per month (yuan) [max, min, avg]" }),
  quantity: Triple.annotations({ description: "交易笔数 per month [max, min, avg]" }),
  amountFluctuationDegree: Degree,
  quantityFluctuationDegree: Degree,
  ...Standing
}).annotations({ identifier: "TradeFigure", description: "交易; null when the customer has no transaction" })
const DirectionView = Schema.Struct({
  hourBalance: Schema.NullOr(BalanceView),
  monthBalance: Schema.NullOr(BalanceView),
  trade: Schema.NullOr(TradeView)
}).annotations({ identifier: "TradeStream" })

const balanceView = (f: BalanceFigure | null): typeof BalanceView.Type | null =>
  f === null
    ? null
    : {
        balance: [...f.balance],
        fluctuationDegree: f.fluctuationDegree,
        rank: f.rank,
        branchRank: f.branchRank,
        outletRank: f.outletRank,
        level: f.level
      }
const tradeView = (f: TradeFigure | null): typeof TradeView.Type | null =>
  f === null
    ? null
    : {
        amount: [...f.amount],
        quantity: [...f.quantity],
        amountFluctuationDegree: f.amountFluctuationDegree,
        quantityFluctuationDegree: f.quantityFluctuationDegree,
        rank: f.rank,
        branchRank: f.branchRank,
        outletRank: f.outletRank,
        level: f.level
      }
const directionView = (d: DirectionBlock): typeof DirectionView.Type => ({
  hourBalance: balanceView(d.hourBalance),
  monthBalance: balanceView(d.monthBalance),
  trade: tradeView(d.trade)
})

/** The active data version; none yet means no customer can be shown. */
const activeVersion = Effect.flatMap(DatasetRepo, (data) => data.pointer())

/** The portrait filter of the caller's scope, or none when the caller sees no customer at all. */
const scopeFilterOf = (user: User) =>
  Effect.gen(function* () {
    const scope = scopeOf(user)
    if (scope.level === "bank") return Option.some<PortraitFilter>({})
    const orgs = yield* OrganisationRepo
    if (scope.level === "branch") {
      return Option.map(yield* orgs.findBranch(scope.branchId), (b): PortraitFilter => ({ branchCode: b.code }))
    }
    return Option.map(yield* orgs.findOutlet(scope.outletId), (o): PortraitFilter => ({ outletCode: o.code }))
  })

const inScope = (filter: PortraitFilter, p: StoredPortrait) =>
  (filter.branchCode === undefined || filter.branchCode === p.branchCode) &&
  (filter.outletCode === undefined || filter.outletCode === p.outletCode)

/** Outlet and sub-branch names by code, from the organisation tree. */
const orgNames = Effect.gen(function* () {
  const orgs = yield* OrganisationRepo
  const outlets = new Map((yield* orgs.listOutlets({})).map((o) => [o.code as string, o.name]))
  const branches = new Map((yield* orgs.listBranches()).map((b) => [b.code as string, b.name]))
  return {
    outlet: (code: string) => outlets.get(code) ?? "",
    branch: (code: string) => branches.get(code) ?? ""
  }
})

/** Portraits in scope matching the keyword, ordered by code; an empty page without data or scope. */
const searchInScope = (user: User, keyword: string | undefined, page: { page: number; count: number }) =>
  Effect.gen(function* () {
    const pointer = yield* activeVersion
    const filter = yield* scopeFilterOf(user)
    if (Option.isNone(pointer) || Option.isNone(filter)) return { total: 0, items: [] as ReadonlyArray<StoredPortrait> }
    const data = yield* DatasetRepo
    const term = keyword?.trim()
    return yield* data.searchPortraits(
      pointer.value.version,
      { ...filter.value, ...(term ? { keyword: term } : {}) },
      page
    )
  })

const monthView = (m: CompanyPortrait["months"][number]) => ({
  month: m.month,
  avgBalance: m.avgBalance,
  borrowAmount: m.borrowAmount,
  borrowCount: m.borrowCount,
  lendAmount: m.lendAmount,
  lendCount: m.lendCount
})

const detail = defineRoute({
  method: "get",
  path: "/api/company/detail",
  tag,
  summary: "企业画像详情 A customer's portrait",
  description:
    "Figures of the active data version (DOMAIN.md §3). A figure without any value behind it (no transaction of " +
    "that direction in the window) is null rather than zeros. Every balance triple is numbers ([max, min, avg], " +
    "yuan). `recommand` and `top5Product` are empty until recommendation lands; `financialProduct` and " +
    "`preference` are not answered yet. A customer outside the caller's scope, or any customer before the " +
    "first update, answers 10007.",
  access: "user",
  query: Schema.Struct({ id: CompanyCode.annotations({ description: "企业编号 (customer code)" }) }),
  response: Schema.Struct({
    basicInfo: Schema.Struct({
      companyName: Schema.String.annotations({ description: "企业名称" }),
      linkman: Schema.String.annotations({ description: "联系人" }),
      belongsToOutlet: Schema.String.annotations({ description: "所属网点 (name)" }),
      belongsToBranch: Schema.String.annotations({ description: "所属支行 (name)" }),
      code: Schema.String.annotations({ description: "编号" }),
      contact: Schema.String.annotations({ description: "联系电话" })
    }),
    allTradeStream: DirectionView,
    borrowTradeStream: DirectionView,
    lendTradeStream: DirectionView,
    innerScale: Schema.Struct({
      trade: Schema.Number,
      quantity: Schema.Number,
      borrowTrade: Schema.Number,
      borrowQuantity: Schema.Number,
      lendTrade: Schema.Number,
      lendQuantity: Schema.Number
    }).annotations({ description: "行内占比, 0–1 to four decimals" }),
    idleFunds: Schema.NullOr(Schema.Number).annotations({ description: "沉淀资金 (yuan), null without balances" }),
    months: Schema.Array(
      Schema.Struct({
        month: Schema.String.annotations({ description: "YYYY-MM" }),
        avgBalance: Schema.NullOr(Schema.Number),
        borrowAmount: Schema.Number,
        borrowCount: Schema.Int,
        lendAmount: Schema.Number,
        lendCount: Schema.Int
      })
    ).annotations({ description: "the 12 window months, oldest first, for charts" }),
    analysisDate: Schema.NullOr(Schema.String).annotations({ description: "analysis date D, YYYY-MM-DD" }),
    recommand: Schema.Tuple().annotations({ description: "推荐产品 (empty for now)" }),
    top5Product: Schema.Tuple().annotations({ description: "top5产品 (empty for now)" })
  }),
  handle: ({ actor, query }) =>
    Effect.gen(function* () {
      const missing = new NotFound({ entity: "company", key: query.id })
      const pointer = yield* activeVersion
      if (Option.isNone(pointer)) return yield* missing
      const filter = yield* scopeFilterOf(actor.user)
      const found = yield* Effect.flatMap(DatasetRepo, (data) => data.portrait(pointer.value.version, query.id))
      if (Option.isNone(found) || Option.isNone(filter) || !inScope(filter.value, found.value)) return yield* missing
      const p = found.value
      const names = yield* orgNames
      return {
        basicInfo: {
          companyName: p.name,
          linkman: p.linkman,
          belongsToOutlet: names.outlet(p.outletCode),
          belongsToBranch: names.branch(p.branchCode),
          code: p.code,
          contact: p.contact
        },
        allTradeStream: directionView(p.portrait.all),
        borrowTradeStream: directionView(p.portrait.borrow),
        lendTradeStream: directionView(p.portrait.lend),
        innerScale: { ...p.portrait.innerScale },
        idleFunds: p.portrait.idleFunds,
        months: p.portrait.months.map(monthView),
        analysisDate: pointer.value.analysisDate,
        recommand: [] as const,
        top5Product: [] as const
      }
    })
})

const SearchRow = Schema.Struct({
  id: Schema.String.annotations({ description: "企业编号 (same as code)" }),
  code: Schema.String.annotations({ description: "企业编号" }),
  companyName: Schema.String.annotations({ description: "企业名称" }),
  belongsToOutlet: Schema.String.annotations({ description: "所属网点 (name)" }),
  belongsToBranch: Schema.String.annotations({ description: "所属支行 (name)" }),
  idleFunds: Schema.NullOr(Schema.Number).annotations({ description: "沉淀资金 (yuan)" }),
  monthBalance: Schema.NullOr(Schema.Number).annotations({ description: "月日均余额 avg (yuan)" }),
  hourBalanceLevel: Schema.NullOr(Schema.Int).annotations({ description: "时点余额等级 1–5" }),
  monthBalanceLevel: Schema.NullOr(Schema.Int).annotations({ description: "月日均余额等级 1–5" }),
  tradeLevel: Schema.NullOr(Schema.Int).annotations({ description: "交易等级 1–5" })
}).annotations({ identifier: "CompanySearchRow" })

const search = defineRoute({
  method: "get",
  path: "/api/company/search",
  tag,
  summary: "搜索理财客户信息 Search customers in scope",
  description:
    "Customers of the caller's scope whose code or name contains the keyword (case-insensitive), ordered by " +
    "code. Preference columns of the document are not answered yet.",
  access: "user",
  query: Schema.Struct({
    keyword: Keyword.annotations({ description: "搜索关键词 (code or name)" }),
    ...PagingQuery.fields
  }),
  response: Schema.Struct({ total: Schema.Int, companies: Schema.Array(SearchRow) }),
  handle: ({ actor, query }) =>
    Effect.gen(function* () {
      const found = yield* searchInScope(actor.user, query.keyword, query)
      const names = yield* orgNames
      return {
        total: found.total,
        companies: found.items.map((p) => ({
          id: p.code,
          code: p.code,
          companyName: p.name,
          belongsToOutlet: names.outlet(p.outletCode),
          belongsToBranch: names.branch(p.branchCode),
          idleFunds: p.portrait.idleFunds,
          monthBalance: p.portrait.all.monthBalance?.balance[2] ?? null,
          hourBalanceLevel: p.portrait.all.hourBalance?.level ?? null,
          monthBalanceLevel: p.portrait.all.monthBalance?.level ?? null,
          tradeLevel: p.portrait.all.trade?.level ?? null
        }))
      }
    })
})

export const MAX_SUGGESTIONS = 10

const suggestion = defineRoute({
  method: "get",
  path: "/api/company/suggestion",
  tag,
  summary: "模糊搜索企业编号或名称 Suggest customers by code or name",
  description: `Up to \`limit\` (default and at most ${MAX_SUGGESTIONS}) customers of the caller's scope whose code or name contains the keyword.`,
  access: "user",
  query: Schema.Struct({
    keyword: Schema.String.pipe(Schema.maxLength(100)).annotations({ description: "搜索词 (code or name)" }),
    limit: Schema.optionalWith(
      IntLike(Schema.Int.pipe(Schema.between(1, MAX_SUGGESTIONS)), { minimum: 1, maximum: MAX_SUGGESTIONS }),
      { default: () => MAX_SUGGESTIONS }
    ).annotations({ description: `限制条数，默认${MAX_SUGGESTIONS}` })
  }),
  response: Schema.Struct({
    total: Schema.Int.annotations({ description: "all matches in scope" }),
    companies: Schema.Array(
      Schema.Struct({
        id: Schema.String.annotations({ description: "企业编号 (same as code)" }),
        code: Schema.String.annotations({ description: "企业编号" }),
        companyName: Schema.String.annotations({ description: "企业名称" })
      })
    )
  }),
  handle: ({ actor, query }) =>
    Effect.map(searchInScope(actor.user, query.keyword, { page: 1, count: query.limit }), (found) => ({
      total: found.total,
      companies: found.items.map((p) => ({ id: p.code, code: p.code, companyName: p.name }))
    }))
})

export const companyRoutes = [detail, search, suggestion]
