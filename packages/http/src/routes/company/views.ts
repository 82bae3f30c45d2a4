/**
 * Response shapes of the portrait routes (用户画像) and the mapping from the read model.
 */

import type { BalanceFigure, CompanyPortrait, DirectionBlock, StoredPortrait, TradeFigure } from "@wm/core"
import { Schema } from "effect"
import type { Product } from "./access.js"

export const tag = "用户画像"

export const Standing = {
  rank: Schema.Int.annotations({ description: "排名 (bank-wide, 1 = highest)" }),
  branchRank: Schema.Int.annotations({ description: "支行排名" }),
  outletRank: Schema.Int.annotations({ description: "网点排名" }),
  level: Schema.Int.annotations({ description: "等级 1–5, the bank-wide quintile" })
}
export const Triple = Schema.Array(Schema.Number).annotations({ description: "[max, min, avg]" })
export const Degree = Schema.Literal("低", "中", "高", "无").annotations({ description: "波动程度" })

export const BalanceView = Schema.Struct({ balance: Triple, fluctuationDegree: Degree, ...Standing }).annotations({
  identifier: "BalanceFigure",
  description: "时点余额 or 月日均余额 in yuan; null when no value is behind it"
})
export const TradeView = Schema.Struct({
  amount: Triple.annotations({ description: "交易金额 per month (yuan) [max, min, avg]" }),
  quantity: Triple.annotations({ description: "交易笔数 per month [max, min, avg]" }),
  amountFluctuationDegree: Degree,
  quantityFluctuationDegree: Degree,
  ...Standing
}).annotations({ identifier: "TradeFigure", description: "交易; null when the customer has no transaction" })
/** 理财偏好 (DOMAIN.md §4), computed by the recompute. */
export const PreferenceView = Schema.Struct({
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

export const preferenceView = (p: StoredPortrait["preference"]): typeof PreferenceView.Type => ({
  bought: p.bought,
  risk: p.risk,
  amount: p.amount,
  cycle: p.cycle,
  interestRate: p.interestRate === null ? null : { min: p.interestRate.min, max: p.interestRate.max },
  channel: p.channel,
  category: p.category,
  features: [...p.features]
})

export const DirectionView = Schema.Struct({
  hourBalance: Schema.NullOr(BalanceView),
  monthBalance: Schema.NullOr(BalanceView),
  trade: Schema.NullOr(TradeView)
}).annotations({ identifier: "TradeStream" })

export const InnerScaleView = Schema.Struct({
  trade: Schema.Number,
  quantity: Schema.Number,
  borrowTrade: Schema.Number,
  borrowQuantity: Schema.Number,
  lendTrade: Schema.Number,
  lendQuantity: Schema.Number
}).annotations({ identifier: "InnerScale", description: "行内占比, 0–1 to four decimals" })

export const balanceView = (f: BalanceFigure | null): typeof BalanceView.Type | null =>
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
export const tradeView = (f: TradeFigure | null): typeof TradeView.Type | null =>
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
export const directionView = (d: DirectionBlock): typeof DirectionView.Type => ({
  hourBalance: balanceView(d.hourBalance),
  monthBalance: balanceView(d.monthBalance),
  trade: tradeView(d.trade)
})

export const termText = (product: Product | undefined) => (product === undefined ? null : `${product.termDays}天`)

export const FinancialProductView = Schema.Struct({
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

export const monthView = (m: CompanyPortrait["months"][number]) => ({
  month: m.month,
  avgBalance: m.avgBalance,
  borrowAmount: m.borrowAmount,
  borrowCount: m.borrowCount,
  lendAmount: m.lendAmount,
  lendCount: m.lendCount
})

/** 基本信息 of a customer, the same in detail and detail_1. */
export const basicInfoOf = (
  p: StoredPortrait,
  names: { readonly outlet: (code: string) => string; readonly branch: (code: string) => string }
) => ({
  companyName: p.name,
  linkman: p.linkman,
  belongsToOutlet: names.outlet(p.outletCode),
  belongsToBranch: names.branch(p.branchCode),
  code: p.code,
  contact: p.contact
})
