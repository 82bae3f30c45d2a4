/**
 * POST /api/company/recommand (搜索筛选): customers in the caller's scope filtered by the search form, every
 * given criterion ANDed, a list criterion matching any of its values, idle funds descending (DOMAIN.md §5).
 */
import {
  amountBuckets,
  type BranchId,
  cycleBuckets,
  defaultPreferenceConfig,
  InvalidInput,
  indexScope,
  OrganisationRepo,
  type OutletId,
  searchCustomers
} from "@wm/core"
import { Effect, Option, Schema } from "effect"
import { PagingQuery } from "../../api/params.js"
import { defineRoute } from "../../api/route.js"
import { orgNames } from "./access.js"
import { BoughtFlag, IdList, OrgIdParam, RateParam } from "./formParams.js"
import { marketOf } from "./market.js"
import { CustomerRow, customerRow } from "./matchViews.js"
import { tag } from "./views.js"

const Form = Schema.Struct({
  branchId: OrgIdParam("支行id of /api/params; 0 or empty: any"),
  outletId: OrgIdParam("网点id of /api/params; 0 or empty: any"),
  boughtFlag: BoughtFlag,
  riskPreferences: IdList(5, "投资风险偏好"),
  amountPreference: IdList(5, "投资金额范围", {
    labels: amountBuckets,
    edges: [0, ...defaultPreferenceConfig.amountEdgesWan],
    unit: "万"
  }),
  cyclePreference: IdList(4, "投资周期范围", {
    labels: cycleBuckets,
    // Bucket edges in months: 90, 180 and 365 days are 3, 6 and 12 months.
    edges: [0, ...defaultPreferenceConfig.cycleEdgesDays.map((d) => Math.round(d / 30.4))],
    unit: "个月"
  }),
  categories: IdList(6, "企业分类"),
  features: IdList(7, "理财特征"),
  interestRatePreference: RateParam,
  ...PagingQuery.fields
})

/** The organisation codes the form names; an id that names no organisation is a 400 on its field. */
const formOrgFilter = (form: typeof Form.Type) =>
  Effect.gen(function* () {
    const orgs = yield* OrganisationRepo
    let branchCode: string | undefined
    let outletCode: string | undefined
    if (form.branchId !== undefined && form.branchId > 0) {
      const branch = yield* orgs.findBranch(form.branchId as BranchId)
      if (Option.isNone(branch)) return yield* new InvalidInput({ field: "branchId", reason: "no such sub-branch" })
      branchCode = branch.value.code
    }
    if (form.outletId !== undefined && form.outletId > 0) {
      const outlet = yield* orgs.findOutlet(form.outletId as OutletId)
      if (Option.isNone(outlet)) return yield* new InvalidInput({ field: "outletId", reason: "no such outlet" })
      outletCode = outlet.value.code
    }
    return { branchCode, outletCode }
  })

/** Scope ∧ form: the same key set twice to different codes matches nobody. */
const narrowed = (
  scope: { branchCode?: string | undefined; outletCode?: string | undefined } | null,
  form: typeof scope
) => {
  if (scope === null || form === null) return null
  const pick = (a: string | undefined, b: string | undefined) =>
    a === undefined ? b : b === undefined || a === b ? a : null
  const branchCode = pick(scope.branchCode, form.branchCode)
  const outletCode = pick(scope.outletCode, form.outletCode)
  return branchCode === null || outletCode === null ? null : { branchCode, outletCode }
}

export const recommand = defineRoute({
  method: "post",
  path: "/api/company/recommand",
  tag,
  summary: "搜索筛选 Search customers by preferences",
  description:
    "Every given criterion must hold; a list matches any of its ids (as /api/params lists them: risk 1–5, " +
    "amount 1–5, cycle 1–4, category 1–6, feature 1–7). Empty, null or absent fields do not filter. " +
    "branchId / outletId narrow the caller's scope (outside it: no rows). Ordered by idle funds descending " +
    "(customers without balances last), then code. An id naming nothing answers 10001 with the field.",
  access: "user",
  body: Form,
  response: Schema.Struct({
    total: Schema.Int.annotations({ description: "all matching customers in scope" }),
    companies: Schema.Array(CustomerRow)
  }),
  handle: ({ actor, body }) =>
    Effect.gen(function* () {
      const formFilter = yield* formOrgFilter(body)
      const market = yield* marketOf(actor.user)
      if (Option.isNone(market)) return { total: 0, companies: [] }
      const { index, filter } = market.value
      const scope = indexScope(index, narrowed(filter, formFilter))
      const page = searchCustomers(
        index,
        {
          bought: body.boughtFlag,
          risks: body.riskPreferences,
          amounts: body.amountPreference,
          cycles: body.cyclePreference,
          categories: body.categories,
          features: body.features,
          rate: body.interestRatePreference
        },
        scope,
        body
      )
      const names = yield* orgNames
      return { total: page.total, companies: page.items.map((i) => customerRow(index, i, names)) }
    })
})
