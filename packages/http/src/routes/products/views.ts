/**
 * Response shapes of the product routes (理财产品信息) and their mapping from product rows. One product shape
 * serves /api/products, products_1 and the portrait's `recommand` / `top5Product`, so the front end reads
 * the same fields everywhere.
 */
import type { ProductRow } from "@wm/core"
import { Schema } from "effect"
import { bankEpochMs } from "../wallClock.js"

export const tag = "理财产品信息"

/** The product fields the API document gives for our library (本行在售产品库). */
export const libraryFields = {
  productCode: Schema.String.annotations({ description: "产品代码" }),
  productName: Schema.String.annotations({ description: "理财产品名称" }),
  investmentPeriod: Schema.String.annotations({ description: "投资期限: the term, 182天" }),
  deadline: Schema.String.annotations({ description: "赎回/到期日: expiryDate, YYYY-MM-DD" }),
  createTime: Schema.String.annotations({ description: "成立日期: valueDate (起息日), YYYY-MM-DD" }),
  riskLevel: Schema.String.annotations({ description: "风险评级 R1–R5" }),
  interestRate: Schema.Number.annotations({ description: "业绩基准: expected rate, % a year" }),
  remark: Schema.String.annotations({ description: "备注 (empty when none)" }),
  tradeTime: Schema.String.annotations({ description: "交易时间: first day of sale, YYYY-MM-DD" }),
  applyTime: Schema.String.annotations({ description: "申购期: the sales window, YYYY-MM-DD至YYYY-MM-DD" }),
  downloadUri: Schema.String.annotations({ description: "下载链接: the product manual URL (empty when none)" }),
  downloadUriFlag: Schema.Boolean.annotations({ description: "下载链接是否存在" }),
  amount: Schema.String.annotations({ description: "金额（期限）分段: starting amount and term, 5万元起/182天" }),
  productType: Schema.String.annotations({ description: "产品类型: 保本 / 非保本 / 结构性" })
}

export const LibraryProduct = Schema.Struct(libraryFields).annotations({ identifier: "LibraryProduct" })

export const libraryProduct = (p: ProductRow): typeof LibraryProduct.Type => ({
  productCode: p.productCode,
  productName: p.productName,
  investmentPeriod: `${p.termDays}天`,
  deadline: p.expiryDate,
  createTime: p.valueDate,
  riskLevel: p.riskLevel,
  interestRate: p.expectedRate,
  remark: p.remark ?? "",
  tradeTime: p.salesStart,
  applyTime: `${p.salesStart}至${p.salesEnd}`,
  downloadUri: p.manualUrl ?? "",
  downloadUriFlag: p.manualUrl !== null && p.manualUrl !== "",
  amount: `${p.startingAmount}万元起/${p.termDays}天`,
  productType: p.productType
})

/** today_products and peer_products rows: the 在售 shape with timestamps. */
export const saleFields = {
  productId: Schema.Int.annotations({ description: "产品id: 1-based position in the uploaded product file" }),
  productCode: Schema.String.annotations({ description: "产品代码" }),
  productName: Schema.String.annotations({ description: "产品名称" }),
  riskLevel: Schema.String.annotations({ description: "风险等级 R1–R5" }),
  investmentPeriod: Schema.String.annotations({ description: "投资期限: 182天" }),
  startingPurchaseAmount: Schema.String.annotations({
    description: "起购金额（万元）, decimal text as the document types it"
  }),
  expectedInterestRate: Schema.Number.annotations({ description: "预期收益率, % a year (a number in both lists)" }),
  salesStartTime: Schema.Number.annotations({ description: "销售起日, epoch ms" }),
  salesEndTime: Schema.Number.annotations({ description: "销售止日, epoch ms" }),
  valueTime: Schema.Number.annotations({ description: "起息日, epoch ms" }),
  expiryTime: Schema.Number.annotations({ description: "到期日, epoch ms" }),
  productManual: Schema.String.annotations({ description: "产品说明书链接 (empty when none)" })
}

export const saleProduct = (p: ProductRow, position: number) => ({
  productId: position,
  productCode: p.productCode,
  productName: p.productName,
  riskLevel: p.riskLevel,
  investmentPeriod: `${p.termDays}天`,
  startingPurchaseAmount: String(p.startingAmount),
  expectedInterestRate: p.expectedRate,
  salesStartTime: bankEpochMs(p.salesStart),
  salesEndTime: bankEpochMs(p.salesEnd),
  valueTime: bankEpochMs(p.valueDate),
  expiryTime: bankEpochMs(p.expiryDate),
  productManual: p.manualUrl ?? ""
})

/** Code or name contains the keyword, case-insensitively; blank matches everything. */
export const matchesKeyword = (keyword: string | undefined, p: { productCode: string; productName: string }) => {
  const k = keyword?.trim().toLowerCase()
  return !k || p.productCode.toLowerCase().includes(k) || p.productName.toLowerCase().includes(k)
}
