// Export types without a list route in the document (14, 16, 17, 19, 20, 21) and our audit-trail type 22: each
// file, read back with the independent reader, holds the header and exactly the rows the computation behind the
// statistics, marketing and audit routes gives for the same parameters, in the caller's scope.
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { exportSources } from "../src/exports/sources.js"
import { financialTradeCsv, loadWealth, uploadAndApply } from "./support/bankData.js"
import { download } from "./support/exports.js"
import { type Harness, makeHarness } from "./support/harness.js"
import { serialText, type XlsxCell } from "./support/xlsxRead.js"

let h: Harness
let admin: string
let rm: string

const get = async (token: string, path: string, params: Record<string, unknown> = {}) => {
  const query = new URLSearchParams(Object.entries(params).map(([k, v]): [string, string] => [k, String(v)]))
  const r = await h.call("GET", `${path}?${query}`, { token })
  expect(r.json.code, r.json.msg).toBe(10000)
  return r.json.data
}

/** The sum of one figure over every row of a statistics list. */
const sumOf = async (token: string, path: string, field: string, params: Record<string, unknown> = {}) => {
  const data = await get(token, path, { ...params, count: 100 })
  expect(data.organizations.length).toBe(data.total)
  return data.organizations.reduce((s: number, row: Record<string, number>) => s + row[field]!, 0)
}

/** The export's body as texts, after checking the header row. */
const exported = async (token: string, type: number, info: Record<string, unknown> = {}) => {
  const { rows, task } = await download(h, token, { type, info })
  const [header, ...body] = rows
  expect(header!.map((c) => c.text)).toEqual(exportSources[type]!.columns.map((c) => c.header))
  expect(task.rows).toBe(body.length)
  return body
}
const texts = (body: ReadonlyArray<ReadonlyArray<XlsxCell>>, column: number) => body.map((r) => r[column]?.text ?? "")

const record = async (token: string, code: string, createTime: string, type: number, remark = "note") => {
  const r = await h.call("POST", "/api/company/marketing", { token, body: { code, type, remark, createTime } })
  expect(r.json.code, r.json.msg).toBe(10000)
  return r.json.data
}

beforeAll(async () => {
  h = await makeHarness()
  admin = await loadWealth(h)
  const trades = [
    financialTradeCsv,
    "T6,C1,P1,申购,2026-11-10 10:00:00,2026-11-11,2027-05-11,30,81,3.25,网银,",
    "T7,C2,P1,申购,2026-03-05 10:00:00,2026-03-06,2026-09-06,10,110,3.25,柜台,"
  ].join("\n")
  expect((await uploadAndApply(h, admin, "financial_trade", trades)).json.code).toBe(10000)
  rm = await h.signIn("outlet_rm")
  await h.call("POST", "/api/sign_in", { body: { username: "branch_rm", password: "wrong-Password1" } })
  await record(admin, "C1", "2026-10-15 09:00:00", 0)
  await record(admin, "C1", "2026-11-02 10:00:00", 1, "=HYPERLINK(1)")
  await record(admin, "C1", "2026-11-03 10:00:00", 0)
  await record(admin, "C2", "2026-03-01 09:00:00", 2)
  await record(admin, "C3", "2026-11-05 16:00:00", 3)
  await record(rm, "C1", "2026-11-04 11:00:00", 4)
}, 60_000)
afterAll(() => h.close())

describe("types 16 and 17: the customers behind the conversion figures", () => {
  it("type 16 lists this month's converted customers, as many as conversion_rate counts", async () => {
    const body = await exported(admin, 16)
    expect(body).toHaveLength(await sumOf(admin, "/api/statistics/conversion_rate", "conversionQuantityThisMonth"))
    expect(body.map((r) => r.map((c) => c.text).slice(0, 4))).toEqual([
      ["C1", "东方制造有限公司", "城东支行", "城东一网点"]
    ])
    const [row] = body
    expect(serialText(Number(row![4]!.text), true)).toBe("2026-11-02 10:00:00")
    expect(row!.slice(5, 7).map((c) => c.text)).toEqual(["上门拜访", "admin-name"])
    expect(serialText(Number(row![7]!.text), true)).toBe("2026-11-10 10:00:00")
    expect(row!.slice(8).map((c) => [c.type === "n" ? "n" : "text", c.text])).toEqual([
      ["text", "P1"],
      ["text", expect.any(String)],
      ["n", "30"]
    ])
  })

  it("type 17 lists this year's, by first record, for every selection conversion_rate takes", async () => {
    expect(texts(await exported(admin, 17), 0)).toEqual(["C2", "C1"])
    for (const params of [{}, { branchId: h.org.b1.id }, { branchId: h.org.b2.id }, { outletId: h.org.o12.id }]) {
      const body = await exported(admin, 17, params)
      expect(body).toHaveLength(
        await sumOf(admin, "/api/statistics/conversion_rate", "conversionQuantityThisYear", params)
      )
    }
    expect(texts(await exported(admin, 17, { branchId: h.org.b2.id }), 0)).toEqual(["C2"])
  })

  it("an outlet RM's conversion exports hold its outlet's customers only", async () => {
    const body = await exported(rm, 17, { branchId: h.org.b2.id })
    expect(body).toEqual([])
    expect(texts(await exported(rm, 17), 0)).toEqual(["C1"])
    expect(await sumOf(rm, "/api/statistics/conversion_rate", "conversionQuantityThisYear")).toBe(1)
  })
})

describe("types 19 and 20: marketing records by month and by year", () => {
  /** Every record the marketing list answers the caller for the customers, with 营销时间 in `prefix`. */
  const listed = async (token: string, prefix: string) => {
    const rows: Array<{ createTime: string; code: string }> = []
    for (const code of ["C1", "C2", "C3"]) {
      const data = await get(token, "/api/company/marketing", { code, count: 100 }).catch(() => ({ result: [] }))
      rows.push(...data.result.map((r: { createTime: string }) => ({ ...r, code })))
    }
    return rows.filter((r) => r.createTime.startsWith(prefix)).sort((a, b) => (a.createTime < b.createTime ? -1 : 1))
  }
  const times = (body: ReadonlyArray<ReadonlyArray<XlsxCell>>) => body.map((r) => serialText(Number(r[0]!.text), true))

  it("type 19 holds the month's records oldest first, this month by default; = stays text", async () => {
    const expected = await listed(admin, "2026-11")
    const body = await exported(admin, 19, { month: "2026-11" })
    expect(times(body)).toEqual(expected.map((r) => r.createTime))
    expect(texts(body, 1)).toEqual(expected.map((r) => r.code))
    expect(body.map((r) => r[5]!.text)).toEqual(["上门拜访", "电话营销", "已成交", "有购买意向"])
    const injected = body[0]![6]!
    expect([injected.text, injected.formula]).toEqual(["=HYPERLINK(1)", false])
    expect(["inlineStr", "s", "str"]).toContain(injected.type)
    expect(times(await exported(admin, 19))).toEqual(times(body))
    expect(await exported(admin, 19, { month: "2026-03", branchId: h.org.b1.id })).toEqual([])
  })

  it("type 20 holds the year's records; an outlet RM gets its own records of its outlet", async () => {
    const expected = await listed(admin, "2026")
    expect(times(await exported(admin, 20, { year: 2026 }))).toEqual(expected.map((r) => r.createTime))
    expect(await exported(admin, 20, { year: "2025" })).toEqual([])
    const mine = await exported(rm, 20)
    expect(times(mine)).toEqual((await listed(rm, "2026")).map((r) => r.createTime))
    expect(texts(mine, 7)).toEqual(["outlet_rm-name"])
  })
})

describe("types 14 and 21: the accounts behind the login statistics", () => {
  it.each([
    ["the whole bank", () => ({})],
    ["one sub-branch", () => ({ branchId: h.org.b1.id })],
    ["a period", () => ({ starttime: h.clock.now() - 1000, endtime: h.clock.now() + 1000 })],
    ["a period before any sign-in", () => ({ starttime: 0, endtime: 1000 })]
  ])("%s: 14 has 未登录账号数 rows, 21's successful accounts are 已登录账号数", async (_, params) => {
    const info = params()
    const notIn = await exported(admin, 14, info)
    expect(notIn).toHaveLength(await sumOf(admin, "/api/statistics/login", "notLoginQuantity", info))
    const attempts = await exported(admin, 21, info)
    const signedIn = new Set(attempts.filter((r) => r[6]!.text === "成功").map((r) => r[1]!.text))
    expect(signedIn.size).toBe(await sumOf(admin, "/api/statistics/login", "loginQuantity", info))
    for (const name of texts(notIn, 0)) expect(signedIn.has(name)).toBe(false)
  })

  it("a failed attempt is a 失败 row; an outlet RM sees its outlet's accounts only", async () => {
    const attempts = await exported(admin, 21)
    expect(attempts.filter((r) => r[1]!.text === "branch_rm").map((r) => r[6]!.text)).toEqual([
      "失败（账号或密码错误）"
    ])
    expect(new Set(texts(await exported(rm, 21), 1))).toEqual(new Set(["outlet_rm"]))
    expect(await exported(rm, 14)).toEqual([])
    // With branchId the rows are the outlets: the sub-branch's own staff are in no row (as in the statistics).
    expect(texts(await exported(admin, 14, { branchId: h.org.b2.id }), 0)).toEqual(["west_rm"])
    expect(texts(await exported(admin, 14), 0)).toContain("west_admin")
  })
})

describe("type 22: the audit trail", () => {
  const trail = async (token: string, params: Record<string, unknown>) => {
    const rows: Array<{ at: number; kind: string; username: string }> = []
    for (let page = 1; ; page++) {
      const data = await get(token, "/api/audit", { ...params, page, count: 100 })
      rows.push(...data.auditList)
      if (data.auditList.length < 100) return rows.map((e) => [e.kind, e.username])
    }
  }

  it("holds what /api/audit answers for the same filters, in the reader's scope", async () => {
    for (const [token, params] of [
      [admin, {}],
      [admin, { kind: "sign_in,sign_in_failed" }],
      [await h.signIn("branch_admin"), {}]
    ] as const) {
      const body = await exported(token, 22, params)
      // Read after the export: the trail then also holds the export's own creation, as the file does.
      const expected = await trail(token, params)
      expect(body.map((r) => [r[1]!.text, r[4]!.text])).toEqual(expected)
    }
  })

  it("an outlet RM cannot create it: 10006 and no task", async () => {
    const before = (await get(rm, "/api/download/download_list")).total
    const r = await h.call("POST", "/api/download/create_download", { token: rm, body: { type: 22, info: {} } })
    expect([r.status, r.json.code]).toEqual([403, 10006])
    expect((await get(rm, "/api/download/download_list")).total).toBe(before)
  })
})
