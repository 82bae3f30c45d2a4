/**
 * POST /api/company/recommand (搜索筛选) on the small market bank: every filter alone and combined, scope,
 * paging, ordering by idle funds, and a 400 naming the field for every bad value.
 */
import fc from "fast-check"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { loadMarket } from "./matching-support/market.js"
import { type Harness, makeHarness } from "./support/harness.js"

let h: Harness
const tokens: Record<string, string> = {}
const search = (body: unknown, who = "bank_rm") =>
  h.call("POST", "/api/company/recommand", { token: tokens[who]!, body })
const found = async (body: unknown, who = "bank_rm") => {
  const r = await search(body, who)
  expect(r.json.code, r.json.msg).toBe(10000)
  return r.json.data.companies.map((c: { code: string }) => c.code)
}

beforeAll(async () => {
  h = await makeHarness()
  tokens.admin = await loadMarket(h)
  for (const who of ["bank_rm", "outlet_rm", "west_rm"]) tokens[who] = await h.signIn(who)
})
afterAll(() => h.close())

describe("each filter alone", () => {
  it("without criteria lists the whole scope, idle funds descending, no balances last", async () => {
    expect(await found({})).toEqual(["C4", "C2", "C1", "C3", "C5"])
  })

  it.each([
    ["boughtFlag 1", { boughtFlag: 1 }, ["C2", "C1"]],
    ["boughtFlag '0'", { boughtFlag: "0" }, ["C4", "C3", "C5"]],
    ["riskPreferences [4]", { riskPreferences: [4] }, ["C2"]],
    ["riskPreferences ['2']", { riskPreferences: ["2"] }, ["C3", "C5"]],
    ["riskPreferences '3,5'", { riskPreferences: "3,5" }, ["C4", "C1"]],
    ["amountPreference [5]", { amountPreference: [5] }, ["C4"]],
    ["amountPreference [1]", { amountPreference: [1] }, ["C1", "C3", "C5"]],
    ["cyclePreference [2]", { cyclePreference: [2] }, ["C1"]],
    ["cyclePreference [3]", { cyclePreference: [3] }, ["C4", "C2", "C3", "C5"]],
    ["categories [1]", { categories: [1] }, ["C2"]],
    ["categories [3, 4]", { categories: [3, 4] }, ["C4", "C1"]],
    ["categories [6]", { categories: [6] }, ["C3", "C5"]],
    ["features [1]", { features: [1] }, ["C4", "C2"]],
    ["interestRatePreference '3-3.5'", { interestRatePreference: "3-3.5" }, ["C1"]],
    ["interestRatePreference 4", { interestRatePreference: 4 }, ["C2"]],
    [
      "empty values",
      { riskPreferences: [], categories: "", boughtFlag: "", outletId: 0, interestRatePreference: null },
      ["C4", "C2", "C1", "C3", "C5"]
    ]
  ])("%s", async (_, body, expected) => {
    expect(await found(body)).toEqual(expected)
  })

  it("branchId and outletId as /api/params gives them", async () => {
    expect(await found({ branchId: String(h.org.b2.id) })).toEqual(["C2"])
    expect(await found({ outletId: h.org.o12.id })).toEqual(["C3"])
  })
})

describe("filters combined", () => {
  it("must all hold", async () => {
    expect(await found({ boughtFlag: 0, riskPreferences: [2] })).toEqual(["C3", "C5"])
    expect(await found({ boughtFlag: 0, riskPreferences: [2], categories: [6], outletId: h.org.o12.id })).toEqual([
      "C3"
    ])
    expect(await found({ boughtFlag: 1, features: [1], cyclePreference: [3] })).toEqual(["C2"])
    expect(await found({ boughtFlag: 1, amountPreference: [5] })).toEqual([])
  })
})

describe("scope and paging", () => {
  it("shows an outlet's relationship manager only its outlet, whatever the form names", async () => {
    expect(await found({}, "outlet_rm")).toEqual(["C4", "C1", "C5"])
    expect(await found({ outletId: h.org.o21.id }, "outlet_rm")).toEqual([])
    expect(await found({ branchId: h.org.b2.id }, "outlet_rm")).toEqual([])
    expect(await found({}, "west_rm")).toEqual(["C2"])
  })

  it("pages with the full total", async () => {
    const r = await search({ page: 2, count: 2 })
    expect(r.json.data.total).toBe(5)
    expect(r.json.data.companies.map((c: { code: string }) => c.code)).toEqual(["C1", "C3"])
  })

  it("answers the preference columns of each row", async () => {
    const r = await search({ riskPreferences: [3], boughtFlag: 1 })
    expect(r.json.data.companies[0]).toMatchObject({
      id: "C1",
      code: "C1",
      companyName: "东方制造有限公司",
      belongsToOutlet: "城东一网点",
      belongsToBranch: "城东支行",
      riskPreference: "R3",
      amountPreference: "50万以下",
      cyclePreference: "3-6个月",
      interestRatePreference: "2.5%-3.2%",
      category: "稳定持有客户",
      bought: true
    })
  })
})

describe("bad values", () => {
  it.each([
    ["categories", { categories: [9] }],
    ["features", { features: ["x"] }],
    ["riskPreferences", { riskPreferences: [0] }],
    ["amountPreference", { amountPreference: "1,6" }],
    ["cyclePreference", { cyclePreference: { a: 1 } }],
    ["boughtFlag", { boughtFlag: 2 }],
    ["interestRatePreference", { interestRatePreference: "abc" }],
    ["interestRatePreference", { interestRatePreference: "3-101" }],
    ["outletId", { outletId: 99_999 }],
    ["branchId", { branchId: -1 }],
    ["page", { page: 0 }],
    ["count", { count: 0 }]
  ])("%s %j answers 400 naming the field", async (field, body) => {
    const r = await search(body)
    expect(r.status).toBe(400)
    expect(r.json.code).toBe(10001)
    expect(r.json.data.field).toBe(field)
  })
})

describe("any body", () => {
  it("is answered 200 or 400, never 5xx", async () => {
    const fields = [
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
    ]
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.constantFrom(...fields), fc.jsonValue()), async (body) => {
        const r = await search(body)
        expect([200, 400]).toContain(r.status)
        expect(r.json.code).toBe(r.status === 200 ? 10000 : 10001)
      }),
      { numRuns: 150 }
    )
  })
})
