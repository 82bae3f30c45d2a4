/**
 * The 30 documented routes as the tests see them: who calls each, which parameters it requires or
 * accepts, a parameter set that passes validation, and values of the wrong type or shape.
 * validation.test.ts, fuzz.test.ts and openapi.test.ts are all driven from this one table.
 */
import { loadBank, loadWealth, organizationCsv, uploadRight } from "./bankData.js"
import type { Harness } from "./harness.js"
import { PASSWORD } from "./harness.js"

export type Caller = "nobody" | "admin" | "newcomer"

export interface RouteSpec {
  readonly method: "GET" | "POST"
  readonly path: string
  /** Who calls the route in validation tests (the newcomer for the routes open before initialization). */
  readonly caller: Caller
  /** Parameters the schema requires: query parameters for GET, body fields for POST. */
  readonly required: ReadonlyArray<string>
  /** Parameters the schema accepts but does not require. */
  readonly optional: ReadonlyArray<string>
  /** A parameter set that passes validation (the route may still refuse it for other reasons). */
  readonly valid: (h: Harness) => Record<string, unknown>
  /** Values of the wrong type or shape, each with the field it must be reported on. */
  readonly mistyped: ReadonlyArray<readonly [field: string, value: unknown]>
  /** The body is multipart/form-data (a file upload): `request` sends the parameters as a form. */
  readonly multipart?: true
  /** Data the valid parameter set needs (uploaded files, applied data), on a fresh harness. */
  readonly setup?: (h: Harness) => Promise<void>
}

const NEW_PWD = "Another@2027"
const passwordChange = (): Record<string, unknown> => ({ pwd: PASSWORD, newPwd: NEW_PWD, newPwdConfirm: NEW_PWD })
const passwordMistyped = [
  ["pwd", 12345678],
  ["pwd", ""],
  ["newPwd", null],
  ["newPwd", "x".repeat(129)],
  ["newPwdConfirm", ["Another@2027"]]
] as const

const idMistyped = (field: string) =>
  [
    [field, "x"],
    [field, 0],
    [field, -3],
    [field, 1.5],
    [field, true],
    [field, null],
    [field, "12abc"]
  ] as const

const placementMistyped = [
  ["role", 9],
  ["role", 0],
  ["role", "x"],
  ["role", 2.5],
  ["name", ""],
  ["name", 42],
  ["name", "x".repeat(65)],
  ["subbranchId", "abc"],
  ["subbranchId", -1],
  ["outletId", 1.5],
  ["outletId", { id: 1 }]
] as const

const codeMistyped = (field: string) =>
  [
    [field, 7],
    [field, ""],
    [field, "   "],
    [field, "bad code!"],
    [field, "x".repeat(33)],
    [field, ["B1O1"]]
  ] as const

const nameMistyped = (field: string) =>
  [
    [field, ""],
    [field, 12],
    [field, "x".repeat(65)]
  ] as const

/** Query strings are text: the wrong values are wrong text. */
const pagingMistyped = [
  ["page", "abc"],
  ["page", "0"],
  ["page", "1.5"],
  ["page", "-2"],
  ["count", "abc"],
  ["count", "0"],
  ["count", "101"],
  ["count", "1e3"],
  ["keyword", "k".repeat(101)]
] as const

const typeMistyped = [
  ["type", "nope"],
  ["type", 5],
  ["type", ["company"]]
] as const

export const ROUTES: ReadonlyArray<RouteSpec> = [
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
  },
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
  },
  {
    method: "POST",
    path: "/api/updatedatainitialize",
    caller: "admin",
    required: ["type"],
    optional: [],
    valid: () => ({ type: "company" }),
    mistyped: typeMistyped
  },
  {
    method: "POST",
    path: "/api/upload_update_data",
    caller: "admin",
    required: ["type", "file"],
    optional: [],
    multipart: true,
    valid: () => ({ type: "organization", file: new File([organizationCsv], "organization.csv") }),
    mistyped: [...typeMistyped, ["file", "organization.csv"], ["file", 5]]
  },
  {
    method: "GET",
    path: "/api/updatedatastatus/all",
    caller: "admin",
    required: [],
    optional: [],
    valid: () => ({}),
    mistyped: []
  },
  {
    method: "POST",
    path: "/api/updatedatabutton",
    caller: "admin",
    required: ["type", "ids"],
    optional: [],
    setup: async (h) => {
      await uploadRight(h, await h.signIn("admin"), "organization", organizationCsv)
    },
    // The first file a fresh bank stages has id 1.
    valid: () => ({ type: "organization", ids: ["1"] }),
    // A wrong element is reported on its position (ids.0): see data.test.ts.
    mistyped: [...typeMistyped, ["ids", "1"], ["ids", { 0: 1 }], ["ids", null]]
  },
  {
    method: "GET",
    path: "/api/params",
    caller: "admin",
    required: [],
    optional: [],
    valid: () => ({}),
    mistyped: []
  },
  {
    method: "GET",
    path: "/api/organ/status",
    caller: "admin",
    required: [],
    optional: [],
    valid: () => ({}),
    mistyped: []
  },
  {
    method: "POST",
    path: "/api/organ/update",
    caller: "admin",
    required: [],
    optional: [],
    valid: () => ({}),
    mistyped: []
  },
  {
    method: "GET",
    path: "/api/company/detail",
    caller: "admin",
    required: ["id"],
    optional: [],
    setup: async (h) => {
      await loadBank(h)
    },
    valid: () => ({ id: "C1" }),
    mistyped: [["id", "x".repeat(65)]]
  },
  {
    method: "GET",
    path: "/api/company/detail_1",
    caller: "admin",
    required: ["id"],
    optional: [],
    setup: async (h) => {
      await loadWealth(h)
    },
    valid: () => ({ id: "C1" }),
    mistyped: [
      ["id", "x".repeat(65)],
      ["id", ""]
    ]
  },
  {
    method: "GET",
    path: "/api/company/trade_history",
    caller: "admin",
    required: ["companyId"],
    optional: ["page", "count"],
    setup: async (h) => {
      await loadWealth(h)
    },
    valid: () => ({ companyId: "C1", page: "1", count: "10" }),
    mistyped: [
      ["companyId", "x".repeat(65)],
      ["companyId", ""],
      ...pagingMistyped.filter(([field]) => field !== "keyword")
    ]
  },
  {
    method: "GET",
    path: "/api/company/search",
    caller: "admin",
    required: [],
    optional: ["keyword", "page", "count"],
    valid: () => ({ keyword: "C", page: "1", count: "10" }),
    mistyped: pagingMistyped
  },
  {
    method: "GET",
    path: "/api/company/suggestion",
    caller: "admin",
    required: ["keyword"],
    optional: ["limit"],
    valid: () => ({ keyword: "C", limit: "5" }),
    mistyped: [
      ["keyword", "k".repeat(101)],
      ["limit", "0"],
      ["limit", "11"],
      ["limit", "x"],
      ["limit", "2.5"]
    ]
  }
]

/** A form of the parameters: files as they are, anything else as text (JSON for arrays and objects). */
export const formOf = (params: Record<string, unknown>): FormData => {
  const form = new FormData()
  for (const [k, v] of Object.entries(params)) {
    form.set(k, v instanceof File ? v : typeof v === "object" && v !== null ? JSON.stringify(v) : String(v))
  }
  return form
}

/** The parameters of a route, as a query string (GET), a JSON body (POST) or a form (multipart POST). */
export const request = (
  route: RouteSpec,
  params: Record<string, unknown>
): { path: string; body?: Record<string, unknown>; form?: FormData } =>
  route.method === "GET"
    ? {
        path: `${route.path}?${new URLSearchParams(Object.entries(params).map(([k, v]): [string, string] => [k, String(v)])).toString()}`
      }
    : route.multipart
      ? { path: route.path, form: formOf(params) }
      : { path: route.path, body: params }

/** Signs in whoever the route's table entry says calls it. */
export const tokenFor = async (h: Harness, caller: Caller) => (caller === "nobody" ? undefined : h.signIn(caller))
