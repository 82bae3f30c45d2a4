/**
 * A customer's wealth side: holdings joined with products in company/detail (financialProduct) and in the
 * superseded company/detail_1, and its wealth-product trades in company/trade_history, paged and scoped.
 * Times are epoch ms of Asia/Shanghai wall clock (UTC+8, the default BANK_TIMEZONE).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { loadWealth } from "./support/bankData.js"
import { type Harness, makeHarness } from "./support/harness.js"

let h: Harness
beforeAll(async () => {
  h = await makeHarness()
  await loadWealth(h)
})
afterAll(() => h.close())

const get = async (username: string, path: string) => h.call("GET", path, { token: await h.signIn(username) })
/** Epoch ms of a Shanghai wall-clock moment. */
const sh = (y: number, m: number, d: number, hh = 0, mm = 0) => Date.UTC(y, m - 1, d, hh - 8, mm)
const ids = (r: { json: { data: { trade_histories: Array<{ id: string }> } } }) =>
  r.json.data.trade_histories.map((t) => t.id)

describe("company/detail financialProduct", () => {
  it("lists the customer's holdings with their products, soonest maturity first", async () => {
    const r = await get("outlet_rm", "/api/company/detail?id=C1")
    expect(r.json.code).toBe(10000)
    expect(r.json.data.financialProduct).toEqual([
      {
        productCode: "P2",
        productName: "安心理财二号",
        investmentPeriod: "90天",
        deadline: sh(2026, 4, 11),
        riskLevel: "R1",
        interestRate: 2.1,
        share: 20
      },
      {
        productCode: "P1",
        productName: "稳健理财一号",
        investmentPeriod: "182天",
        deadline: sh(2026, 7, 17),
        riskLevel: "R2",
        interestRate: 3.25,
        share: 50.5
      }
    ])
  })

  it("is empty for a customer without holdings", async () => {
    expect((await get("admin", "/api/company/detail?id=C3")).json.data.financialProduct).toEqual([])
  })
})

describe("company/detail_1 (superseded)", () => {
  it("answers the old shape from the same read model", async () => {
    const [old, current] = [
      await get("admin", "/api/company/detail_1?id=C1"),
      await get("admin", "/api/company/detail?id=C1")
    ]
    expect(old.json.code).toBe(10000)
    expect(old.json.data.basicInfo).toEqual(current.json.data.basicInfo)
    expect(old.json.data.innerScale).toEqual(current.json.data.innerScale)
    expect(old.json.data.financialProduct).toEqual([
      {
        name: "安心理财二号",
        share: 20,
        risk: "R1",
        term: "90天",
        deadline: sh(2026, 4, 11),
        interestRate: 2.1,
        instructionId: "P2"
      },
      {
        name: "稳健理财一号",
        share: 50.5,
        risk: "R2",
        term: "182天",
        deadline: sh(2026, 7, 17),
        interestRate: 3.25,
        instructionId: "https://bank.example/p1.pdf"
      }
    ])
    const { branchRank: _b, outletRank: _o, ...hour } = current.json.data.allTradeStream.hourBalance
    expect(old.json.data.allTradeStream.hourBalance).toEqual(hour)
    expect(old.json.data.allTradeStream.hourBalance).not.toHaveProperty("branchRank")
    expect(old.json.data.recommand).toEqual([])
  })

  it("is scoped like detail", async () => {
    const r = await get("outlet_rm", "/api/company/detail_1?id=C2")
    expect({ status: r.status, code: r.json.code }).toEqual({ status: 404, code: 10007 })
  })

  it("is marked deprecated in OpenAPI", async () => {
    const res = await h.app.request("/openapi.json")
    const spec = (await res.json()) as { paths: Record<string, { get: { deprecated?: boolean } }> }
    expect(spec.paths["/api/company/detail_1"]?.get.deprecated).toBe(true)
    expect(spec.paths["/api/company/detail"]?.get.deprecated).toBeUndefined()
  })
})

describe("company/trade_history", () => {
  it("lists the customer's wealth-product trades newest first, the later uploaded first at equal times", async () => {
    const r = await get("outlet_rm", "/api/company/trade_history?companyId=C1")
    expect(r.json.code).toBe(10000)
    expect(r.json.data.total).toBe(4)
    expect(ids(r)).toEqual(["T5", "T3", "T2", "T1"])
    expect(r.json.data.trade_histories[1]).toEqual({
      id: "T3",
      tradeTime: sh(2026, 2, 3, 14),
      valueTime: null,
      expiryTime: null,
      businessType: "赎回",
      productCode: "P1",
      productName: "稳健理财一号",
      interestRate: null,
      balance: 50.5,
      allRedeemFlag: 0,
      tradeChannel: "手机银行",
      financialTradeAmount: 9.5
    })
    expect(r.json.data.trade_histories[3]).toMatchObject({
      id: "T1",
      tradeTime: sh(2026, 1, 8, 10),
      valueTime: sh(2026, 1, 11),
      expiryTime: sh(2026, 4, 11),
      businessType: "认购",
      productName: "安心理财二号",
      interestRate: 2.1,
      balance: 20,
      allRedeemFlag: null,
      tradeChannel: "网银",
      financialTradeAmount: 20
    })
  })

  it("pages with the total of all the customer's trades", async () => {
    const p2 = await get("admin", "/api/company/trade_history?companyId=C1&page=2&count=3")
    expect(p2.json.data.total).toBe(4)
    expect(ids(p2)).toEqual(["T1"])
    const p3 = await get("admin", "/api/company/trade_history?companyId=C1&page=3&count=3")
    expect(p3.json.data).toEqual({ total: 4, trade_histories: [] })
  })

  it("answers 10007 for a customer outside the scope exactly as for a missing one", async () => {
    const outside = await get("outlet_rm", "/api/company/trade_history?companyId=C2")
    const missing = await get("outlet_rm", "/api/company/trade_history?companyId=NOPE")
    expect({ status: outside.status, code: outside.json.code }).toEqual({ status: 404, code: 10007 })
    expect(outside.json.msg.replace("C2", "X")).toBe(missing.json.msg.replace("NOPE", "X"))
    expect((await get("west_rm", "/api/company/trade_history?companyId=C2")).json.data.total).toBe(1)
    expect((await get("admin", "/api/company/trade_history?companyId=C3")).json.data).toEqual({
      total: 0,
      trade_histories: []
    })
  })

  it("rejects bad paging and a missing companyId naming the field", async () => {
    const noId = await get("admin", "/api/company/trade_history")
    expect(noId.status).toBe(400)
    expect(JSON.stringify(noId.json)).toContain("companyId")
    const badCount = await get("admin", "/api/company/trade_history?companyId=C1&count=-1")
    expect(badCount.status).toBe(400)
    expect(JSON.stringify(badCount.json)).toContain("count")
  })
})
