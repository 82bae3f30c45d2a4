/**
 * Customer rows of the matching routes (/api/company/match, match_1, recommand), read from the market index,
 * and the product rows of the portrait's `recommand` and `top5Product`.
 *
 * Where the document types a field differently in two places, one type is kept: `riskPreference` is text
 * "R1"–"R5" (match documents a number array) and `category` is the label (match documents a number).
 */

import type { StoredPortrait } from "@wm/core"
import {
  amountBuckets,
  categoryLabels,
  cycleBuckets,
  featureLabels,
  type MarketIndex,
  type ProductRow,
  type Recommendation
} from "@wm/core"
import { Schema } from "effect"
import { libraryFields, libraryProduct } from "../products/views.js"
import type { OrgNames } from "./access.js"

export const preferenceFields = {
  id: Schema.String.annotations({ description: "企业id (the customer code)" }),
  code: Schema.String.annotations({ description: "企业编号" }),
  companyName: Schema.String.annotations({ description: "企业名称" }),
  belongsToBranch: Schema.String.annotations({ description: "所属支行 (name)" }),
  belongsToOutlet: Schema.String.annotations({ description: "所属网点 (name)" }),
  riskPreference: Schema.String.annotations({ description: "投资风险偏好 R1–R5 (text everywhere)" }),
  amountPreference: Schema.String.annotations({ description: "投资金额偏好" }),
  cyclePreference: Schema.String.annotations({ description: "投资周期偏好" }),
  interestRatePreference: Schema.NullOr(Schema.String).annotations({
    description: "投资利率偏好: 2.1%-3.25%; null when the customer has not bought"
  }),
  category: Schema.String.annotations({ description: "企业分类 (the label everywhere)" }),
  features: Schema.Array(Schema.String).annotations({ description: "理财特征" }),
  bought: Schema.Boolean.annotations({ description: "已购买" }),
  idleFunds: Schema.NullOr(Schema.Number).annotations({ description: "沉淀资金 (yuan), null without balances" })
}

export const CustomerRow = Schema.Struct(preferenceFields).annotations({ identifier: "MatchingCustomer" })

export const rateText = (min: number, max: number) =>
  Number.isNaN(min) ? null : min === max ? `${min}%` : `${min}%-${max}%`

export const customerRow = (index: MarketIndex, i: number, names: OrgNames): typeof CustomerRow.Type => {
  const code = index.codes[i]!
  const idle = index.idle[i]!
  return {
    id: code,
    code,
    companyName: index.names[i]!,
    belongsToBranch: names.branch(index.branchCodes[index.branch[i]!]!),
    belongsToOutlet: names.outlet(index.outletCodes[index.outlet[i]!]!),
    riskPreference: `R${index.risk[i]}`,
    amountPreference: amountBuckets[index.amount[i]! - 1] ?? "",
    cyclePreference: cycleBuckets[index.cycle[i]! - 1] ?? "",
    interestRatePreference: rateText(index.rateMin[i]!, index.rateMax[i]!),
    category: categoryLabels[index.category[i]! - 1] ?? "",
    features: featureLabels.filter((_, k) => (index.features[i]! & (1 << k)) !== 0),
    bought: index.bought[i] === 1,
    idleFunds: Number.isNaN(idle) ? null : idle
  }
}

export const RecommendedProduct = Schema.Struct({
  ...libraryFields,
  score: Schema.Number.annotations({ description: "匹配度 0–100" }),
  reasons: Schema.Array(Schema.String).annotations({ description: "推荐理由" })
}).annotations({ identifier: "RecommendedProduct" })

export const recommendedProduct = (r: Recommendation): typeof RecommendedProduct.Type => ({
  ...libraryProduct(r.product),
  score: r.score,
  reasons: [...r.reasons]
})

export const TopProduct = Schema.Struct({
  ...libraryFields,
  marketingSkills: Schema.String.annotations({ description: "销售话术 (empty when none)" })
}).annotations({ identifier: "TopProduct" })

export const topProduct = (p: ProductRow): typeof TopProduct.Type => ({
  ...libraryProduct(p),
  marketingSkills: p.marketingSkills ?? ""
})

/** A category's id as /api/params lists it (1–3 bought, 4–6 not bought). */
export const categoryId = (label: string) => (categoryLabels as ReadonlyArray<string>).indexOf(label) + 1

/**
 * The five preference columns of the search lists (search, suggestion) as the API document types them there:
 * `riskPreference` text R1–R5 and `category` the id of /api/params, with its label in `categoryName`.
 */
export const SearchPreferenceFields = {
  riskPreference: preferenceFields.riskPreference,
  amountPreference: preferenceFields.amountPreference,
  cyclePreference: preferenceFields.cyclePreference,
  interestRatePreference: preferenceFields.interestRatePreference,
  category: Schema.Int.annotations({ description: "企业分类: the id of /api/params (1–3 bought, 4–6 not bought)" }),
  categoryName: Schema.String.annotations({ description: "企业分类 (label)" })
}

export const searchPreferences = (p: StoredPortrait["preference"]) => ({
  riskPreference: `R${p.risk}`,
  amountPreference: p.amount,
  cyclePreference: p.cycle,
  interestRatePreference: p.interestRate === null ? null : rateText(p.interestRate.min, p.interestRate.max),
  category: categoryId(p.category),
  categoryName: p.category
})
