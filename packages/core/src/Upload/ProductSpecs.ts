/**
 * Upload types about products: our own wealth-management products (product) and other banks' (peer_product).
 * A product file is the bank's catalogue, past products included: holdings and trades refer to them.
 */
import { optional, required } from "./Cell.js"
import { choice, code, date, risk, text, url } from "./CellTypes.js"
import { integer, percent, wan } from "./Numbers.js"
import { defineSpec, notBefore } from "./Spec.js"

const productColumns = {
  productCode: required(code(), "产品代码"),
  productName: required(text(128), "产品名称"),
  productType: required(choice("保本", "非保本", "结构性"), "产品类型"),
  riskLevel: required(risk, "风险等级"),
  termDays: required(integer(1, 36_500), "期限（天）"),
  startingAmount: required(wan, "起购金额（万元）"),
  expectedRate: required(percent, "预期年化收益率（%）"),
  salesStart: required(date, "销售起始日"),
  salesEnd: required(date, "销售截止日"),
  valueDate: required(date, "起息日"),
  expiryDate: required(date, "到期日"),
  manualUrl: optional(url, "产品说明书链接"),
  remark: optional(text(1000), "备注"),
  marketingSkills: optional(text(2000), "营销话术")
}

export const productSpec = defineSpec({
  type: "product",
  label: "本行在售理财产品",
  kind: "snapshot",
  columns: productColumns,
  naturalKey: ["productCode"],
  references: {},
  defines: { column: "productCode", set: "productCodes" },
  rules: [notBefore("salesEnd", "salesStart"), notBefore("expiryDate", "valueDate")]
})

export const peerProductSpec = defineSpec({
  type: "peer_product",
  label: "同业在售理财产品",
  kind: "snapshot",
  columns: { bankName: required(text(64), "银行名称"), ...productColumns },
  // Two banks may use the same product code.
  naturalKey: ["bankName", "productCode"],
  references: {},
  rules: [notBefore("salesEnd", "salesStart"), notBefore("expiryDate", "valueDate")]
})
