/**
 * Upload types about parties: the bank's outlets (organization), its customers (company), listed-company
 * prospects (listed_company) and their shareholders (shareholder).
 */
import { optional, required } from "./Cell.js"
import { code, date, email, flag, orgCode, risk, text, url } from "./CellTypes.js"
import { integer, percent } from "./Numbers.js"
import { defineSpec } from "./Spec.js"

export const organizationSpec = defineSpec({
  type: "organization",
  label: "机构",
  kind: "snapshot",
  columns: {
    branchCode: required(orgCode, "支行编号"),
    branchName: required(text(64), "支行名称"),
    outletCode: required(orgCode, "网点编号"),
    outletName: required(text(64), "网点名称")
  },
  naturalKey: ["outletCode"],
  references: {},
  defines: { column: "outletCode", set: "outletCodes" },
  consistent: [["branchCode", "branchName"]]
})

export const companySpec = defineSpec({
  type: "company",
  label: "企业客户",
  kind: "snapshot",
  columns: {
    code: required(code(), "客户编号"),
    name: required(text(128), "企业名称"),
    outletCode: required(orgCode, "所属网点编号"),
    linkman: required(text(64), "联系人"),
    contact: required(text(64), "联系电话"),
    riskRating: optional(risk, "风险评级"),
    listedCompanyId: optional(code(), "上市企业ID")
  },
  naturalKey: ["code"],
  // listedCompanyId is a soft link, not checked: listed_company.companyCode points back at customers, so
  // checking both ways would force one of the two types to be uploaded first.
  references: { outletCode: "outletCodes" },
  defines: { column: "code", set: "companyCodes" }
})

export const listedCompanySpec = defineSpec({
  type: "listed_company",
  label: "上市企业",
  kind: "snapshot",
  columns: {
    listedCompanyId: required(code(), "上市企业ID"),
    name: required(text(128), "企业名称"),
    contact: optional(text(64), "企业电话"),
    email: optional(email, "企业邮箱"),
    // Registered capital is free text in the API ("5000万元人民币"), so it is kept as the bank writes it.
    registeredCapital: optional(text(64), "注册资本"),
    createTime: optional(date, "成立时间"),
    RA: optional(text(128), "登记机关"),
    registeredLocation: optional(text(256), "注册地址"),
    description: optional(text(4000), "简介"),
    businessScope: optional(text(4000), "经营范围"),
    statementUrl: optional(url, "上市公告"),
    noticeUrl: optional(url, "上市理财公告"),
    companyCode: optional(code(), "我行客户编号"),
    boughtOtherProduct: optional(flag, "是否购买他行理财")
  },
  naturalKey: ["listedCompanyId"],
  references: {},
  defines: { column: "listedCompanyId", set: "listedCompanyIds" }
})

export const shareholderSpec = defineSpec({
  type: "shareholder",
  label: "上市企业股东",
  kind: "snapshot",
  columns: {
    listedCompanyId: required(code(), "上市企业ID"),
    name: required(text(128), "股东名称"),
    holdQuantity: required(integer(0, 1e15), "持有数量"),
    equityProportion: required(percent, "占股本比例"),
    shareType: optional(text(32), "股份类型")
  },
  naturalKey: ["listedCompanyId", "name"],
  references: { listedCompanyId: "listedCompanyIds" }
})
