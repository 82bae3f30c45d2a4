/**
 * GET /api/company/detail_1: the superseded portrait shape (回收站), kept for old front ends, deprecated.
 */

import { type BalanceFigure, CompanyCode, type DirectionBlock } from "@wm/core"
import { Effect, Schema } from "effect"
import { defineRoute } from "../../api/route.js"
import { bankEpochMs } from "../wallClock.js"
import { customerInScope, holdingsWithProducts, orgNames } from "./access.js"
import { basicInfoOf, Degree, InnerScaleView, Standing, Triple, tag, termText } from "./views.js"

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

export const detailLegacy = defineRoute({
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
        basicInfo: basicInfoOf(p, names),
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
