/**
 * Route table entries of the customer routes (企业客户): portrait, trades, search, suggestions, the contact
 * correction, and the search form's lists.
 */
import { loadBank, loadWealth } from "../bankData.js"
import type { Harness } from "../harness.js"
import type { RouteSpec } from "./index.js"
import { companyCodeMistyped, pageMistyped, pagingMistyped } from "./mistyped.js"

const withBank = async (h: Harness) => {
  await loadBank(h)
}
const withWealth = async (h: Harness) => {
  await loadWealth(h)
}

export const companyRoutes: ReadonlyArray<RouteSpec> = [
  {
    method: "GET",
    path: "/api/company/detail",
    caller: "admin",
    required: ["id"],
    optional: [],
    setup: withBank,
    valid: () => ({ id: "C1" }),
    mistyped: [["id", "x".repeat(65)]]
  },
  {
    method: "GET",
    path: "/api/company/detail_1",
    caller: "admin",
    required: ["id"],
    optional: [],
    setup: withWealth,
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
    setup: withWealth,
    valid: () => ({ companyId: "C1", page: "1", count: "10" }),
    mistyped: [["companyId", "x".repeat(65)], ["companyId", ""], ...pageMistyped]
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
      ["limit", "x"],
      ["limit", "2.5"]
    ]
  },
  {
    method: "POST",
    path: "/api/company/contact",
    caller: "admin",
    required: ["companyId", "linkman", "contact"],
    optional: [],
    setup: withBank,
    valid: () => ({ companyId: "C1", linkman: "赵敏", contact: "0571-8800 1234" }),
    mistyped: [
      ...companyCodeMistyped("companyId"),
      ["linkman", ""],
      ["linkman", "   "],
      ["linkman", "x".repeat(33)],
      ["linkman", "张\u0007三"],
      ["linkman", 42],
      ["linkman", null],
      ["contact", "12"],
      ["contact", "138-abc-0000"],
      ["contact", "+-()"],
      ["contact", "1".repeat(33)],
      ["contact", 13800000009],
      ["contact", ["13800000009"]]
    ]
  },
  {
    method: "GET",
    path: "/api/params",
    caller: "admin",
    required: [],
    optional: [],
    valid: () => ({}),
    mistyped: []
  }
]
