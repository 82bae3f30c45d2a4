/**
 * The fixes of the contract review (B1–B12): each route called the way a front end written to the API document
 * calls it — JSON bodies, HTML-form bodies (`key=a&key=b`, `key[]=a`), comma text, empty organisation ids,
 * over-large limits — on the small market bank.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { loadMarket } from "./matching-support/market.js"
import type { CallResult } from "./support/harness.js"
import { type Harness, makeHarness } from "./support/harness.js"

let h: Harness
let admin: string
let rm: string

/** A POST with an application/x-www-form-urlencoded body, as an HTML form or jQuery sends it. */
const postForm = async (path: string, token: string, form: string): Promise<CallResult> => {
  const res = await h.app.request(path, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/x-www-form-urlencoded" },
    body: form
  })
  return { status: res.status, json: (await res.clone().json()) as CallResult["json"], res }
}
const codesOf = (r: CallResult) => {
  expect(r.json.code, r.json.msg).toBe(10000)
  return r.json.data.companies.map((c: { id: string }) => c.id)
}

beforeAll(async () => {
  h = await makeHarness()
  admin = await loadMarket(h)
  rm = await h.signIn("bank_rm")
})
afterAll(() => h.close())

const preferenceColumns = [
  "riskPreference",
  "category",
  "cyclePreference",
  "interestRatePreference",
  "amountPreference"
]

describe("B1 B2 B3: the preference columns the document lists", () => {
  it("B1 company/search answers the five preference columns, category as the /api/params id", async () => {
    const r = await h.call("GET", "/api/company/search?keyword=C2", { token: rm })
    expect(r.json.code).toBe(10000)
    const [row] = r.json.data.companies
    for (const key of [...preferenceColumns, "belongsToOutlet", "belongsToBranch", "id", "companyName"]) {
      expect(row).toHaveProperty(key)
    }
    expect(row).toMatchObject({ id: "C2", riskPreference: "R4", category: 1, categoryName: "高价值客户" })
    expect(row.cyclePreference).toBe("6-12个月")
    expect(row.interestRatePreference).toBe("4%")
  })

  it("B2 company/suggestion answers outlet, sub-branch and the preference columns", async () => {
    const r = await h.call("GET", "/api/company/suggestion?keyword=C4", { token: rm })
    const [row] = r.json.data.companies
    expect(row).toMatchObject({
      id: "C4",
      code: "C4",
      belongsToOutlet: "城东一网点",
      belongsToBranch: "城东支行",
      riskPreference: "R5",
      category: 4,
      interestRatePreference: null
    })
    expect(typeof row.amountPreference).toBe("string")
  })

  it("B3 company/detail_1 answers the preference block of /api/company/detail", async () => {
    const old = await h.call("GET", "/api/company/detail_1?id=C1", { token: rm })
    const current = await h.call("GET", "/api/company/detail?id=C1", { token: rm })
    expect(old.json.data.preference).toEqual(current.json.data.preference)
    expect(old.json.data.preference).toMatchObject({ risk: 3, cycle: "3-6个月", category: "稳定持有客户" })
  })
})

describe("B4: match and match_1 type the columns as the document does there", () => {
  it("match: riskPreference a number array, category a number, labels beside them", async () => {
    const r = await h.call("GET", "/api/company/match?code=P3&page=1&count=10", { token: rm })
    const c2 = r.json.data.companies.find((c: { id: string }) => c.id === "C2")
    expect(c2).toMatchObject({ riskPreference: [4], riskLevel: "R4", category: 1, categoryName: "高价值客户" })
  })

  it("match_1: riskPreference a number array, category the label", async () => {
    const r = await h.call("GET", "/api/company/match_1?code=P3", { token: rm })
    const c2 = r.json.data.companies.find((c: { id: string }) => c.id === "C2")
    expect(c2).toMatchObject({ riskPreference: [4], category: "高价值客户" })
  })
})

describe("B5: lists in form bodies and as text", () => {
  it("recommand reads repeated keys, key[] and key[n] like the JSON array", async () => {
    const json = codesOf(
      await h.call("POST", "/api/company/recommand", { token: rm, body: { riskPreferences: [2, 3] } })
    )
    expect(json).toEqual(["C1", "C3", "C5"])
    for (const form of [
      "riskPreferences=2&riskPreferences=3",
      "riskPreferences%5B%5D=2&riskPreferences%5B%5D=3",
      "riskPreferences[]=2&riskPreferences[]=3",
      "riskPreferences[0]=2&riskPreferences[1]=3",
      "riskPreferences=2,3"
    ]) {
      expect(codesOf(await postForm("/api/company/recommand", rm, form)), form).toEqual(json)
    }
  })

  it("recommand: a single key[] value is a list of one; a bad list value is a 400 naming the field", async () => {
    expect(codesOf(await postForm("/api/company/recommand", rm, "categories[]=1"))).toEqual(["C2"])
    const bad = await postForm("/api/company/recommand", rm, "categories[]=1&categories[]=x")
    expect([bad.status, bad.json.code, bad.json.data]).toEqual([400, 10001, { field: "categories" }])
  })

  it('updatedatabutton takes ids as an array, one id, "10,11", repeated form keys and ids[]', async () => {
    const holding = "companyCode,productCode,balance,valueDate,expiryDate\nC1,P2,10,2026-05-01,2026-10-30"
    const staged = async () => {
      const ids: number[] = []
      for (const name of ["h1.csv", "h2.csv"])
        ids.push((await h.upload(admin, "holding", name, holding)).json.data.status)
      return ids
    }
    const variants: ReadonlyArray<readonly [(a: number, b: number) => string, boolean]> = [
      [(a, b) => `{"type":"holding","ids":"${a},${b}"}`, true],
      [(a) => `{"type":"holding","ids":${a}}`, true],
      [(a) => `{"type":"holding","ids":"${a}"}`, true],
      [(a, b) => `type=holding&ids=${a}&ids=${b}`, false],
      [(a) => `type=holding&ids%5B%5D=${a}`, false],
      [(a, b) => `type=holding&ids=${a},${b}`, false]
    ]
    for (const [bodyOf, json] of variants) {
      const [a = 0, b = 0] = await staged()
      const body = bodyOf(a, b)
      const r = json
        ? await h.call("POST", "/api/updatedatabutton", { token: admin, rawBody: body })
        : await postForm("/api/updatedatabutton", admin, body)
      expect(r.json.code, `${body}: ${r.json.msg}`).toBe(10000)
    }
    const bad = await postForm("/api/updatedatabutton", admin, "type=holding&ids=1,x")
    expect([bad.status, bad.json.code, bad.json.data]).toEqual([400, 10001, { field: "ids" }])
  })
})

describe("B6: upload without type", () => {
  it("tells the type from the header row and says which it read", async () => {
    const form = new FormData()
    form.set(
      "file",
      new File(["companyCode,productCode,balance,valueDate,expiryDate\nC1,P2,10,2026-05-01,2026-10-30"], "h.csv")
    )
    const r = await h.call("POST", "/api/upload_update_data", { token: admin, form })
    expect(r.json.code, r.json.msg).toBe(10000)
    expect(r.json.data.type).toBe("holding")
    expect(r.json.data.status).toBeGreaterThan(0)
  })

  it("a header of no type is a 400 on type", async () => {
    const form = new FormData()
    form.set("file", new File(["a,b\n1,2"], "x.csv"))
    const r = await h.call("POST", "/api/upload_update_data", { token: admin, form })
    expect([r.status, r.json.code, r.json.data]).toEqual([400, 10001, { field: "type" }])
  })
})

describe("B7: empty organisation ids of bank-level users", () => {
  it.each([
    ["JSON empty text", { subbranchId: "", outletId: "" }],
    ["JSON null", { subbranchId: null, outletId: null }]
  ])("create_user with %s makes a bank-level user", async (_, ids) => {
    const username = `u${Math.random().toString(36).slice(2, 8)}`
    const r = await h.call("POST", "/api/usermanage/create_user", {
      token: admin,
      body: { username, name: "新人", role: 2, ...ids }
    })
    expect(r.json.code, r.json.msg).toBe(10000)
  })

  it("create_user from an HTML form with empty ids", async () => {
    const r = await postForm(
      "/api/usermanage/create_user",
      admin,
      "username=formuser&name=表单&role=2&subbranchId=&outletId="
    )
    expect(r.json.code, r.json.msg).toBe(10000)
  })

  it("a non-numeric id is still a 400 naming it", async () => {
    const r = await h.call("POST", "/api/usermanage/create_user", {
      token: admin,
      body: { username: "baduser", name: "x", role: 2, subbranchId: "abc" }
    })
    expect([r.status, r.json.code, r.json.data]).toEqual([400, 10001, { field: "subbranchId" }])
  })
})

describe("B8 B9: limits and page sizes are clamped, not refused", () => {
  it("suggestion limit 20 answers up to 20 rows (5 customers here)", async () => {
    const r = await h.call("GET", "/api/company/suggestion?keyword=C&limit=20", { token: rm })
    expect(r.json.code).toBe(10000)
    expect(r.json.data.companies).toHaveLength(5)
    const p = await h.call("GET", "/api/product/suggestion?keyword=P&limit=500", { token: rm })
    expect(p.json.code).toBe(10000)
    expect(p.json.data.products).toHaveLength(6)
  })

  it("count 1000 is served as 100; count 0 is still a 400", async () => {
    const r = await h.call("GET", "/api/company/search?count=1000", { token: rm })
    expect(r.json.code).toBe(10000)
    expect(r.json.data.companies).toHaveLength(5)
    const zero = await h.call("GET", "/api/company/search?count=0", { token: rm })
    expect([zero.status, zero.json.code, zero.json.data]).toEqual([400, 10001, { field: "count" }])
  })

  it("the clamp is 100: 150 customers, count 150 gives 100", async () => {
    const r = await h.call("GET", "/api/financial/trade_flow?count=150", { token: rm })
    expect(r.json.code).toBe(10000)
    expect(r.json.data.products.length).toBeLessThanOrEqual(100)
  })
})

describe("B10: amount and cycle ranges as labels and numbers", () => {
  it.each([
    [{ amountPreference: "50万以下" }, { amountPreference: [1] }],
    [{ amountPreference: "10-40万" }, { amountPreference: [1] }],
    [{ amountPreference: "1000-5000" }, { amountPreference: [5] }],
    [{ cyclePreference: "3-6个月" }, { cyclePreference: [2] }],
    [{ cyclePreference: ["6-12个月"] }, { cyclePreference: [3] }]
  ])("%j filters as %j", async (named, ids) => {
    const a = codesOf(await h.call("POST", "/api/company/recommand", { token: rm, body: named }))
    const b = codesOf(await h.call("POST", "/api/company/recommand", { token: rm, body: ids }))
    expect(a).toEqual(b)
    expect(a.length).toBeGreaterThan(0)
  })

  it("a form post of a label works; an unknown label is a 400 on the field", async () => {
    expect(codesOf(await postForm("/api/company/recommand", rm, "cyclePreference=3-6%E4%B8%AA%E6%9C%88"))).toEqual([
      "C1"
    ])
    const r = await h.call("POST", "/api/company/recommand", { token: rm, body: { cyclePreference: "很久" } })
    expect([r.status, r.json.code, r.json.data]).toEqual([400, 10001, { field: "cyclePreference" }])
  })

  it("boughtFlag true/false as JSON booleans", async () => {
    expect(codesOf(await h.call("POST", "/api/company/recommand", { token: rm, body: { boughtFlag: true } }))).toEqual([
      "C2",
      "C1"
    ])
  })
})

describe("B11: every error body carries the code", () => {
  it.each([
    ["bad JSON", () => h.call("POST", "/api/company/recommand", { token: rm, rawBody: "{" }), 400, 10001],
    ["not signed in", () => h.call("GET", "/api/company/search"), 401, 10002],
    ["unknown customer", () => h.call("GET", "/api/company/detail?id=NOPE", { token: rm }), 404, 10007],
    ["a wrong method", () => h.call("DELETE", "/api/company/search", { token: rm }), 405, 10405],
    ["an unknown route", () => h.call("GET", "/api/nowhere", { token: rm }), 404, 10404]
  ])("%s", async (_, call, status, code) => {
    const r = await call()
    expect([r.status, r.json.code, typeof r.json.msg]).toEqual([status, code, "string"])
  })
})

describe("B12: trade_flow filters by outletid and outletId alike", () => {
  it("both spellings narrow to the outlet", async () => {
    const lower = await h.call("GET", `/api/financial/trade_flow?outletid=${h.org.o21.id}`, { token: rm })
    const camel = await h.call("GET", `/api/financial/trade_flow?outletId=${h.org.o21.id}`, { token: rm })
    const all = await h.call("GET", "/api/financial/trade_flow", { token: rm })
    expect(lower.json.data.products.map((p: { id: string }) => p.id)).toEqual(["T4", "T3"])
    expect(camel.json.data).toEqual(lower.json.data)
    expect(all.json.data.total).toBe(4)
  })

  it("two different outlets are a 400 on outletId", async () => {
    const r = await h.call("GET", `/api/financial/trade_flow?outletid=${h.org.o21.id}&outletId=${h.org.o11.id}`, {
      token: rm
    })
    expect([r.status, r.json.code, r.json.data]).toEqual([400, 10001, { field: "outletId" }])
  })
})
