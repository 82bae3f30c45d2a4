/**
 * Route table entries of sign-in, sign-out and user management (用户管理).
 */
import { PASSWORD } from "../harness.js"
import type { RouteSpec } from "./index.js"
import { idMistyped, pagingMistyped, passwordMistyped, placementMistyped } from "./mistyped.js"

const NEW_PWD = "Another-Quiet-2027"
const passwordChange = (): Record<string, unknown> => ({ pwd: PASSWORD, newPwd: NEW_PWD, newPwdConfirm: NEW_PWD })

export const accountRoutes: ReadonlyArray<RouteSpec> = [
  {
    method: "POST",
    path: "/api/sign_in",
    caller: "nobody",
    required: ["username", "password"],
    optional: [],
    valid: () => ({ username: "admin", password: PASSWORD }),
    mistyped: [
      ["username", 123],
      ["username", "a"],
      ["username", "bad name!"],
      ["username", "u".repeat(33)],
      ["password", 12345678],
      ["password", ""],
      ["password", "p".repeat(129)]
    ]
  },
  {
    method: "GET",
    path: "/api/logout",
    caller: "admin",
    required: [],
    optional: [],
    valid: () => ({}),
    mistyped: []
  },
  {
    method: "POST",
    path: "/api/usermanage/password_modify",
    caller: "admin",
    required: ["pwd", "newPwd", "newPwdConfirm"],
    optional: [],
    valid: passwordChange,
    mistyped: passwordMistyped
  },
  {
    method: "POST",
    path: "/api/usermanage/initialize_user",
    caller: "newcomer",
    required: ["pwd", "newPwd", "newPwdConfirm"],
    optional: [],
    valid: passwordChange,
    mistyped: passwordMistyped
  },
  {
    method: "POST",
    path: "/api/usermanage/create_user",
    caller: "admin",
    required: ["username", "name", "role"],
    optional: ["subbranchId", "outletId"],
    valid: (h) => ({ username: "created", name: "新人", role: 5, subbranchId: h.org.b1.id, outletId: 0 }),
    mistyped: [["username", 5], ["username", "a"], ["username", "有空格 的"], ...placementMistyped]
  },
  {
    method: "POST",
    path: "/api/usermanage/delete_user",
    caller: "admin",
    required: ["userId"],
    optional: [],
    valid: (h) => ({ userId: h.staff.bankRm.id }),
    mistyped: idMistyped("userId")
  },
  {
    method: "POST",
    path: "/api/usermanage/reset_password",
    caller: "admin",
    required: ["userId"],
    optional: [],
    valid: (h) => ({ userId: h.staff.bankRm.id }),
    mistyped: idMistyped("userId")
  },
  {
    method: "POST",
    path: "/api/usermanage/user_detail",
    caller: "admin",
    required: ["userId", "name", "role"],
    optional: ["subbranchId", "outletId"],
    valid: (h) => ({ userId: h.staff.branchRm.id, name: "改名", role: 5, subbranchId: h.org.b1.id, outletId: 0 }),
    mistyped: [...idMistyped("userId"), ...placementMistyped]
  },
  {
    method: "GET",
    path: "/api/usermanage/user_list",
    caller: "admin",
    required: [],
    optional: ["keyword", "page", "count"],
    valid: () => ({ keyword: "rm", page: "1", count: "10" }),
    mistyped: pagingMistyped
  },
  {
    method: "GET",
    path: "/api/usermanage/user_detail",
    caller: "admin",
    required: [],
    optional: ["userId"],
    valid: (h) => ({ userId: String(h.staff.bankRm.id) }),
    mistyped: [
      ["userId", "x"],
      ["userId", "0"],
      ["userId", "-1"],
      ["userId", "1.5"],
      ["userId", "0x10"]
    ]
  }
]
