/**
 * 理财到期预警: the warning window setting (configrecent) and the maturing holdings (recent_products), with today
 * fixed by the harness clock in the bank's time zone (Asia/Shanghai by default).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { uploadAndApply } from "./support/bankData.js"
import { expectContract } from "./support/envelope.js"
import { type Harness, makeHarness } from "./support/harness.js"
import { keysOf, loadMaturities, productsWithoutP9Csv, setClock, sh } from "./support/warningData.js"

let h: Harness
beforeAll(async () => {
  h = await makeHarness()
  await loadMaturities(h)
  setClock(h, sh(2028, 2, 19, 10))
})
afterAll(() => h.close())

const get = async (username: string, path: string) => h.call("GET", path, { token: await h.signIn(username) })
const setWindow = async (username: string, body: unknown) =>
  h.call("POST", "/api/company/configrecent", { token: await h.signIn(username), body })
const recent = async (username = "admin", query = "count=100") => {
  const r = await get(username, `/api/company/recent_products?${query}`)
  expectContract(await answer(r.res), { method: "GET", path: "/api/company/recent_products" })
  expect(r.json.code, r.json.msg).toBe(10000)
  return r.json.data as {
    total: number
    companies: Array<{ basicInfoCode: string; productCode: string; expiryTime: number } & Record<string, any>>
  }
}
const answer = async (res: Response) => ({
  status: res.status,
  contentType: res.headers.get("content-type"),
  text: await res.clone().text()
})

describe("configrecent", () => {
  it("answers the default window 0 / 40 to any signed-in user before a bank admin sets one", async () => {
    for (const user of ["outlet_rm", "branch_admin", "admin"]) {
      const r = await get(user, "/api/company/configrecent")
      expect(r.json.code).toBe(10000)
      expect(r.json.data).toEqual({ start: 0, end: 40 })
    }
  })

  it("forbids every role but the bank admin, leaving the window as it was", async () => {
    for (const user of ["bank_rm", "branch_admin", "outlet_rm", "branch_rm"]) {
      const r = await setWindow(user, { start: 5, end: 5 })
      expect([r.status, r.json.code], user).toEqual([403, 10006])
    }
    expect((await get("admin", "/api/company/configrecent")).json.data).toEqual({ start: 0, end: 40 })
  })

  it("answers 400 naming the field for a bad window, saving nothing", async () => {
    const cases: ReadonlyArray<readonly [unknown, string]> = [
      [{ start: -1, end: 40 }, "start"],
      [{ start: 367, end: 40 }, "start"],
      [{ start: 1.5, end: 40 }, "start"],
      [{ start: "x", end: 40 }, "start"],
      [{ start: null, end: 40 }, "start"],
      [{ end: 40 }, "start"],
      [{ start: 0, end: 0 }, "end"],
      [{ start: 0, end: 367 }, "end"],
      [{ start: 0, end: "4O" }, "end"],
      [{ start: 0 }, "end"]
    ]
    for (const [body, field] of cases) {
      const r = await setWindow("admin", body)
      expect([r.status, r.json.code], JSON.stringify(body)).toEqual([400, 10001])
      expect(r.json.msg.startsWith(field), `${JSON.stringify(body)} → ${r.json.msg}`).toBe(true)
    }
    expect((await get("admin", "/api/company/configrecent")).json.data).toEqual({ start: 0, end: 40 })
  })
})

describe("recent_products", () => {
  it("lists holdings expiring from today to today + 40 days, both edges in, soonest first, ties by customer and product", async () => {
    const data = await recent()
    expect(keysOf(data.companies)).toEqual([
      "C1/P2/2028-02-19",
      "C1/P9/2028-02-29",
      "C2/P1/2028-02-29",
      "C3/P1/2028-02-29",
      "C1/P1/2028-03-30"
    ])
    expect(data.total).toBe(5)
  })

  it("answers the documented fields: names of the organisation, 万元 balance, epoch-ms dates, the customer code as companyId", async () => {
    const [first] = (await recent()).companies
    expect(first).toEqual({
      basicInfoCode: "C1",
      companyName: "东方制造有限公司",
      belongsToBranch: "城东支行",
      belongsToOutlet: "城东一网点",
      productCode: "P2",
      productName: "安心二号",
      valueTime: sh(2028, 1, 1),
      expiryTime: sh(2028, 2, 19),
      balance: 20.5,
      companyId: "C1"
    })
  })

  it("shows each caller only the holdings of its scope", async () => {
    expect(keysOf((await recent("outlet_rm")).companies)).toEqual([
      "C1/P2/2028-02-19",
      "C1/P9/2028-02-29",
      "C1/P1/2028-03-30"
    ])
    expect(keysOf((await recent("west_rm")).companies)).toEqual(["C2/P1/2028-02-29"])
    expect(keysOf((await recent("branch_admin")).companies)).toEqual([
      "C1/P2/2028-02-19",
      "C1/P9/2028-02-29",
      "C3/P1/2028-02-29",
      "C1/P1/2028-03-30"
    ])
    expect((await recent("bank_rm")).total).toBe(5)
  })

  it("pages with the total of all maturing holdings", async () => {
    const data = await recent("admin", "page=2&count=2")
    expect(data.total).toBe(5)
    expect(keysOf(data.companies)).toEqual(["C2/P1/2028-02-29", "C3/P1/2028-02-29"])
    expect((await recent("admin", "page=4&count=2")).companies).toEqual([])
  })

  it("follows a window change at the next request, edges included", async () => {
    try {
      expect((await setWindow("admin", { start: "1", end: 10 })).json.data).toEqual({ start: 1, end: 10 })
      expect((await get("outlet_rm", "/api/company/configrecent")).json.data).toEqual({ start: 1, end: 10 })
      // [2028-02-18, 2028-02-29]: yesterday comes in, the window's former last day drops out.
      expect(keysOf((await recent()).companies)).toEqual([
        "C1/P1/2028-02-18",
        "C1/P2/2028-02-19",
        "C1/P9/2028-02-29",
        "C2/P1/2028-02-29",
        "C3/P1/2028-02-29"
      ])
      await setWindow("admin", { start: 0, end: 9 })
      // [2028-02-19, 2028-02-28]: the leap day is the first day outside.
      expect(keysOf((await recent()).companies)).toEqual(["C1/P2/2028-02-19"])
    } finally {
      await setWindow("admin", { start: 0, end: 40 })
    }
  })

  it("takes today in the bank's time zone: 23:59:59 and midnight in Shanghai are different days", async () => {
    try {
      setClock(h, sh(2028, 2, 18, 23, 59, 59))
      expect(keysOf((await recent()).companies)[0]).toBe("C1/P1/2028-02-18")
      expect((await recent()).total).toBe(5)
      setClock(h, sh(2028, 2, 19, 0, 0, 0))
      expect(keysOf((await recent()).companies)[0]).toBe("C1/P2/2028-02-19")
    } finally {
      setClock(h, sh(2028, 2, 19, 10))
    }
  })

  it("shows a null product name once the product leaves the product file", async () => {
    // A fresh sign-in: the clock moved years past the loading session.
    const r = await uploadAndApply(h, await h.signIn("admin"), "product", productsWithoutP9Csv)
    expect(r.json.code, r.json.msg).toBe(10000)
    const p9 = (await recent()).companies.find((c) => c.productCode === "P9")
    expect(p9?.productName).toBeNull()
    expect(p9?.balance).toBe(50)
  })

  it("answers 400 naming the field for bad paging", async () => {
    for (const [query, field] of [
      ["page=0", "page"],
      ["page=x", "page"],
      ["count=0", "count"],
      ["count=-1", "count"],
      ["count=1.5", "count"]
    ] as const) {
      const r = await get("admin", `/api/company/recent_products?${query}`)
      expect([r.status, r.json.code], query).toEqual([400, 10001])
      expect(r.json.msg.startsWith(field), r.json.msg).toBe(true)
    }
  })
})

describe("before any data", () => {
  it("answers an empty warning list and the default window", async () => {
    const fresh = await makeHarness()
    try {
      const token = await fresh.signIn("admin")
      const r = await fresh.call("GET", "/api/company/recent_products?page=1&count=10", { token })
      expect(r.json).toMatchObject({ code: 10000, data: { total: 0, companies: [] } })
      const w = await fresh.call("GET", "/api/company/configrecent", { token })
      expect(w.json.data).toEqual({ start: 0, end: 40 })
    } finally {
      await fresh.close()
    }
  })
})
