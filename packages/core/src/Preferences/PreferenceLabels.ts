/**
 * The labels of 理财偏好 (DOMAIN.md §4), exactly as the API shows them, and their stable ids for /api/params.
 *
 * Ids never change once published: a front end stores them in saved searches. New labels get new ids.
 */

/** 金额偏好 buckets, in 万元; lower edge inclusive (50万 exactly → 50-100万). */
export const amountBuckets = ["50万以下", "50-100万", "100-500万", "500-1000万", "1000万以上"] as const
export type AmountBucket = (typeof amountBuckets)[number]

/** 周期偏好 buckets; upper edge inclusive (90 days exactly → 3个月以内). */
export const cycleBuckets = ["3个月以内", "3-6个月", "6-12个月", "1年以上"] as const
export type CycleBucket = (typeof cycleBuckets)[number]

/** 企业分类 of customers with a purchase in the last 24 months (已购买), in precedence order. */
export const boughtCategories = ["高价值客户", "到期流失风险客户", "稳定持有客户"] as const
/** 企业分类 of customers without one (未购买), in precedence order. */
export const notBoughtCategories = ["高潜力客户", "一般潜力客户", "低潜力客户"] as const
export type BoughtCategory = (typeof boughtCategories)[number]
export type NotBoughtCategory = (typeof notBoughtCategories)[number]
export type Category = BoughtCategory | NotBoughtCategory

/** 理财特征 tags, in the order a customer's `features` lists them. */
export const featureLabels = [
  "资金沉淀充足",
  "资金波动大",
  "偏好短期",
  "偏好保本",
  "交易活跃",
  "行内交易为主",
  "持有即将到期"
] as const
export type Feature = (typeof featureLabels)[number]

/** 风险偏好 1–5, matching product risk levels R1–R5. */
export type RiskPreference = 1 | 2 | 3 | 4 | 5

export interface ParamOption<L extends string | number> {
  readonly id: number
  readonly label: L
}

const withIds = <L extends string | number>(labels: ReadonlyArray<L>, firstId: number): Array<ParamOption<L>> =>
  labels.map((label, i) => ({ id: firstId + i, label }))

const riskOptions = withIds<RiskPreference>([1, 2, 3, 4, 5], 1)
const amountOptions = withIds(amountBuckets, 1)
const cycleOptions = withIds(cycleBuckets, 1)
const featureOptions = withIds(featureLabels, 1)

export interface PreferenceParamFamily {
  readonly categories: ReadonlyArray<ParamOption<Category>>
  readonly features: ReadonlyArray<ParamOption<Feature>>
  readonly risks: ReadonlyArray<ParamOption<RiskPreference>>
  readonly amounts: ReadonlyArray<ParamOption<AmountBucket>>
  readonly cycles: ReadonlyArray<ParamOption<CycleBucket>>
}

/**
 * What /api/params lists for bought (已购买) and not-bought (未购买) customers. Category ids are unique across
 * both families (1–3 bought, 4–6 not bought); a feature keeps one id everywhere. 偏好保本 is measured on
 * purchases, so not-bought customers never carry it and their list leaves it out.
 */
export const preferenceParams: { readonly bought: PreferenceParamFamily; readonly notBought: PreferenceParamFamily } = {
  bought: {
    categories: withIds(boughtCategories, 1),
    features: featureOptions,
    risks: riskOptions,
    amounts: amountOptions,
    cycles: cycleOptions
  },
  notBought: {
    categories: withIds(notBoughtCategories, 1 + boughtCategories.length),
    features: featureOptions.filter((f) => f.label !== "偏好保本"),
    risks: riskOptions,
    amounts: amountOptions,
    cycles: cycleOptions
  }
}
