/**
 * GET /api/listed_company/detail: one listed-company prospect with its shareholders, as visible to the caller (see
 * ./list.ts for who sees which prospect).
 */
import { CompanyCode, NotFound, searchListed } from "@wm/core"
import { Effect, Schema } from "effect"
import { defineRoute } from "../../api/route.js"
import { orgNames } from "../company/access.js"
import { tag, visibleListed, yesNo } from "./list.js"

const Shareholder = Schema.Struct({
  name: Schema.String.annotations({ description: "股东姓名" }),
  holdQuantity: Schema.Number.annotations({ description: "持有数量" }),
  equityProportion: Schema.Number.annotations({ description: "占股本比例 (%)" }),
  shareType: Schema.String.annotations({ description: "股份类型 (text as uploaded; the document says number)" })
})

export const listedDetail = defineRoute({
  method: "get",
  path: "/api/listed_company/detail",
  tag,
  summary: "获取上市企业详情 A listed-company prospect with its shareholders",
  description:
    "listedCompanyId is required (the document marks it optional). belongsToBranch, belongsToOutlet and " +
    "basicInfoCode come from the linked customer (empty when it is not our customer). The two flags are booleans.",
  access: "user",
  memo: true,
  query: Schema.Struct({ listedCompanyId: CompanyCode.annotations({ description: "上市企业ID" }) }),
  response: Schema.Struct({
    name: Schema.String,
    contact: Schema.String,
    email: Schema.String,
    registeredCapital: Schema.String,
    createTime: Schema.String.annotations({ description: "成立时间 YYYY-MM-DD" }),
    RA: Schema.String.annotations({ description: "登记机关" }),
    ourCustomerStatus: Schema.String.annotations({ description: "是否我行客户: 是 / 否" }),
    belongsToBranch: Schema.String,
    belongsToOutlet: Schema.String,
    registeredLocation: Schema.String,
    description: Schema.String,
    businessScope: Schema.String,
    statement: Schema.String.annotations({ description: "上市公告 URL" }),
    statementFlag: Schema.Boolean,
    financialManagementNotice: Schema.String.annotations({ description: "上市理财公告 URL" }),
    financialManagementNoticeFlag: Schema.Boolean,
    basicInfoCode: Schema.String.annotations({ description: "企业编号 of the linked customer" }),
    companyId: Schema.String.annotations({ description: "上市企业ID" }),
    shareholders: Schema.Array(Shareholder),
    boughtOurProductStatus: Schema.Boolean.annotations({ description: "false: no wealth trade or holding with us" })
  }),
  handle: ({ actor, query }) =>
    Effect.gen(function* () {
      const { entries, filter } = yield* visibleListed(actor.user)
      const found = searchListed(entries, filter, undefined).find(
        (e) => e.row.listedCompanyId === query.listedCompanyId
      )
      if (found === undefined) return yield* new NotFound({ entity: "listed company", key: query.listedCompanyId })
      const { row, customer } = found
      const names = yield* orgNames
      return {
        name: row.name,
        contact: row.contact ?? "",
        email: row.email ?? "",
        registeredCapital: row.registeredCapital ?? "",
        createTime: row.createTime ?? "",
        RA: row.RA ?? "",
        ourCustomerStatus: yesNo(customer !== null),
        belongsToBranch: customer === null ? "" : names.branch(customer.branchCode),
        belongsToOutlet: customer === null ? "" : names.outlet(customer.outletCode),
        registeredLocation: row.registeredLocation ?? "",
        description: row.description ?? "",
        businessScope: row.businessScope ?? "",
        statement: row.statementUrl ?? "",
        statementFlag: (row.statementUrl ?? "") !== "",
        financialManagementNotice: row.noticeUrl ?? "",
        financialManagementNoticeFlag: (row.noticeUrl ?? "") !== "",
        basicInfoCode: customer?.code ?? "",
        companyId: row.listedCompanyId,
        shareholders: found.shareholders.map((s) => ({
          name: s.name,
          holdQuantity: s.holdQuantity,
          equityProportion: s.equityProportion,
          shareType: s.shareType ?? ""
        })),
        boughtOurProductStatus: found.boughtOurProduct
      }
    })
})
