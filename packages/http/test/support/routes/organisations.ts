/**
 * Route table entries of the organisation routes (机构管理): branches and outlets, and the new-user form's lists.
 */
import type { RouteSpec } from "./index.js"
import { codeMistyped, nameMistyped, pagingMistyped } from "./mistyped.js"

export const organisationRoutes: ReadonlyArray<RouteSpec> = [
  {
    method: "GET",
    path: "/api/new_params",
    caller: "admin",
    required: [],
    optional: [],
    valid: () => ({}),
    mistyped: []
  },
  {
    method: "POST",
    path: "/api/organ/add",
    caller: "admin",
    required: ["outletName", "outletCode", "branchCode", "branchName"],
    optional: [],
    valid: () => ({ outletName: "城东九网点", outletCode: "B1O9", branchCode: "B1", branchName: "城东支行" }),
    mistyped: [...codeMistyped("outletCode"), ...codeMistyped("branchCode"), ...nameMistyped("outletName")]
  },
  {
    method: "POST",
    path: "/api/organ/change_name",
    caller: "admin",
    required: ["outletCode", "outletName", "branchName"],
    optional: [],
    valid: () => ({ outletCode: "B1O1", outletName: "新名", branchName: "新支行名" }),
    mistyped: [...codeMistyped("outletCode"), ...nameMistyped("outletName"), ...nameMistyped("branchName")]
  },
  {
    method: "POST",
    path: "/api/organ/change_branch",
    caller: "admin",
    required: ["outletCode", "branchCode"],
    optional: [],
    valid: () => ({ outletCode: "B1O1", branchCode: "B2" }),
    mistyped: [...codeMistyped("outletCode"), ...codeMistyped("branchCode")]
  },
  {
    method: "POST",
    path: "/api/organ/merge",
    caller: "admin",
    required: ["outletCode", "newOutletCode"],
    optional: [],
    valid: () => ({ outletCode: "B1O2", newOutletCode: "B1O1" }),
    mistyped: [...codeMistyped("outletCode"), ...codeMistyped("newOutletCode")]
  },
  {
    method: "POST",
    path: "/api/organ/delete",
    caller: "admin",
    required: ["code"],
    optional: [],
    valid: () => ({ code: "B1O2" }),
    mistyped: codeMistyped("code")
  },
  {
    method: "GET",
    path: "/api/organ/list",
    caller: "admin",
    required: [],
    optional: ["keyword", "page", "count"],
    valid: () => ({ keyword: "B1", page: "1", count: "10" }),
    mistyped: pagingMistyped
  },
  {
    method: "GET",
    path: "/api/organ/detail",
    caller: "admin",
    required: ["code"],
    optional: [],
    valid: () => ({ code: "B1O1" }),
    mistyped: [
      ["code", "bad code!"],
      ["code", "x".repeat(33)],
      ["code", "B1O1;drop"]
    ]
  }
]
