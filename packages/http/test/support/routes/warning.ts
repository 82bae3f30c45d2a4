/**
 * Route table entries of the maturity warning (理财到期预警) and the holding and trade lists over the customers
 * in scope (持有产品查询, 交易流水查询), on bankData's wealth (products, holdings and trades of C1 and C2).
 */
import { loadWealth } from "../bankData.js"
import type { Harness } from "../harness.js"
import type { RouteSpec } from "./index.js"
import { orgIdQueryMistyped, pageMistyped, pagingMistyped } from "./mistyped.js"

const withWealth = async (h: Harness) => {
  await loadWealth(h)
}

const windowMistyped = (field: string, min: number) =>
  [
    [field, min - 1],
    [field, 367],
    [field, 1.5],
    [field, "x"],
    [field, "4O"],
    [field, null],
    [field, [10]]
  ] as const

export const warningRoutes: ReadonlyArray<RouteSpec> = [
  {
    method: "GET",
    path: "/api/company/configrecent",
    caller: "admin",
    required: [],
    optional: [],
    valid: () => ({}),
    mistyped: []
  },
  {
    method: "POST",
    path: "/api/company/configrecent",
    caller: "admin",
    required: ["start", "end"],
    optional: [],
    valid: () => ({ start: 7, end: "60" }),
    mistyped: [...windowMistyped("start", 0), ...windowMistyped("end", 1)]
  },
  {
    method: "GET",
    path: "/api/company/recent_products",
    caller: "admin",
    required: [],
    optional: ["page", "count"],
    setup: withWealth,
    valid: () => ({ page: "1", count: "20" }),
    mistyped: pageMistyped
  },
  {
    method: "GET",
    path: "/api/financial/hold_products",
    caller: "admin",
    required: [],
    optional: ["keyword", "branchId", "outletId", "page", "count"],
    setup: withWealth,
    valid: (h) => ({
      keyword: "C1",
      branchId: String(h.org.b1.id),
      outletId: String(h.org.o11.id),
      page: "1",
      count: "10"
    }),
    mistyped: [...pagingMistyped, ...orgIdQueryMistyped("branchId"), ...orgIdQueryMistyped("outletId")]
  },
  {
    method: "GET",
    path: "/api/financial/trade_flow",
    caller: "admin",
    required: [],
    optional: ["keyword", "branchId", "outletid", "outletId", "page", "count"],
    setup: withWealth,
    valid: (h) => ({ keyword: "P1", branchId: String(h.org.b1.id), outletid: "0", page: "1", count: "10" }),
    mistyped: [
      ...pagingMistyped,
      ...orgIdQueryMistyped("branchId"),
      ...orgIdQueryMistyped("outletid"),
      ...orgIdQueryMistyped("outletId")
    ]
  }
]
