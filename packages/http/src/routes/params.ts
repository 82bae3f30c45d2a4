/**
 * 搜索-搜索筛选 /api/params: what a front end needs to build the search form — the sub-branches and outlets
 * in the caller's scope, and the categories, features and preference values for bought and not-bought customers.
 */
import { OrganisationService, type PreferenceParamFamily, preferenceParams } from "@wm/core"
import { Effect, Schema } from "effect"
import { defineRoute } from "../api/route.js"

const Option = Schema.Struct({ id: Schema.String, name: Schema.String })
const Family = Schema.Struct({
  categories: Schema.Array(Option).annotations({ description: "企业分类" }),
  features: Schema.Array(Option).annotations({ description: "理财特征" }),
  riskPreferences: Schema.Array(Option).annotations({ description: "投资风险偏好 (1 lowest – 5 highest)" }),
  amountPreferences: Schema.Array(Option).annotations({ description: "投资金额偏好" }),
  cyclePreferences: Schema.Array(Option).annotations({ description: "投资周期偏好" })
}).annotations({ identifier: "PreferenceParams" })

const family = (f: PreferenceParamFamily): typeof Family.Type => {
  const options = (
    list: ReadonlyArray<{ id: number; label: string | number }>,
    name = (l: string | number) => String(l)
  ) => list.map((o) => ({ id: String(o.id), name: name(o.label) }))
  return {
    categories: options(f.categories),
    features: options(f.features),
    riskPreferences: options(f.risks, (l) => `R${l}`),
    amountPreferences: options(f.amounts),
    cyclePreferences: options(f.cycles)
  }
}

const params = defineRoute({
  method: "get",
  path: "/api/params",
  tag: "搜索-搜索筛选",
  summary: "搜索筛选参数 Search form options",
  description:
    "Ids are strings, as the API document gives them. Sub-branches and outlets are those inside the caller's scope.",
  access: "user",
  memo: true,
  response: Schema.Struct({
    branches: Schema.Array(
      Schema.Struct({
        id: Schema.String,
        name: Schema.String,
        outlets: Schema.Array(Schema.Struct({ id: Schema.String, name: Schema.String }))
      })
    ),
    bought: Family,
    notBought: Family
  }),
  handle: ({ actor }) =>
    Effect.map(
      Effect.flatMap(OrganisationService, (s) => s.tree(actor)),
      (tree) => ({
        branches: tree.map(({ branch, outlets }) => ({
          id: String(branch.id),
          name: branch.name,
          outlets: outlets.map((o) => ({ id: String(o.id), name: o.name }))
        })),
        bought: family(preferenceParams.bought),
        notBought: family(preferenceParams.notBought)
      })
    )
})

export const paramsRoutes = [params]
