/**
 * 理财顾问专区产品 (advisor-zone products): the product catalogue staff maintain for the advisor zone, apart from the
 * bank's uploaded product file. One schema gives the stored record, the request body and the answer.
 */
import { Schema } from "effect"
import { trimmedTextJsonSchema } from "./TextPattern.js"

/** 类型字典表: the fund types and their names, exactly as the advisor-zone document lists them. */
export const advisorFundTypes = {
  equityFund: "股票型基金",
  hybridFund: "混合型基金",
  bondFund: "债券型基金",
  otherFund: "其他型基金",
  fof: "FOF型基金",
  qdii: "QDII型基金",
  currency: "货币型基金"
} as const
export type AdvisorFundType = keyof typeof advisorFundTypes

const typeKeys = Object.keys(advisorFundTypes) as [AdvisorFundType, ...Array<AdvisorFundType>]

export const AdvisorFundTypeSchema = Schema.Literal(...typeKeys).annotations({
  description: `产品类型: ${typeKeys.map((k) => `${k} ${advisorFundTypes[k]}`).join(", ")}`,
  message: () => ({ message: `must be one of: ${typeKeys.join(", ")}`, override: true })
})

const Text = (max: number) => Schema.String.pipe(Schema.maxLength(max))

/** 产品图片. */
export const AdvisorImage = Schema.Struct({
  netdiskId: Text(2000).annotations({ description: "图片网盘id或图片完整url" }),
  width: Schema.Number.pipe(Schema.nonNegative(), Schema.finite()),
  height: Schema.Number.pipe(Schema.nonNegative(), Schema.finite()),
  orientation: Text(32),
  type: Text(32)
}).annotations({ identifier: "AdvisorImage" })

/** 基金产品简介 (a fund product's figures, as text as the document gives them). */
export const AdvisorFund = Schema.Struct({
  fundIncomingType: Text(64).annotations({ description: "收益类型, e.g. comm3M" }),
  fundIncomingIndex: Text(64).annotations({ description: "收益类型数据" }),
  fundValType: Text(64).annotations({ description: "收益计算方式, e.g. navVal" }),
  fundValIndex: Text(64).annotations({ description: "收益计算数据" }),
  currency: Schema.optional(Text(16)).annotations({ description: "币种 (元 when not given)" })
}).annotations({ identifier: "AdvisorFund" })

/** 银行理财产品简介: the document types most members as free "Json"; kept as given (a JSON object). */
export const AdvisorFinancial = Schema.Record({ key: Schema.String, value: Schema.Unknown }).annotations({
  identifier: "AdvisorFinancial",
  description: "银行理财产品简介 (incomeType, incomeIndex, productTerm, depositTerm, …), kept as given"
})

/** What POST and PUT send: PUT replaces every field, so both take the whole product. */
export const AdvisorProductDraft = Schema.Struct({
  type: AdvisorFundTypeSchema,
  name: Schema.Trim.pipe(Schema.minLength(1), Schema.maxLength(200)).annotations({
    description: "产品名称",
    jsonSchema: { ...trimmedTextJsonSchema(200), description: "产品名称" }
  }),
  code: Schema.Trim.pipe(Schema.minLength(1), Schema.maxLength(64)).annotations({
    description: "产品代码, unique among advisor-zone products",
    jsonSchema: { ...trimmedTextJsonSchema(64), description: "产品代码, unique among advisor-zone products" }
  }),
  h5Url: Schema.optionalWith(Text(2000), { default: () => "" }).annotations({ description: "产品点击链接url地址" }),
  tags: Schema.optionalWith(Schema.Array(Text(64)).pipe(Schema.maxItems(50)), { default: () => [] }).annotations({
    description: "产品标签"
  }),
  introduction: Schema.optionalWith(Text(20_000), { default: () => "" }).annotations({ description: "产品介绍" }),
  sellType: Schema.optionalWith(Schema.Literal("direct", "agent", ""), { default: () => "" as const }).annotations({
    description: "direct 直销, agent 代销"
  }),
  status: Schema.optionalWith(Schema.Literal(0, 1), { default: () => 1 as const }).annotations({
    description: "上架状态: 0 下架, 1 上架 (default 1)"
  }),
  image: Schema.optionalWith(Schema.NullOr(AdvisorImage), { default: () => null }),
  financial: Schema.optionalWith(AdvisorFinancial, { default: () => ({}) }),
  fund: Schema.optionalWith(Schema.NullOr(AdvisorFund), { default: () => null }),
  purchaseAmount: Schema.optionalWith(Schema.NullOr(Schema.Number.pipe(Schema.nonNegative(), Schema.finite())), {
    default: () => null
  }).annotations({ description: "起购金额" })
}).annotations({ identifier: "AdvisorProductDraft" })
export type AdvisorProductDraft = typeof AdvisorProductDraft.Type

/** The stored product: the draft plus identity, authorship and times. */
export const AdvisorProduct = Schema.Struct({
  id: Schema.String.annotations({ description: "产品id (UUID)" }),
  ...AdvisorProductDraft.fields,
  viewCount: Schema.Int,
  creator: Schema.String.annotations({ description: "创建人: X-Consumer-Custom-ID of the creating staff member" }),
  updater: Schema.String.annotations({ description: "更新人: X-Consumer-Custom-ID of the last editor" }),
  createAt: Schema.Number.annotations({ description: "创建时间, epoch ms" }),
  updateAt: Schema.Number.annotations({ description: "更新时间, epoch ms" })
}).annotations({ identifier: "AdvisorProduct" })
export type AdvisorProduct = typeof AdvisorProduct.Type
