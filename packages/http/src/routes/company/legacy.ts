/**
 * GET /api/company/detail_1: the superseded portrait shape (回收站), kept for old front ends, deprecated.
 */

import { type BalanceFigure, CompanyCode, contactOf, type DirectionBlock, type Recommendation } from "@wm/core"
import { Effect, Schema } from "effect"
import { defineRoute } from "../../api/route.js"
import { bankEpochMs } from "../wallClock.js"
import { customerInScope, holdingsWithProducts, orgNames } from "./access.js"
import { portraitProducts } from "./portraitProducts.js"
import {
  basicInfoOf,
  Degree,
  InnerScaleView,
  PreferenceView,
  preferenceView,
  Standing,
  Triple,
  tag,
  termText
} from "./views.js"

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

/** The superseded recommendation entry: text fields only, the manual link as both download link and id. */
const LegacyRecommendation = Schema.Struct({
  name: Schema.String.annotations({ description: "理财产品名" }),
  interestRate: Schema.String.annotations({ description: "利率: 3.25%" }),
  risk: Schema.String.annotations({ description: "风险 R1–R5" }),
  term: Schema.String.annotations({ description: "期限: 182天" }),
  downloadUri: Schema.String.annotations({ description: "下载链接 (empty when none)" }),
  instructionId: Schema.String.annotations({ description: "产品说明书Id: manualUrl, else productCode" })
}).annotations({ identifier: "LegacyRecommendation" })

const legacyRecommendation = ({ product: p }: Recommendation): typeof LegacyRecommendation.Type => ({
  name: p.productName,
  interestRate: `${p.expectedRate}%`,
  risk: p.riskLevel,
  term: `${p.termDays}天`,
  downloadUri: p.manualUrl ?? "",
  instructionId: p.manualUrl ?? p.productCode
})

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
    "`instructionId` is the product's manual link, else its product code. `recommand` holds the same products as " +
    "/api/company/detail's, in the old text shape; `preference` is /api/company/detail's. Scoped like " +
    "/api/company/detail. Use /api/company/detail.",
  deprecated: true,
  access: "user",
  memo: true,
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
    preference: PreferenceView,
    recommand: Schema.Array(LegacyRecommendation).annotations({ description: "推荐产品, best score first" })
  }),
  handle: ({ actor, query }) =>
    Effect.gen(function* () {
      const { pointer, portrait: p } = yield* customerInScope(actor.user, query.id)
      const names = yield* orgNames
      const held = yield* holdingsWithProducts(pointer, p.code)
      const { recommendations } = yield* portraitProducts(
        pointer,
        p.code,
        held.map((h) => h.holding.productCode)
      )
      return {
        basicInfo: { ...basicInfoOf(p, names), ...(yield* contactOf(p)) },
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
        preference: preferenceView(p.preference),
        recommand: recommendations.map(legacyRecommendation)
      }
    })
})
