// Scope per role (DOMAIN.md §1) on every route of the marketing loop: marketing records, focus lists, statistics
// and listed companies. C1 is in B1O1 (sub-branch B1), C2 in B2O1 (B2); see support/bankData.ts.
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { loadWealth } from "./support/bankData.js"
import { type Harness, makeHarness } from "./support/harness.js"
import { loadListed } from "./support/listedData.js"

const roles = ["admin", "bank_rm", "branch_admin", "outlet_rm", "branch_rm", "west_admin", "west_rm"] as const
type Who = (typeof roles)[number]
/** Who has C1 (B1O1) in scope. */
const seesC1: ReadonlyArray<Who> = ["admin", "bank_rm", "branch_admin", "outlet_rm", "branch_rm"]

let h: Harness
const tokens = new Map<Who, string>()
const as = (who: Who) => tokens.get(who)!

beforeAll(async () => {
  h = await makeHarness()
  await loadListed(h, await loadWealth(h))
  for (const who of roles) tokens.set(who, await h.signIn(who))
})
afterAll(() => h.close())

const names = (rows: Array<{ organizationName: string }>) => rows.map((r) => r.organizationName)

describe("marketing records per role", () => {
  it.each(roles)("%s may list and add records of C1 only when C1 is in its scope", async (who) => {
    const list = await h.call("GET", "/api/company/marketing?code=C1&page=1&count=10", { token: as(who) })
    const add = await h.call("POST", "/api/company/marketing", {
      token: as(who),
      body: { code: "C1", type: 2, remark: who, createTime: "2026-11-20 10:00:00" }
    })
    const expected = seesC1.includes(who) ? 10000 : 10007
    expect([list.json.code, add.json.code]).toEqual([expected, expected])
  })

  it("refused additions left nothing behind: the admin sees exactly the in-scope authors' records", async () => {
    const all = await h.call("GET", "/api/company/marketing?code=C1&page=1&count=100", { token: as("admin") })
    expect(all.json.data.result.map((r: { remark: string }) => r.remark).sort()).toEqual([...seesC1].sort())
  })

  it.each([
    ["outlet_rm", true],
    ["admin", true],
    ["branch_admin", true],
    ["bank_rm", false],
    ["branch_rm", false],
    ["west_admin", false],
    ["west_rm", false]
  ] as const)("%s may edit and delete outlet_rm's record: %s", async (who, allowed) => {
    const made = await h.call("POST", "/api/company/marketing", {
      token: as("outlet_rm"),
      body: { code: "C1", type: 0, remark: "mine", createTime: "2026-11-21 10:00:00" }
    })
    const id = made.json.data.id as string
    const edit = await h.call("PUT", "/api/company/marketing", { token: as(who), body: { id, remark: "changed" } })
    const del = await h.call("DELETE", "/api/company/marketing", { token: as(who), body: { id } })
    const expected = allowed ? 10000 : 10007
    expect([edit.json.code, del.json.code]).toEqual([expected, expected])
    const own = await h.call("GET", "/api/company/marketing?code=C1&page=1&count=100", { token: as("outlet_rm") })
    const still = own.json.data.result.find((r: { id: string }) => r.id === id)
    expect(still === undefined).toBe(allowed)
    if (!allowed) expect(still.remark).toBe("mine")
    if (!allowed) await h.call("DELETE", "/api/company/marketing", { token: as("outlet_rm"), body: { id } })
  })
})

describe("focus lists per role", () => {
  it.each(roles)("%s may focus C1 only inside its scope, and lists only its own in-scope customers", async (who) => {
    const add = await h.call("POST", "/api/company/focus", { token: as(who), body: { code: "C1", type: 1 } })
    expect(add.json.code).toBe(seesC1.includes(who) ? 10000 : 10007)
    h.clock.advance(1000)
    const other = await h.call("POST", "/api/company/focus", { token: as(who), body: { code: "C2", type: "1" } })
    expect(other.json.code).toBe(["admin", "bank_rm", "west_admin", "west_rm"].includes(who) ? 10000 : 10007)
    const list = await h.call("GET", "/api/company/focus?page=1&count=10", { token: as(who) })
    const expected = [
      ...(["admin", "bank_rm", "west_admin", "west_rm"].includes(who) ? ["C2"] : []),
      ...(seesC1.includes(who) ? ["C1"] : [])
    ]
    expect(list.json.data.result.map((r: { id: string }) => r.id)).toEqual(expected)
  })

  it("removing is idempotent and touches only the caller's list", async () => {
    for (let i = 0; i < 2; i++) {
      const r = await h.call("POST", "/api/company/focus", { token: as("branch_rm"), body: { code: "C1", type: 0 } })
      expect(r.json.data).toEqual({ code: "C1", focused: false })
    }
    const mine = await h.call("GET", "/api/company/focus?page=1&count=10", { token: as("branch_rm") })
    expect(mine.json.data.total).toBe(0)
    const theirs = await h.call("GET", "/api/company/focus?page=1&count=10", { token: as("outlet_rm") })
    expect(theirs.json.data.result.map((r: { id: string }) => r.id)).toEqual(["C1"])
  })
})

describe("statistics rows and ranks per role", () => {
  const lists = [
    "/api/statistics/history_list",
    "/api/statistics/hold_list",
    "/api/statistics/login",
    "/api/statistics/conversion_rate"
  ]
  const rowsOf: Record<Who, ReadonlyArray<string>> = {
    admin: ["城东支行", "城西支行"],
    bank_rm: ["城东支行", "城西支行"],
    branch_admin: ["城东支行"],
    branch_rm: ["城东支行"],
    outlet_rm: ["城东一网点"],
    west_admin: ["城西支行"],
    west_rm: ["城西一网点"]
  }
  const cases = lists.flatMap((path) => roles.map((who) => [path, who] as const))

  it.each(cases)("%s as %s shows the scope's rows, ranks only for organisation staff", async (path, who) => {
    const r = await h.call("GET", `${path}?count=100`, { token: as(who) })
    expect(r.json.code, r.json.msg).toBe(10000)
    expect(names(r.json.data.organizations)).toEqual(rowsOf[who])
    const bankLevel = who === "admin" || who === "bank_rm"
    expect(r.json.data.branchRank === undefined).toBe(bankLevel)
    expect(r.json.data.outletRank === undefined).toBe(who !== "outlet_rm" && who !== "west_rm")
  })

  it.each(lists)("%s narrows by branchId inside the scope and shows nothing outside it", async (path) => {
    const b1 = `${path}?branchId=${h.org.b1.id}`
    expect(names((await h.call("GET", b1, { token: as("admin") })).json.data.organizations)).toEqual([
      "城东一网点",
      "城东二网点"
    ])
    expect(names((await h.call("GET", b1, { token: as("branch_rm") })).json.data.organizations)).toEqual([
      "城东一网点",
      "城东二网点"
    ])
    expect(names((await h.call("GET", b1, { token: as("outlet_rm") })).json.data.organizations)).toEqual(["城东一网点"])
    expect((await h.call("GET", b1, { token: as("west_admin") })).json.data).toMatchObject({
      organizations: [],
      total: 0
    })
  })

  it.each([
    [
      "admin",
      [
        ["P1", 150.5],
        ["P2", 20]
      ]
    ],
    [
      "outlet_rm",
      [
        ["P1", 50.5],
        ["P2", 20]
      ]
    ],
    [
      "branch_admin",
      [
        ["P1", 50.5],
        ["P2", 20]
      ]
    ],
    ["west_rm", [["P1", 100]]]
  ] as const)("hold_top as %s sums the holdings of its scope only", async (who, expected) => {
    const r = await h.call("GET", "/api/statistics/hold_top", { token: as(who) })
    expect(r.json.data.products.map((p: { productCode: string; amount: number }) => [p.productCode, p.amount])).toEqual(
      expected
    )
  })

  it.each([
    [
      "admin",
      [
        ["P1", 160.5],
        ["P2", 20]
      ]
    ],
    [
      "outlet_rm",
      [
        ["P1", 60.5],
        ["P2", 20]
      ]
    ],
    ["west_admin", [["P1", 100]]]
  ] as const)("history_top as %s sums the purchases of its scope only", async (who, expected) => {
    const r = await h.call("GET", "/api/statistics/history_top", { token: as(who) })
    expect(r.json.data.products.map((p: { productCode: string; amount: number }) => [p.productCode, p.amount])).toEqual(
      expected
    )
  })
})

describe("listed companies per role", () => {
  it.each([
    ["admin", ["L1", "L2", "L3"]],
    ["bank_rm", ["L1", "L2", "L3"]],
    ["branch_admin", ["L1", "L3"]],
    ["outlet_rm", ["L1", "L3"]],
    ["west_admin", ["L2", "L3"]],
    ["west_rm", ["L2", "L3"]]
  ] as const)("%s sees prospects that are nobody's customer and its own scope's customers", async (who, ids) => {
    const r = await h.call("GET", "/api/listed_company?keyword=股份", { token: as(who) })
    expect(r.json.data.companies.map((c: { companyId: string }) => c.companyId)).toEqual(ids)
    for (const id of ["L1", "L2"]) {
      const detail = await h.call("GET", `/api/listed_company/detail?listedCompanyId=${id}`, { token: as(who) })
      expect(detail.json.code).toBe((ids as ReadonlyArray<string>).includes(id) ? 10000 : 10007)
    }
  })

  it("the list and the detail link a prospect to our customer and its holdings", async () => {
    const list = await h.call("GET", "/api/listed_company?keyword=东方", { token: as("outlet_rm") })
    expect(list.json.data).toEqual({
      total: 1,
      companies: [
        {
          companyName: "东方制造股份",
          companyId: "L1",
          boughtOtherProductStatus: "是",
          ourCustomerStatus: "是",
          boughtOurProductStatus: "是"
        }
      ]
    })
    const detail = await h.call("GET", "/api/listed_company/detail?listedCompanyId=L1", { token: as("outlet_rm") })
    expect(detail.json.data).toMatchObject({
      name: "东方制造股份",
      ourCustomerStatus: "是",
      belongsToBranch: "城东支行",
      belongsToOutlet: "城东一网点",
      basicInfoCode: "C1",
      statementFlag: true,
      financialManagementNoticeFlag: false,
      boughtOurProductStatus: true,
      shareholders: [
        { name: "张三", holdQuantity: 1000000, equityProportion: 12.5, shareType: "流通A股" },
        { name: "李四", holdQuantity: 500, equityProportion: 0.01, shareType: "" }
      ]
    })
    const prospect = await h.call("GET", "/api/listed_company/detail?listedCompanyId=L3", { token: as("west_rm") })
    expect(prospect.json.data).toMatchObject({
      ourCustomerStatus: "否",
      basicInfoCode: "",
      belongsToBranch: "",
      boughtOurProductStatus: false,
      financialManagementNoticeFlag: true
    })
  })
})
