/**
 * Route table entries of the product routes (理财产品信息) and matching (产品匹配, 搜索筛选), on the small market
 * of the matching tests (products P1–P6 on sale on 2026-03-31, peer products, holdings and trades).
 */
import { loadMarket } from "../../matching-support/market.js"
import type { Harness } from "../harness.js"
import type { RouteSpec } from "./index.js"
import { pageMistyped, pagingMistyped } from "./mistyped.js"

const withMarket = async (h: Harness) => {
  await loadMarket(h)
}

const limitMistyped = () =>
  [
    ["limit", "0"],
    ["limit", "x"],
    ["limit", "2.5"],
    ["limit", "-1"]
  ] as const

/** A product code: blank text counts as absent, so only what is too long is wrong. */
const codeMistyped = [["code", "P".repeat(65)], ...pageMistyped] as const

const productList = (path: string): RouteSpec => ({
  method: "GET",
  path,
  caller: "admin",
  required: [],
  optional: ["keyword", "page", "count"],
  setup: withMarket,
  valid: () => ({ keyword: "P", page: "1", count: "10" }),
  mistyped: pagingMistyped
})

const matchRoute = (path: string): RouteSpec => ({
  method: "GET",
  path,
  caller: "admin",
  required: ["code"],
  optional: ["page", "count"],
  setup: withMarket,
  valid: () => ({ code: "P1", page: "1", count: "10" }),
  mistyped: codeMistyped
})

export const matchingRoutes: ReadonlyArray<RouteSpec> = [
  productList("/api/products"),
  {
    method: "GET",
    path: "/api/products_1",
    caller: "admin",
    required: [],
    optional: ["limit", "comanyId"],
    setup: withMarket,
    valid: () => ({ limit: "5", comanyId: "C1" }),
    mistyped: [...limitMistyped(), ["comanyId", "C".repeat(65)]]
  },
  productList("/api/financial/today_products"),
  productList("/api/financial/peer_products"),
  {
    method: "GET",
    path: "/api/product/suggestion",
    caller: "admin",
    required: [],
    optional: ["keyword", "limit"],
    setup: withMarket,
    valid: () => ({ keyword: "稳健", limit: "5" }),
    mistyped: [["keyword", "k".repeat(101)], ...limitMistyped()]
  },
  matchRoute("/api/company/match"),
  matchRoute("/api/company/match_1"),
  {
    method: "GET",
    path: "/api/company/match_model",
    caller: "admin",
    required: [],
    optional: [],
    setup: withMarket,
    valid: () => ({}),
    mistyped: []
  },
  {
    method: "POST",
    path: "/api/company/recommand",
    caller: "admin",
    required: [],
    optional: [
      "branchId",
      "outletId",
      "boughtFlag",
      "riskPreferences",
      "amountPreference",
      "cyclePreference",
      "categories",
      "features",
      "interestRatePreference",
      "page",
      "count"
    ],
    setup: withMarket,
    valid: (h) => ({
      branchId: h.org.b1.id,
      outletId: "",
      boughtFlag: 1,
      riskPreferences: [2, 3],
      amountPreference: "1,2",
      cyclePreference: ["2"],
      categories: null,
      features: [],
      interestRatePreference: "2-4",
      page: "1",
      count: 10
    }),
    mistyped: [
      ["branchId", -1],
      ["branchId", "x"],
      ["branchId", 1.5],
      ["branchId", 99_999],
      ["outletId", 99_999],
      ["outletId", { id: 1 }],
      ["boughtFlag", 2],
      ["boughtFlag", "yes"],
      ["riskPreferences", [0]],
      ["riskPreferences", [6]],
      ["riskPreferences", "1;2"],
      ["amountPreference", "1,6"],
      ["amountPreference", [1.5]],
      ["cyclePreference", { a: 1 }],
      ["cyclePreference", [5]],
      ["categories", [9]],
      ["categories", true],
      ["features", ["x"]],
      ["features", [8]],
      ["interestRatePreference", "abc"],
      ["interestRatePreference", "3-101"],
      ["interestRatePreference", "-1"],
      ["interestRatePreference", 101],
      ["interestRatePreference", [3]],
      ["page", 0],
      ["page", "abc"],
      ["count", -1],
      ["count", 1.5]
    ]
  }
]
