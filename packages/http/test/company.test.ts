/**
 * 用户画像 reads are scoped: customers outside the caller's scope answer exactly like missing ones, and
 * search and suggestions list only customers in scope.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { loadBank } from "./support/bankData.js"
import { type Harness, makeHarness } from "./support/harness.js"

let h: Harness
beforeAll(async () => {
  h = await makeHarness()
  await loadBank(h)
})
afterAll(() => h.close())

const get = async (username: string, path: string) => h.call("GET", path, { token: await h.signIn(username) })
const codes = (r: { json: { data: { companies: Array<{ code: string }> } } }) =>
  r.json.data.companies.map((c) => c.code)

describe("company/detail scope", () => {
  it("an outlet RM of B1O1 sees its B1O1 customer", async () => {
    const r = await get("outlet_rm", "/api/company/detail?id=C1")
    expect(r.json.code).toBe(10000)
    expect(r.json.data.basicInfo.code).toBe("C1")
  })

  it("an outlet RM of B1O1 gets 10007 for a B2 customer, exactly as for a missing one", async () => {
    const outside = await get("outlet_rm", "/api/company/detail?id=C2")
    const missing = await get("outlet_rm", "/api/company/detail?id=NOPE")
    expect({ status: outside.status, code: outside.json.code }).toEqual({ status: 404, code: 10007 })
    expect(outside.json.msg.replace("C2", "X")).toBe(missing.json.msg.replace("NOPE", "X"))
    expect(outside.json.data).toEqual(missing.json.data)
  })

  it("an outlet RM of B1O1 gets 10007 for a customer of the other B1 outlet", async () => {
    expect((await get("outlet_rm", "/api/company/detail?id=C3")).json.code).toBe(10007)
  })

  it("a sub-branch admin of B1 sees both B1 outlets' customers but not B2's", async () => {
    expect((await get("branch_admin", "/api/company/detail?id=C3")).json.code).toBe(10000)
    expect((await get("branch_admin", "/api/company/detail?id=C2")).json.code).toBe(10007)
    expect((await get("west_admin", "/api/company/detail?id=C2")).json.code).toBe(10000)
  })

  it("bank roles see every customer", async () => {
    expect((await get("bank_rm", "/api/company/detail?id=C2")).json.code).toBe(10000)
  })

  it("a customer without transactions answers null figures", async () => {
    const d = (await get("admin", "/api/company/detail?id=C3")).json.data
    expect(d.allTradeStream).toEqual({ hourBalance: null, monthBalance: null, trade: null })
    expect(d.idleFunds).toBeNull()
  })
})

describe("company/search and company/suggestion scope", () => {
  it("search lists only the caller's customers with names of outlet and sub-branch", async () => {
    expect(codes(await get("admin", "/api/company/search"))).toEqual(["C1", "C2", "C3"])
    expect(codes(await get("branch_admin", "/api/company/search"))).toEqual(["C1", "C3"])
    const rm = await get("outlet_rm", "/api/company/search")
    expect(rm.json.data.total).toBe(1)
    expect(rm.json.data.companies[0]).toMatchObject({
      id: "C1",
      code: "C1",
      companyName: "东方制造有限公司",
      belongsToOutlet: "城东一网点",
      belongsToBranch: "城东支行",
      monthBalance: 977.78
    })
  })

  it("search filters by keyword on code or name and pages", async () => {
    expect(codes(await get("admin", "/api/company/search?keyword=%E8%B4%B8%E6%98%93"))).toEqual(["C2"])
    const page2 = await get("admin", "/api/company/search?page=2&count=2")
    expect(page2.json.data).toMatchObject({ total: 3 })
    expect(codes(page2)).toEqual(["C3"])
  })

  it("suggestion answers code and name of customers in scope only, at most limit", async () => {
    const all = await get("admin", "/api/company/suggestion?keyword=c")
    expect(
      all.json.data.companies.map((c: Record<string, unknown>) => ({
        id: c.id,
        code: c.code,
        companyName: c.companyName
      }))
    ).toEqual([
      { id: "C1", code: "C1", companyName: "东方制造有限公司" },
      { id: "C2", code: "C2", companyName: "西山贸易有限公司" },
      { id: "C3", code: "C3", companyName: "东城科技有限公司" }
    ])
    expect(codes(await get("outlet_rm", "/api/company/suggestion?keyword=c"))).toEqual(["C1"])
    expect(codes(await get("west_rm", "/api/company/suggestion?keyword=%E4%B8%9C"))).toEqual([])
    expect(codes(await get("admin", "/api/company/suggestion?keyword=c&limit=2"))).toEqual(["C1", "C2"])
  })
})

describe("before any data", () => {
  it("detail answers 10007 and search an empty page", async () => {
    const fresh = await makeHarness()
    try {
      const token = await fresh.signIn("admin")
      expect((await fresh.call("GET", "/api/company/detail?id=C1", { token })).json.code).toBe(10007)
      expect((await fresh.call("GET", "/api/company/search", { token })).json.data).toEqual({ total: 0, companies: [] })
      expect((await fresh.call("GET", "/api/organ/status", { token })).json.data).toMatchObject({
        status: 0,
        version: 0,
        analysisDate: null
      })
    } finally {
      await fresh.close()
    }
  })
})
