/**
 * 持有产品查询 and 交易流水查询: holdings and wealth-product trades of the customers in scope, with keyword and
 * branchId / outletId (trade_flow: outletid) narrowing inside the scope, never widening it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { uploadAndApply } from "./support/bankData.js"
import { expectContract } from "./support/envelope.js"
import { type Harness, makeHarness } from "./support/harness.js"
import { keysOf, loadMaturities, setClock, sh } from "./support/warningData.js"

const tradesCsv = [
  "tradeId,companyCode,productCode,businessType,tradeTime,valueDate,expiryDate,amount,balance,interestRate,channel,allRedeemFlag",
  "T1,C1,P1,认购,2028-01-02 10:00:00,2028-01-03,2028-03-30,60,60,3.1,网银,",
  "T2,C3,P2,申购,2028-01-05 09:00:00,2028-01-06,2028-03-31,70,70,3.1,柜台,",
  "T3,C2,P1,赎回,2028-01-05 09:00:00,,,5,35,,手机银行,0",
  "T4,C1,P9,认购,2028-01-01 08:00:00,2028-01-01,2028-02-29,50,50,,网银,"
].join("\n")

let h: Harness
beforeAll(async () => {
  h = await makeHarness()
  setClock(h, sh(2028, 2, 19, 10))
  const token = await loadMaturities(h)
  const r = await uploadAndApply(h, token, "financial_trade", tradesCsv)
  expect(r.json.code, r.json.msg).toBe(10000)
})
afterAll(() => h.close())

const list = async (path: string, username: string, query: Record<string, string | number> = {}) => {
  const qs = new URLSearchParams(
    Object.entries({ count: 100, ...query }).map(([k, v]): [string, string] => [k, String(v)])
  )
  const r = await h.call("GET", `${path}?${qs}`, { token: await h.signIn(username) })
  const text = await r.res.clone().text()
  expectContract({ status: r.status, contentType: r.res.headers.get("content-type"), text }, { method: "GET", path })
  return r
}
const holdings = async (username: string, query: Record<string, string | number> = {}) => {
  const r = await list("/api/financial/hold_products", username, query)
  expect(r.json.code, r.json.msg).toBe(10000)
  expect(r.json.data.total).toBe(r.json.data.products.length)
  return keysOf(r.json.data.products)
}
const trades = async (username: string, query: Record<string, string | number> = {}) => {
  const r = await list("/api/financial/trade_flow", username, query)
  expect(r.json.code, r.json.msg).toBe(10000)
  return (r.json.data.products as Array<{ id: string }>).map((t) => t.id)
}

const ALL = [
  "C1/P1/2028-02-18",
  "C1/P2/2028-02-19",
  "C1/P9/2028-02-29",
  "C2/P1/2028-02-29",
  "C3/P1/2028-02-29",
  "C1/P1/2028-03-30",
  "C3/P2/2028-03-31"
]
const C1 = ALL.filter((k) => k.startsWith("C1/"))

describe("hold_products", () => {
  it("lists every holding in scope, soonest expiry first, with the documented fields", async () => {
    expect(await holdings("admin")).toEqual(ALL)
    const r = await list("/api/financial/hold_products", "admin", { keyword: "东城科技", count: 1 })
    expect(r.json.data.total).toBe(2)
    expect(r.json.data.products).toEqual([
      {
        basicInfoCode: "C3",
        companyName: "东城科技有限公司",
        belongsToBranch: "城东支行",
        belongsToOutlet: "城东二网点",
        productCode: "P1",
        productName: "稳健一号",
        valueTime: sh(2028, 1, 1),
        expiryTime: sh(2028, 2, 29),
        balance: 30,
        companyId: "C3"
      }
    ])
  })

  it("matches the keyword on customer code or name and product code or name, ignoring case", async () => {
    expect(await holdings("admin", { keyword: "c2" })).toEqual(["C2/P1/2028-02-29"])
    expect(await holdings("admin", { keyword: "安心" })).toEqual(["C1/P2/2028-02-19", "C3/P2/2028-03-31"])
    expect(await holdings("admin", { keyword: "p9" })).toEqual(["C1/P9/2028-02-29"])
    expect(await holdings("admin", { keyword: "  " })).toEqual(ALL)
    expect(await holdings("admin", { keyword: "无此客户" })).toEqual([])
  })

  it("narrows by branchId and outletId; 0 means no filter", async () => {
    expect(await holdings("admin", { branchId: h.org.b2.id })).toEqual(["C2/P1/2028-02-29"])
    expect(await holdings("admin", { outletId: h.org.o12.id })).toEqual(["C3/P1/2028-02-29", "C3/P2/2028-03-31"])
    expect(await holdings("admin", { branchId: h.org.b1.id, outletId: h.org.o11.id })).toEqual(C1)
    expect(await holdings("admin", { branchId: 0, outletId: 0 })).toEqual(ALL)
  })

  it("answers an empty list for an unknown id and for an outlet of another sub-branch", async () => {
    expect(await holdings("admin", { branchId: 9999 })).toEqual([])
    expect(await holdings("admin", { outletId: 9999 })).toEqual([])
    expect(await holdings("admin", { branchId: h.org.b1.id, outletId: h.org.o21.id })).toEqual([])
  })

  it("never widens an outlet RM's scope: other outlets and sub-branches answer an empty list", async () => {
    expect(await holdings("outlet_rm")).toEqual(C1)
    expect(await holdings("outlet_rm", { branchId: h.org.b1.id })).toEqual(C1)
    expect(await holdings("outlet_rm", { outletId: h.org.o12.id })).toEqual([])
    expect(await holdings("outlet_rm", { branchId: h.org.b2.id })).toEqual([])
    expect(await holdings("outlet_rm", { keyword: "C3" })).toEqual([])
    expect(await holdings("west_rm")).toEqual(["C2/P1/2028-02-29"])
    expect(await holdings("branch_admin", { outletId: h.org.o21.id })).toEqual([])
  })
})

describe("trade_flow", () => {
  it("lists the wealth trades in scope newest first, the later uploaded first among equal times", async () => {
    expect(await trades("admin")).toEqual(["T3", "T2", "T1", "T4"])
    expect(await trades("outlet_rm")).toEqual(["T1", "T4"])
    expect(await trades("west_rm")).toEqual(["T3"])
    expect(await trades("branch_admin")).toEqual(["T2", "T1", "T4"])
  })

  it("maps a trade like trade_history, with the customer's organisation", async () => {
    const r = await list("/api/financial/trade_flow", "admin", { keyword: "T3", count: 10 })
    expect(r.json.data.total).toBe(0)
    const all = await list("/api/financial/trade_flow", "admin")
    expect(all.json.data.products[0]).toEqual({
      id: "T3",
      basicInfoCode: "C2",
      companyName: "西山贸易有限公司",
      belongsToBranch: "城西支行",
      belongsToOutlet: "城西一网点",
      productCode: "P1",
      productName: "稳健一号",
      tradeTime: sh(2028, 1, 5, 9),
      valueTime: null,
      expiryTime: null,
      businessType: "赎回",
      interestRate: null,
      tradeChannel: "手机银行",
      financialTradeAmount: 5,
      companyId: "C2"
    })
  })

  it("narrows by keyword, branchId and outletid inside the scope", async () => {
    expect(await trades("admin", { keyword: "稳健" })).toEqual(["T3", "T1"])
    expect(await trades("admin", { outletid: h.org.o12.id })).toEqual(["T2"])
    expect(await trades("admin", { branchId: h.org.b2.id })).toEqual(["T3"])
    expect(await trades("outlet_rm", { outletid: h.org.o12.id })).toEqual([])
    expect(await trades("outlet_rm", { branchId: h.org.b2.id })).toEqual([])
    expect(await trades("admin", { outletid: 9999 })).toEqual([])
  })

  it("pages with the total, and shows a new upload at the next request", async () => {
    const page = await list("/api/financial/trade_flow", "admin", { page: 2, count: 3 })
    expect(page.json.data.total).toBe(4)
    expect(page.json.data.products.map((t: { id: string }) => t.id)).toEqual(["T4"])
    const more = [tradesCsv.split("\n")[0], "T5,C3,P1,申购,2028-02-01 10:00:00,2028-02-02,2028-03-30,1,1,3.1,网银,"]
    const r = await uploadAndApply(h, await h.signIn("admin"), "financial_trade", more.join("\n"))
    expect(r.json.code, r.json.msg).toBe(10000)
    expect(await trades("admin")).toEqual(["T5", "T3", "T2", "T1", "T4"])
    expect(await trades("outlet_rm")).toEqual(["T1", "T4"])
  })
})

describe("bad parameters", () => {
  it("answer 400 naming the field on both routes", async () => {
    const cases: ReadonlyArray<readonly [string, string, string]> = [
      ["/api/financial/hold_products", "branchId=x", "branchId"],
      ["/api/financial/hold_products", "branchId=-1", "branchId"],
      ["/api/financial/hold_products", "outletId=1.5", "outletId"],
      ["/api/financial/hold_products", `keyword=${"k".repeat(101)}`, "keyword"],
      ["/api/financial/hold_products", "page=0", "page"],
      ["/api/financial/hold_products", "count=-5", "count"],
      ["/api/financial/trade_flow", "outletid=x", "outletid"],
      ["/api/financial/trade_flow", "branchId=2.5", "branchId"],
      ["/api/financial/trade_flow", "count=abc", "count"],
      ["/api/financial/trade_flow", `keyword=${"k".repeat(101)}`, "keyword"]
    ]
    const token = await h.signIn("admin")
    for (const [path, query, field] of cases) {
      const r = await h.call("GET", `${path}?${query}`, { token })
      expect([r.status, r.json.code], `${path}?${query}`).toEqual([400, 10001])
      expect(r.json.msg.startsWith(field), `${path}?${query} → ${r.json.msg}`).toBe(true)
    }
  })
})
