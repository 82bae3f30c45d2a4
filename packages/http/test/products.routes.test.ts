/**
 * The product catalogue routes: our library, products on sale today, other banks' products, suggestions and
 * the superseded products_1, with a 400 naming the field for every bad parameter of the new product and match routes.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { loadMarket } from "./matching-support/market.js"
import { answerOf, expectContract } from "./support/envelope.js"
import { type Harness, makeHarness } from "./support/harness.js"

let h: Harness
let token: string
const get = (path: string, who = token) => h.call("GET", path, { token: who })
const productCodes = (r: { json: { data: { products: Array<{ productCode: string }> } } }) =>
  r.json.data.products.map((p) => p.productCode)

beforeAll(async () => {
  h = await makeHarness()
  await loadMarket(h)
  token = await h.signIn("outlet_rm")
})
afterAll(() => h.close())

describe("GET /api/products", () => {
  it("lists the whole library in file order with the update time", async () => {
    const r = await get("/api/products")
    expect(r.json.data.total).toBe(6)
    expect(productCodes(r)).toEqual(["P1", "P2", "P3", "P4", "P5", "P6"])
    expect(typeof r.json.data.updateTime).toBe("number")
    expect(r.json.data.products[0]).toMatchObject({
      productName: "稳健一号",
      investmentPeriod: "90天",
      deadline: "2026-07-30",
      createTime: "2026-05-01",
      riskLevel: "R2",
      interestRate: 2.5,
      applyTime: "2026-03-01至2026-04-30",
      downloadUri: "https://bank.example/p1.pdf",
      downloadUriFlag: true,
      amount: "1万元起/90天"
    })
  })

  it("filters by keyword on code or name and pages", async () => {
    expect(productCodes(await get("/api/products?keyword=%E5%AE%89%E5%BF%83"))).toEqual(["P2"])
    const r = await get("/api/products?page=2&count=4")
    expect(r.json.data.total).toBe(6)
    expect(productCodes(r)).toEqual(["P5", "P6"])
  })
})

describe("GET /api/financial/today_products", () => {
  it("lists our products whose sales window contains today", async () => {
    const r = await get("/api/financial/today_products")
    expect(productCodes(r)).toEqual(["P4"])
    expect(r.json.data.products[0]).toMatchObject({
      productId: 4,
      startingPurchaseAmount: "1",
      expectedInterestRate: 1.8
    })
    expect(typeof r.json.data.products[0].salesStartTime).toBe("number")
    expect((await get("/api/financial/today_products?keyword=P1")).json.data.total).toBe(0)
  })
})

describe("GET /api/financial/peer_products", () => {
  it("lists other banks' products with their bank, by keyword", async () => {
    const r = await get("/api/financial/peer_products")
    expect(r.json.data.total).toBe(2)
    expect(r.json.data.products.map((p: { bankName: string }) => p.bankName)).toEqual(["工商银行", "建设银行"])
    expect(productCodes(await get("/api/financial/peer_products?keyword=j1"))).toEqual(["J1"])
  })
})

describe("GET /api/product/suggestion", () => {
  it("suggests product codes up to the limit with the total", async () => {
    const r = await get("/api/product/suggestion?keyword=p&limit=2")
    expect(r.json.data.total).toBe(6)
    expect(r.json.data.products).toEqual([
      { id: "P1", code: "P1", name: "稳健一号" },
      { id: "P2", code: "P2", name: "安心二号" }
    ])
  })
})

describe("GET /api/products_1 (superseded)", () => {
  it("lists the library up to the limit, or one customer's recommendations", async () => {
    expect(productCodes(await get("/api/products_1?limit=3"))).toEqual(["P1", "P2", "P3"])
    const forC1 = await get("/api/products_1?comanyId=C1")
    expect(productCodes(forC1)).toEqual(["P1", "P4"])
    expect(forC1.json.data.products[0].bankName).toBe("本行")
  })

  it("answers a customer outside the caller's scope as not found", async () => {
    const r = await get("/api/products_1?comanyId=C2")
    expect(r.json.code).toBe(10007)
  })
})

describe("bad parameters", () => {
  it.each([
    ["/api/products?count=0", "count"],
    ["/api/products?page=x", "page"],
    ["/api/products_1?limit=0", "limit"],
    ["/api/products_1?limit=abc", "limit"],
    ["/api/financial/today_products?count=0", "count"],
    ["/api/financial/peer_products?page=-1", "page"],
    ["/api/product/suggestion?limit=0", "limit"],
    [`/api/product/suggestion?keyword=${"x".repeat(101)}`, "keyword"],
    ["/api/company/match", "code"],
    ["/api/company/match?code=P1&page=0", "page"],
    ["/api/company/match_1?code=P1&count=x", "count"],
    ["/api/company/match_1", "code"]
  ])("%s answers 400 naming %s", async (path, field) => {
    const r = await get(path)
    expect(r.status).toBe(400)
    expect(r.json.code).toBe(10001)
    expect(r.json.data.field).toBe(field)
  })
})

describe("the answers", () => {
  it.each([
    ["GET", "/api/products", "/api/products?keyword=P"],
    ["GET", "/api/products_1", "/api/products_1?comanyId=C1"],
    ["GET", "/api/financial/today_products", "/api/financial/today_products"],
    ["GET", "/api/financial/peer_products", "/api/financial/peer_products"],
    ["GET", "/api/product/suggestion", "/api/product/suggestion?keyword=P"],
    ["GET", "/api/company/match", "/api/company/match?code=P4"],
    ["GET", "/api/company/match_1", "/api/company/match_1?code=P4"],
    ["GET", "/api/company/detail", "/api/company/detail?id=C1"]
  ])("%s %s matches its documented schema", async (method, path, url) => {
    const r = await h.call(method, url, { token })
    expect(r.json.code).toBe(10000)
    expectContract(await answerOf(r.res), { method, path })
  })

  it("POST /api/company/recommand matches its documented schema", async () => {
    const r = await h.call("POST", "/api/company/recommand", { token, body: { boughtFlag: 1 } })
    expectContract(await answerOf(r.res), { method: "POST", path: "/api/company/recommand" })
  })
})
