/**
 * 机构管理: sub-branches and outlets. Changes are for bank admins; reads are scoped by role.
 */
import { audited, OrganisationService, OrgCode, OrgName, type OutletView } from "@wm/core"
import { Effect, Schema } from "effect"
import { Keyword, PagingQuery } from "../api/params.js"
import { defineRoute } from "../api/route.js"
import { dateTimeText } from "../api/time.js"

const tag = "机构管理"

const OutletRow = Schema.Struct({
  outletId: Schema.Int,
  outletName: Schema.String.annotations({ description: "网点名称" }),
  outletCode: Schema.String.annotations({ description: "网点编号" }),
  branchId: Schema.Int,
  branchName: Schema.String.annotations({ description: "归属支行名称" }),
  branchCode: Schema.String.annotations({ description: "归属支行编号" })
}).annotations({ identifier: "OutletRow" })

const outletRow = ({ outlet, branch }: OutletView): typeof OutletRow.Type => ({
  outletId: outlet.id,
  outletName: outlet.name,
  outletCode: outlet.code,
  branchId: branch.id,
  branchName: branch.name,
  branchCode: branch.code
})

const admin = <A>(f: (s: OrganisationService) => Effect.Effect<A, import("@wm/core").DomainError>) =>
  Effect.as(Effect.flatMap(OrganisationService, f), null)

/** Every change of the organisation is one audit event, refused ones too. */
const change = (operation: string, target: string, details: Record<string, string> = {}) =>
  audited("organisation_change", { target, details: { operation, ...details } })

const add = defineRoute({
  method: "post",
  path: "/api/organ/add",
  tag,
  summary: "新增机构 Add an outlet",
  description:
    "Creates the sub-branch too when its code is new; an existing sub-branch code must come with its current name.",
  access: "user",
  body: Schema.Struct({ outletName: OrgName, outletCode: OrgCode, branchCode: OrgCode, branchName: OrgName }),
  response: OutletRow,
  handle: ({ actor, body }) =>
    Effect.map(
      Effect.flatMap(OrganisationService, (s) => s.add(actor, body)),
      outletRow
    ).pipe(change("add", `outlet:${body.outletCode}`, { branchCode: body.branchCode }))
})

const changeName = defineRoute({
  method: "post",
  path: "/api/organ/change_name",
  tag,
  summary: "修改机构名字 Rename an outlet and its sub-branch",
  access: "user",
  body: Schema.Struct({ outletCode: OrgCode, outletName: OrgName, branchName: OrgName }),
  response: Schema.Null,
  handle: ({ actor, body }) =>
    admin((s) => s.changeName(actor, body.outletCode, body.outletName, body.branchName)).pipe(
      change("change_name", `outlet:${body.outletCode}`)
    )
})

const changeBranch = defineRoute({
  method: "post",
  path: "/api/organ/change_branch",
  tag,
  summary: "修改归属 Move an outlet to another sub-branch",
  description: "The outlet's customers and users move with it.",
  access: "user",
  body: Schema.Struct({ outletCode: OrgCode, branchCode: OrgCode }),
  response: Schema.Null,
  handle: ({ actor, body }) =>
    admin((s) => s.changeBranch(actor, body.outletCode, body.branchCode)).pipe(
      change("change_branch", `outlet:${body.outletCode}`, { branchCode: body.branchCode })
    )
})

const merge = defineRoute({
  method: "post",
  path: "/api/organ/merge",
  tag,
  summary: "合并 Merge an outlet into another",
  description:
    "Moves the outlet's customers and users to newOutletCode (another outlet: the same code answers 10001), " +
    "then deletes the outlet.",
  access: "user",
  body: Schema.Struct({ outletCode: OrgCode, newOutletCode: OrgCode }),
  response: Schema.Struct({ movedCompanies: Schema.Int, movedUsers: Schema.Int }),
  handle: ({ actor, body }) =>
    Effect.flatMap(OrganisationService, (s) => s.merge(actor, body.outletCode, body.newOutletCode)).pipe(
      change("merge", `outlet:${body.outletCode}`, { into: body.newOutletCode })
    )
})

const remove = defineRoute({
  method: "post",
  path: "/api/organ/delete",
  tag,
  summary: "删除 Delete an outlet or an empty sub-branch",
  description: "Refused (10008) while customers or users still belong to it: merge the outlet instead.",
  access: "user",
  body: Schema.Struct({ code: OrgCode }),
  response: Schema.Null,
  handle: ({ actor, body }) =>
    admin((s) => s.delete(actor, body.code)).pipe(change("delete", `organisation:${body.code}`))
})

const list = defineRoute({
  method: "get",
  path: "/api/organ/list",
  tag,
  summary: "机构列表 List outlets",
  access: "user",
  query: Schema.Struct({ keyword: Keyword, ...PagingQuery.fields }),
  response: Schema.Struct({ total: Schema.Int, outletList: Schema.Array(OutletRow) }),
  memo: true,
  handle: ({ actor, query }) =>
    Effect.map(
      Effect.flatMap(OrganisationService, (s) => s.list(actor, query.keyword, query)),
      (found) => ({ total: found.total, outletList: found.items.map(outletRow) })
    )
})

const detail = defineRoute({
  method: "get",
  path: "/api/organ/detail",
  tag,
  summary: "机构详情 An outlet's details",
  description: "Who created and last changed the outlet, and when (YYYY-MM-DD HH:mm:ss, bank time zone).",
  access: "user",
  memo: true,
  query: Schema.Struct({ code: OrgCode }),
  response: Schema.Struct({
    ...OutletRow.fields,
    createTime: Schema.String,
    createUser: Schema.String.annotations({ description: "创建用户编号 (username)" }),
    createUserName: Schema.String,
    updateTime: Schema.String,
    updateUser: Schema.String.annotations({ description: "修改用户编号 (username)" }),
    updateUserName: Schema.String
  }),
  handle: ({ actor, query }) =>
    Effect.map(
      Effect.flatMap(OrganisationService, (s) => s.detail(actor, query.code)),
      (d) => ({
        ...outletRow(d),
        createTime: dateTimeText(d.outlet.createdAt),
        createUser: d.createdBy?.username ?? "",
        createUserName: d.createdBy?.name ?? "",
        updateTime: dateTimeText(d.outlet.updatedAt),
        updateUser: d.updatedBy?.username ?? "",
        updateUserName: d.updatedBy?.name ?? ""
      })
    )
})

const newParams = defineRoute({
  method: "get",
  path: "/api/new_params",
  tag: "账户-登录",
  summary: "支行列表 Sub-branches with their outlets",
  description: "The part of the organisation tree inside the caller's scope, for user forms.",
  access: "user",
  memo: true,
  response: Schema.Struct({
    branches: Schema.Array(
      Schema.Struct({
        id: Schema.Int,
        code: Schema.String,
        name: Schema.String,
        outlets: Schema.Array(Schema.Struct({ id: Schema.Int, code: Schema.String, name: Schema.String }))
      })
    )
  }),
  handle: ({ actor }) =>
    Effect.map(
      Effect.flatMap(OrganisationService, (s) => s.tree(actor)),
      (tree) => ({
        branches: tree.map(({ branch, outlets }) => ({
          id: branch.id,
          code: branch.code,
          name: branch.name,
          outlets: outlets.map((o) => ({ id: o.id, code: o.code, name: o.name }))
        }))
      })
    )
})

export const organRoutes = [add, changeName, changeBranch, merge, remove, list, detail, newParams]
