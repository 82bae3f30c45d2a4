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
  type DatasetPointer,
  DatasetRepo,
  type DirectionBlock,
  NotFound,
  OrganisationRepo,
  type PortraitFilter,
  type StoredPortrait,
  scopeOf,
  type TradeFigure,
  type UploadRow,
  type User
} from "@wm/core"
import { Chunk, Effect, Option, Schema, Stream } from "effect"
import { IntLike, Keyword, PagingQuery } from "../api/params.js"
import { defineRoute } from "../api/route.js"
import { bankEpochMs, bankEpochMsOrNull } from "./wallClock.js"

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
/** 理财偏好 (DOMAIN.md §4), computed by the recompute. */
const PreferenceView = Schema.Struct({
  bought: Schema.Boolean.annotations({ description: "false: 未购买, preferences inferred from transactions" }),
  risk: Schema.Int.annotations({ description: "投资风险偏好 1–5" }),
  amount: Schema.String.annotations({ description: "金额偏好" }),
  cycle: Schema.String.annotations({ description: "周期偏好" }),
  interestRate: Schema.NullOr(Schema.Struct({ min: Schema.Number, max: Schema.Number })).annotations({
    description: "投资利率偏好 (% a year); null when not bought"
  }),
  channel: Schema.NullOr(Schema.String).annotations({ description: "推荐触达渠道" }),
  category: Schema.String.annotations({ description: "企业分类" }),
  features: Schema.Array(Schema.String).annotations({ description: "理财特征" })
}).annotations({ identifier: "Preference" })

const preferenceView = (p: StoredPortrait["preference"]): typeof PreferenceView.Type => ({
  bought: p.bought,
  risk: p.risk,
  amount: p.amount,
  cycle: p.cycle,
  interestRate: p.interestRate === null ? null : { min: p.interestRate.min, max: p.interestRate.max },
  channel: p.channel,
  category: p.category,
  features: [...p.features]
})

const DirectionView = Schema.Struct({
  hourBalance: Schema.NullOr(BalanceView),
  monthBalance: Schema.NullOr(BalanceView),
  trade: Schema.NullOr(TradeView)
}).annotations({ identifier: "TradeStream" })

const InnerScaleView = Schema.Struct({
  trade: Schema.Number,
  quantity: Schema.Number,
  borrowTrade: Schema.Number,
  borrowQuantity: Schema.Number,
  lendTrade: Schema.Number,
  lendQuantity: Schema.Number
}).annotations({ identifier: "InnerScale", description: "行内占比, 0–1 to four decimals" })

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

/** The customer as the caller may see it (active pointer and portrait); outside the scope exactly as missing. */
const customerInScope = (user: User, code: string) =>
  Effect.gen(function* () {
    const missing = new NotFound({ entity: "company", key: code })
    const pointer = yield* activeVersion
    if (Option.isNone(pointer)) return yield* missing
    const filter = yield* scopeFilterOf(user)
    const found = yield* Effect.flatMap(DatasetRepo, (data) => data.portrait(pointer.value.version, code))
    if (Option.isNone(found) || Option.isNone(filter) || !inScope(filter.value, found.value)) return yield* missing
    return { pointer: pointer.value, portrait: found.value }
  })

type Product = UploadRow<"product">

/**
 * The product snapshot by code, read once per store and data version (the catalogue is small) and kept until the
 * next update. Keyed by the store's service object, so separate stores (tests) never share an entry, and by the
 * pointer's version, activation time and product snapshot, which change with every update.
 */
const catalogues = new WeakMap<object, { readonly key: string; readonly byCode: ReadonlyMap<string, Product> }>()

const productsOf = (pointer: DatasetPointer) =>
  Effect.gen(function* () {
    const data = yield* DatasetRepo
    const key = `${pointer.version}/${pointer.appliedAt}/${pointer.snapshots.product ?? "-"}`
    const cached = catalogues.get(data)
    if (cached !== undefined && cached.key === key) return cached.byCode
    const rows = Chunk.toReadonlyArray(yield* Stream.runCollect(data.readRows(pointer, "product")))
    const byCode: ReadonlyMap<string, Product> = new Map(rows.map((p) => [p.productCode, p]))
    catalogues.set(data, { key, byCode })
    return byCode
  })

/** A customer's holdings with their products, soonest maturity first (then by product code). */
const holdingsWithProducts = (pointer: DatasetPointer, code: string) =>
  Effect.gen(function* () {
    const data = yield* DatasetRepo
    const holdings = yield* data.holdingsOf(pointer, code)
    if (holdings.length === 0) return []
    const products = yield* productsOf(pointer)
    return [...holdings]
      .sort((a, b) =>
        a.expiryDate !== b.expiryDate
          ? a.expiryDate < b.expiryDate
            ? -1
            : 1
          : a.productCode < b.productCode
            ? -1
            : a.productCode > b.productCode
              ? 1
              : 0
      )
      .map((holding) => ({ holding, product: products.get(holding.productCode) }))
  })

const termText = (product: Product | undefined) => (product === undefined ? null : `${product.termDays}天`)

const FinancialProductView = Schema.Struct({
  productCode: Schema.String.annotations({ description: "产品代码" }),
  productName: Schema.NullOr(Schema.String).annotations({
    description: "理财产品名称; null when the product is not in the current product file"
  }),
  investmentPeriod: Schema.NullOr(Schema.String).annotations({ description: "投资期限, the product's term: 182天" }),
  deadline: Schema.Number.annotations({
    description: "赎回/到期日: the holding's expiryDate, epoch ms of its midnight in the bank's time zone"
  }),
  riskLevel: Schema.NullOr(Schema.String).annotations({ description: "风险评级 R1–R5" }),
  interestRate: Schema.NullOr(Schema.Number).annotations({
    description: "业绩基准: the product's expected rate, % a year"
  }),
  share: Schema.Number.annotations({
    description: "持有份额: the holding's balance in 万元 (a number here and in detail_1)"
  })
}).annotations({ identifier: "FinancialProduct" })

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
    "yuan). `financialProduct` lists the customer's current holdings (the holding file) with their products " +
    "(the product file), soonest maturity first. `recommand` and `top5Product` are empty until recommendation " +
    "lands; `preference` is not answered yet. A customer outside the caller's scope, or any customer before " +
    "the first update, answers 10007.",
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
    financialProduct: Schema.Array(FinancialProductView).annotations({
      description: "理财产品信息 (current holdings)"
    }),
    allTradeStream: DirectionView,
    borrowTradeStream: DirectionView,
    lendTradeStream: DirectionView,
    innerScale: InnerScaleView,
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
    preference: PreferenceView,
    recommand: Schema.Tuple().annotations({ description: "推荐产品 (empty for now)" }),
    top5Product: Schema.Tuple().annotations({ description: "top5产品 (empty for now)" })
  }),
  handle: ({ actor, query }) =>
    Effect.gen(function* () {
      const { pointer, portrait: p } = yield* customerInScope(actor.user, query.id)
      const names = yield* orgNames
      const held = yield* holdingsWithProducts(pointer, p.code)
      return {
        basicInfo: {
          companyName: p.name,
          linkman: p.linkman,
          belongsToOutlet: names.outlet(p.outletCode),
          belongsToBranch: names.branch(p.branchCode),
          code: p.code,
          contact: p.contact
        },
        financialProduct: held.map(({ holding, product }) => ({
          productCode: holding.productCode,
          productName: product?.productName ?? null,
          investmentPeriod: termText(product),
          deadline: bankEpochMs(holding.expiryDate),
          riskLevel: product?.riskLevel ?? null,
          interestRate: product?.expectedRate ?? null,
          share: holding.balance
        })),
        allTradeStream: directionView(p.portrait.all),
        borrowTradeStream: directionView(p.portrait.borrow),
        lendTradeStream: directionView(p.portrait.lend),
        innerScale: { ...p.portrait.innerScale },
        idleFunds: p.portrait.idleFunds,
        months: p.portrait.months.map(monthView),
        analysisDate: pointer.analysisDate,
        preference: preferenceView(p.preference),
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

/** The superseded detail_1 shape of a figure: no sub-branch or outlet rank. */
const LegacyBalanceView = Schema.Struct({
  balance: Triple,
  fluctuationDegree: Degree,
  rank: Standing.rank,
  level: Standing.level
}).annotations({ identifier: "LegacyBalanceFigure" })
const LegacyTradeView = Schema.Struct({
  amount: Triple,
  quantity: Triple,
  amountFluctuationDegree: Degree,
  quantityFluctuationDegree: Degree,
  rank: Standing.rank,
  level: Standing.level
}).annotations({ identifier: "LegacyTradeFigure" })
const LegacyDirectionView = Schema.Struct({
  hourBalance: Schema.NullOr(LegacyBalanceView),
  monthBalance: Schema.NullOr(LegacyBalanceView),
  trade: Schema.NullOr(LegacyTradeView)
}).annotations({ identifier: "LegacyTradeStream" })

const legacyBalance = (f: BalanceFigure | null) =>
  f === null ? null : { balance: [...f.balance], fluctuationDegree: f.fluctuationDegree, rank: f.rank, level: f.level }
const legacyDirection = (d: DirectionBlock): typeof LegacyDirectionView.Type => ({
  hourBalance: legacyBalance(d.hourBalance),
  monthBalance: legacyBalance(d.monthBalance),
  trade:
    d.trade === null
      ? null
      : {
          amount: [...d.trade.amount],
          quantity: [...d.trade.quantity],
          amountFluctuationDegree: d.trade.amountFluctuationDegree,
          quantityFluctuationDegree: d.trade.quantityFluctuationDegree,
          rank: d.trade.rank,
          level: d.trade.level
        }
})

const detailLegacy = defineRoute({
  method: "get",
  path: "/api/company/detail_1",
  tag,
  summary: "企业详情 (superseded) A customer's portrait in the old shape",
  description:
    "The 回收站 shape of /api/company/detail, from the same read model: figures without `branchRank` and " +
    "`outletRank`, and `financialProduct` entries as {name, share, risk, term, deadline, interestRate, " +
    "instructionId}. `share` (万元) and `interestRate` (% a year) are numbers, as in /api/company/detail; " +
    "`instructionId` is the product's manual link, else its product code. `recommand` is empty and `preference` " +
    "is not answered. Scoped like /api/company/detail. Use /api/company/detail.",
  deprecated: true,
  access: "user",
  query: Schema.Struct({ id: CompanyCode.annotations({ description: "企业编号 (customer code)" }) }),
  response: Schema.Struct({
    basicInfo: Schema.Struct({
      companyName: Schema.String,
      linkman: Schema.String,
      belongsToOutlet: Schema.String,
      belongsToBranch: Schema.String,
      code: Schema.String,
      contact: Schema.String
    }),
    financialProduct: Schema.Array(
      Schema.Struct({
        name: Schema.NullOr(Schema.String).annotations({ description: "理财产品名" }),
        share: Schema.Number.annotations({ description: "持有份额 (万元)" }),
        risk: Schema.NullOr(Schema.String).annotations({ description: "风险 R1–R5" }),
        term: Schema.NullOr(Schema.String).annotations({ description: "期限: 182天" }),
        deadline: Schema.Number.annotations({ description: "截止日期: the holding's expiryDate, epoch ms" }),
        interestRate: Schema.NullOr(Schema.Number).annotations({ description: "利率 (% a year)" }),
        instructionId: Schema.String.annotations({ description: "产品说明书Id: manualUrl, else productCode" })
      }).annotations({ identifier: "LegacyFinancialProduct" })
    ),
    allTradeStream: LegacyDirectionView,
    borrowTradeStream: LegacyDirectionView,
    lendTradeStream: LegacyDirectionView,
    innerScale: InnerScaleView,
    recommand: Schema.Tuple().annotations({ description: "推荐产品 (empty)" })
  }),
  handle: ({ actor, query }) =>
    Effect.gen(function* () {
      const { pointer, portrait: p } = yield* customerInScope(actor.user, query.id)
      const names = yield* orgNames
      const held = yield* holdingsWithProducts(pointer, p.code)
      return {
        basicInfo: {
          companyName: p.name,
          linkman: p.linkman,
          belongsToOutlet: names.outlet(p.outletCode),
          belongsToBranch: names.branch(p.branchCode),
          code: p.code,
          contact: p.contact
        },
        financialProduct: held.map(({ holding, product }) => ({
          name: product?.productName ?? null,
          share: holding.balance,
          risk: product?.riskLevel ?? null,
          term: termText(product),
          deadline: bankEpochMs(holding.expiryDate),
          interestRate: product?.expectedRate ?? null,
          instructionId: product?.manualUrl ?? holding.productCode
        })),
        allTradeStream: legacyDirection(p.portrait.all),
        borrowTradeStream: legacyDirection(p.portrait.borrow),
        lendTradeStream: legacyDirection(p.portrait.lend),
        innerScale: { ...p.portrait.innerScale },
        recommand: [] as const
      }
    })
})

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

const tradeHistory = defineRoute({
  method: "get",
  path: "/api/company/trade_history",
  tag,
  summary: "查看历史交易记录 A customer's wealth-product trades",
  description:
    "The customer's wealth-product trades (the financial_trade upload: 认购, 申购, 赎回, 到期兑付) of the active " +
    "data version, newest first (trades of the same time: the later uploaded first), paged. Money in 万元. " +
    "Scoped like /api/company/detail: a customer outside the caller's scope answers 10007.",
  access: "user",
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

export const companyRoutes = [detail, detailLegacy, search, suggestion, tradeHistory]
