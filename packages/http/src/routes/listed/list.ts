/**
 * 上市公司: listed-company prospects from the `listed_company` and `shareholder` uploads, linked to our customers
 * (core Statistics/Listed.ts). Prospects that are not our customers are shown to everyone; one that is our
 * customer only inside that customer's scope (elsewhere it answers as unknown). Status texts are 是 / 否.
 */
import { type ListedEntry, searchListed } from "@wm/core"
import { Effect, Option, Schema } from "effect"
import { Keyword, PagingQuery } from "../../api/params.js"
import { defineRoute } from "../../api/route.js"
import { scopeFilterOf } from "../company/access.js"
import { statsContext } from "../statistics/context.js"

export const tag = "上市公司"
export const yesNo = (b: boolean) => (b ? "是" : "否")

export const visibleListed = (user: Parameters<typeof scopeFilterOf>[0]) =>
  Effect.gen(function* () {
    const { index } = yield* statsContext(user)
    const filter = yield* scopeFilterOf(user)
    return { entries: index.listed, filter: Option.getOrNull(filter) }
  })

const ListedRow = Schema.Struct({
  companyName: Schema.String.annotations({ description: "企业名称" }),
  companyId: Schema.String.annotations({ description: "上市企业ID" }),
  boughtOtherProductStatus: Schema.String.annotations({ description: "是否购买他行理财: 是 / 否" }),
  ourCustomerStatus: Schema.String.annotations({ description: "是否为我行客户: 是 / 否" }),
  boughtOurProductStatus: Schema.String.annotations({ description: "是否购买我行理财产品: 是 / 否" })
}).annotations({ identifier: "ListedCompany" })

export const listedRow = (e: ListedEntry): typeof ListedRow.Type => ({
  companyName: e.row.name,
  companyId: e.row.listedCompanyId,
  boughtOtherProductStatus: yesNo(e.row.boughtOtherProduct === true),
  ourCustomerStatus: yesNo(e.customer !== null),
  boughtOurProductStatus: yesNo(e.boughtOurProduct)
})

export const listedList = defineRoute({
  method: "get",
  path: "/api/listed_company",
  tag,
  summary: "获取上市企业客户列表 Listed-company prospects",
  description:
    "Prospects whose name or id contains the keyword (case-insensitive; blank or absent lists all — the document " +
    "marks it required), ordered by id.",
  access: "user",
  memo: true,
  query: Schema.Struct({ keyword: Keyword.annotations({ description: "企业名称 contains" }), ...PagingQuery.fields }),
  response: Schema.Struct({ total: Schema.Int, companies: Schema.Array(ListedRow) }),
  handle: ({ actor, query }) =>
    Effect.gen(function* () {
      const { entries, filter } = yield* visibleListed(actor.user)
      const found = searchListed(entries, filter, query.keyword)
      const page = found.slice((query.page - 1) * query.count, query.page * query.count)
      return { total: found.length, companies: page.map(listedRow) }
    })
})
