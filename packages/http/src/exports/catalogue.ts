/**
 * What each export type writes (DOMAIN.md §9, api-contract §4.1): the list route whose rows it exports, fixed
 * parameters (boughtFlag for types 1 and 2), the array of the route's answer that holds the rows, and the columns —
 * a Chinese header, the row field and the cell kind. Money columns are 万元 as the lists show them; timestamps are
 * dates. The types without a list route in the document (14, 16, 17, 19, 20, 21) and 22 are in sources.ts.
 */
import type { RouteDef } from "../api/route.js"
import { search } from "../routes/company/lists.js"
import { match } from "../routes/company/match.js"
import { recommand } from "../routes/company/recommand.js"
import { holdProducts } from "../routes/financial/holdProducts.js"
import { tradeFlow } from "../routes/financial/tradeFlow.js"
import { listedList } from "../routes/listed/list.js"
import { products } from "../routes/products/catalogue.js"
import { peerProducts, todayProducts } from "../routes/products/onSale.js"
import { conversionRate } from "../routes/statistics/conversion.js"
import { historyList, holdList } from "../routes/statistics/lists.js"
import { login } from "../routes/statistics/login.js"
import { recentProducts } from "../routes/warning/recentProducts.js"
import type { CellKind } from "./xlsxWriter.js"

export interface ExportColumn {
  readonly header: string
  readonly field: string
  readonly kind: CellKind
}

export interface ListExport {
  // biome-ignore lint/suspicious/noExplicitAny: every route's own schemas
  readonly route: RouteDef<any>
  /** The answer's array of rows. */
  readonly list: string
  /** Parameters the type fixes (they override `info`). */
  readonly fixed?: Readonly<Record<string, unknown>>
  readonly columns: ReadonlyArray<ExportColumn>
}

const t = (header: string, field: string): ExportColumn => ({ header, field, kind: "text" })
const n = (header: string, field: string): ExportColumn => ({ header, field, kind: "number" })
const d = (header: string, field: string): ExportColumn => ({ header, field, kind: "date" })
const dt = (header: string, field: string): ExportColumn => ({ header, field, kind: "datetime" })

const customerColumns = [
  t("企业编号", "code"),
  t("企业名称", "companyName"),
  t("所属支行", "belongsToBranch"),
  t("所属网点", "belongsToOutlet"),
  t("投资风险偏好", "riskPreference"),
  t("投资金额偏好", "amountPreference"),
  t("投资周期偏好", "cyclePreference"),
  t("投资利率偏好", "interestRatePreference"),
  t("企业分类", "category"),
  t("理财特征", "features")
]

const holdingColumns = [
  t("企业编号", "basicInfoCode"),
  t("企业名称", "companyName"),
  t("所属支行", "belongsToBranch"),
  t("所属网点", "belongsToOutlet"),
  t("产品代码", "productCode"),
  t("产品名称", "productName"),
  d("起息日", "valueTime"),
  d("到期日", "expiryTime"),
  n("金额（万元）", "balance")
]

const saleColumns = [
  t("产品名称", "productName"),
  t("产品代码", "productCode"),
  t("风险等级", "riskLevel"),
  t("投资期限", "investmentPeriod"),
  t("起购金额（万元）", "startingPurchaseAmount"),
  n("预期收益率（%）", "expectedInterestRate"),
  d("销售起日", "salesStartTime"),
  d("销售止日", "salesEndTime"),
  d("起息日", "valueTime"),
  d("到期日", "expiryTime"),
  t("产品说明书链接", "productManual")
]

const organisation = [t("机构名称", "organizationName"), n("机构ID", "organizationId")]

export const listExports: Readonly<Record<number, ListExport>> = {
  1: { route: recommand, list: "companies", fixed: { boughtFlag: 1 }, columns: customerColumns },
  2: { route: recommand, list: "companies", fixed: { boughtFlag: 0 }, columns: customerColumns },
  3: { route: match, list: "companies", columns: [...customerColumns, n("匹配分", "score")] },
  4: { route: recentProducts, list: "companies", columns: holdingColumns },
  5: { route: holdProducts, list: "products", columns: holdingColumns },
  6: {
    route: tradeFlow,
    list: "products",
    columns: [
      t("企业编号", "basicInfoCode"),
      t("企业名称", "companyName"),
      t("所属支行", "belongsToBranch"),
      t("所属网点", "belongsToOutlet"),
      t("产品代码", "productCode"),
      t("产品名称", "productName"),
      dt("交易时间", "tradeTime"),
      d("起息日", "valueTime"),
      d("到期日", "expiryTime"),
      t("业务种类", "businessType"),
      n("收益率（%）", "interestRate"),
      t("渠道", "tradeChannel"),
      n("金额（万元）", "financialTradeAmount")
    ]
  },
  7: { route: todayProducts, list: "products", columns: saleColumns },
  8: {
    route: products,
    list: "products",
    columns: [
      t("理财产品名称", "productName"),
      t("投资期限", "investmentPeriod"),
      t("赎回/到期日", "deadline"),
      t("成立日期", "createTime"),
      t("风险评级", "riskLevel"),
      t("产品代码", "productCode"),
      n("业绩基准（%）", "interestRate"),
      t("备注", "remark"),
      t("交易时间", "tradeTime"),
      t("申购期", "applyTime"),
      t("下载链接", "downloadUri"),
      t("金额（期限）分段", "amount")
    ]
  },
  9: { route: peerProducts, list: "products", columns: [...saleColumns, t("银行名称", "bankName")] },
  10: {
    route: holdList,
    list: "organizations",
    columns: [
      ...organisation,
      n("总持有份额（万元）", "balance"),
      n("保本理财份额（万元）", "guaranteedBalance"),
      n("非保本理财份额（万元）", "nonGuaranteedBalance"),
      n("结构性理财份额（万元）", "structuralBalance")
    ]
  },
  11: {
    route: historyList,
    list: "organizations",
    columns: [
      ...organisation,
      n("购买总份额（万元）", "boughtBalance"),
      n("网银购买总份额（万元）", "onlineBoughtBalance"),
      n("柜台购买总份额（万元）", "counterBoughtBalance"),
      n("赎回总份额（万元）", "redeemBalance"),
      n("网银赎回总份额（万元）", "onlineRedeemBalance"),
      n("柜台赎回总份额（万元）", "counterRedeemBalance")
    ]
  },
  12: {
    route: conversionRate,
    list: "organizations",
    columns: [
      ...organisation,
      n("本月推荐客户数", "recommandQuantityThisMonth"),
      n("本月转化客户数", "conversionQuantityThisMonth"),
      n("本月转化率（%）", "conversionRateThisMonth"),
      n("本年累积转换客户数", "conversionQuantityThisYear"),
      n("本年累计转化率（%）", "conversionRateThisYear")
    ]
  },
  13: {
    route: login,
    list: "organizations",
    columns: [
      ...organisation,
      n("总账号数", "totalAcountQuantity"),
      n("已登录账号数", "loginQuantity"),
      n("未登录账号数", "notLoginQuantity")
    ]
  },
  15: {
    route: listedList,
    list: "companies",
    columns: [
      t("企业名称", "companyName"),
      t("企业ID", "companyId"),
      t("是否购买他行理财", "boughtOtherProductStatus"),
      t("是否为我行客户", "ourCustomerStatus"),
      t("是否购买我行理财产品", "boughtOurProductStatus")
    ]
  },
  18: {
    route: search,
    list: "companies",
    columns: [
      t("企业编号", "code"),
      t("企业名称", "companyName"),
      t("所属支行", "belongsToBranch"),
      t("所属网点", "belongsToOutlet"),
      n("沉淀资金（元）", "idleFunds"),
      n("月日均余额（元）", "monthBalance")
    ]
  }
}
