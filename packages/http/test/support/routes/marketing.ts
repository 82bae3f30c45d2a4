/**
 * Route table entries of the marketing loop: marketing records and focus lists (on bankData's wealth, with one
 * record made by the admin for the edit and delete routes), the statistics lists and the listed companies.
 */
import { loadWealth } from "../bankData.js"
import type { Harness } from "../harness.js"
import { loadListed } from "../listedData.js"
import type { RouteSpec } from "./index.js"
import { companyCodeMistyped, orgIdQueryMistyped, pageMistyped, pagingMistyped } from "./mistyped.js"

/** The record each harness's setup made, for the routes that take a record id. */
const recordIds = new WeakMap<Harness, string>()

const withRecord = async (h: Harness) => {
  const token = await loadWealth(h)
  const r = await h.call("POST", "/api/company/marketing", {
    token,
    body: { code: "C1", type: 0, remark: "电话", createTime: "2026-11-02 10:00:00" }
  })
  recordIds.set(h, r.json.data.id)
}

const withWealth = async (h: Harness) => {
  await loadWealth(h)
}

const withListed = async (h: Harness) => {
  await loadListed(h, await loadWealth(h))
}

const recordId = (h: Harness) => recordIds.get(h) ?? "no-such-record"

const createTimeMistyped = [
  ["createTime", "yesterday"],
  ["createTime", "2026-13-01 10:00:00"],
  ["createTime", 1.5],
  ["createTime", -5],
  ["createTime", 0],
  ["createTime", "2099-01-01 00:00:00"],
  ["createTime", null],
  ["createTime", [1]]
] as const

const typeMistyped = [
  ["type", 6],
  ["type", -1],
  ["type", "x"],
  ["type", 1.5],
  ["type", null]
] as const

const remarkMistyped = [
  ["remark", 42],
  ["remark", "x".repeat(501)],
  ["remark", null]
] as const

const idMistyped = [
  ["id", 7],
  ["id", ""],
  ["id", "x".repeat(65)],
  ["id", null]
] as const

const periodMistyped = [
  ["starttime", "x"],
  ["starttime", "-1"],
  ["starttime", "1.5"],
  ["endtime", "soon"],
  ["endtime", "0"]
] as const

const sortMistyped = (types: number) =>
  [
    ["sortType", "0"],
    ["sortType", String(types + 1)],
    ["sortType", "x"],
    ["sort", "2"],
    ["sort", "desc"]
  ] as const

const orgMistyped = [...orgIdQueryMistyped("branchId"), ...orgIdQueryMistyped("outletId")]

const statList = (path: string, sortTypes: number, period: boolean): RouteSpec => ({
  method: "GET",
  path,
  caller: "admin",
  required: [],
  optional: [
    "page",
    "count",
    "keyword",
    "branchId",
    "outletId",
    "sortType",
    "sort",
    ...(period ? ["starttime", "endtime"] : [])
  ],
  setup: withWealth,
  valid: (h) => ({
    page: "1",
    count: "10",
    keyword: "城",
    branchId: String(h.org.b1.id),
    outletId: "0",
    sortType: String(sortTypes),
    sort: "0",
    ...(period ? { starttime: String(Date.UTC(2026, 0, 1)), endtime: String(Date.UTC(2026, 11, 31)) } : {})
  }),
  mistyped: [...pagingMistyped, ...orgMistyped, ...sortMistyped(sortTypes), ...(period ? periodMistyped : [])]
})

const topList = (path: string): RouteSpec => ({
  method: "GET",
  path,
  caller: "admin",
  required: [],
  optional: ["page", "count", "branchId", "outletId", "limit"],
  setup: withWealth,
  valid: (h) => ({ page: "1", count: "5", branchId: String(h.org.b1.id), limit: "10" }),
  mistyped: [...pageMistyped, ...orgMistyped, ["limit", "0"], ["limit", "1001"], ["limit", "x"]]
})

export const marketingRoutes: ReadonlyArray<RouteSpec> = [
  {
    method: "GET",
    path: "/api/company/marketing",
    caller: "admin",
    required: ["code"],
    optional: ["page", "count"],
    setup: withRecord,
    valid: () => ({ code: "C1", page: "1", count: "10" }),
    mistyped: [...pageMistyped, ["code", "x".repeat(65)]]
  },
  {
    method: "POST",
    path: "/api/company/marketing",
    caller: "admin",
    required: ["createTime", "type", "remark", "code"],
    optional: [],
    setup: withWealth,
    valid: () => ({ code: "C1", type: 1, remark: "上门拜访", createTime: "2026-11-20 09:00:00" }),
    mistyped: [...createTimeMistyped, ...typeMistyped, ...remarkMistyped, ...companyCodeMistyped("code")]
  },
  {
    method: "PUT",
    path: "/api/company/marketing",
    caller: "admin",
    required: ["id"],
    optional: ["createTime", "type", "remark"],
    setup: withRecord,
    valid: (h) => ({ id: recordId(h), type: "3", remark: "有意向", createTime: Date.UTC(2026, 10, 3) }),
    mistyped: [...idMistyped, ...createTimeMistyped, ...typeMistyped, ...remarkMistyped]
  },
  {
    method: "DELETE",
    path: "/api/company/marketing",
    caller: "admin",
    required: ["id"],
    optional: [],
    setup: withRecord,
    valid: (h) => ({ id: recordId(h) }),
    mistyped: idMistyped
  },
  {
    method: "GET",
    path: "/api/company/focus",
    caller: "admin",
    required: [],
    optional: ["page", "count"],
    setup: withWealth,
    valid: () => ({ page: "1", count: "10" }),
    mistyped: pageMistyped
  },
  {
    method: "POST",
    path: "/api/company/focus",
    caller: "admin",
    required: ["code", "type"],
    optional: [],
    setup: withWealth,
    valid: () => ({ code: "C1", type: 1 }),
    mistyped: [...companyCodeMistyped("code"), ["type", 2], ["type", "x"], ["type", null], ["type", -1]]
  },
  topList("/api/statistics/history_top"),
  statList("/api/statistics/history_list", 6, true),
  topList("/api/statistics/hold_top"),
  statList("/api/statistics/hold_list", 4, false),
  statList("/api/statistics/login", 3, true),
  statList("/api/statistics/conversion_rate", 5, false),
  {
    method: "GET",
    path: "/api/listed_company",
    caller: "admin",
    required: [],
    optional: ["keyword", "page", "count"],
    setup: withListed,
    valid: () => ({ keyword: "股份", page: "1", count: "10" }),
    mistyped: pagingMistyped
  },
  {
    method: "GET",
    path: "/api/listed_company/detail",
    caller: "admin",
    required: ["listedCompanyId"],
    optional: [],
    setup: withListed,
    valid: () => ({ listedCompanyId: "L1" }),
    mistyped: [["listedCompanyId", "x".repeat(65)]]
  }
]
