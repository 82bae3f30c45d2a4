/**
 * Reading the organisation: organ/list (paging, keyword, scope), organ/detail (creator and updater, scope)
 * and new_params, the tree the user forms offer; each answers only what lies inside the caller's scope.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest"
import { type CallResult, type Harness, makeHarness } from "./support/harness.js"
import { expectCode, outletCodes, signedInAs } from "./support/management.js"

let h: Harness
beforeEach(async () => {
  h = await makeHarness()
})
afterEach(() => h.close())

const as = signedInAs(() => h)

describe("organ/list", () => {
  it("pages with page/count; total is the full count", async () => {
    const admin = await as("admin")
    const p1 = await admin.get("/api/organ/list?page=1&count=2")
    const p2 = await admin.get("/api/organ/list?page=2&count=2")
    expect(p1.json.data.total).toBe(3)
    expect(p2.json.data.total).toBe(3)
    expect(outletCodes(p1)).toEqual(["B1O1", "B1O2"])
    expect(outletCodes(p2)).toEqual(["B2O1"])
    expect((await admin.get("/api/organ/list?page=3&count=2")).json.data).toEqual({ total: 3, outletList: [] })
  })

  it("answers the documented row fields", async () => {
    const r = await (await as("admin")).get("/api/organ/list?keyword=B2O1")
    expect(r.json.data.outletList).toEqual([
      {
        outletId: h.org.o21.id,
        outletName: "城西一网点",
        outletCode: "B2O1",
        branchId: h.org.b2.id,
        branchName: "城西支行",
        branchCode: "B2"
      }
    ])
  })

  it.each([
    ["an outlet name", "城西一", ["B2O1"]],
    ["a sub-branch name", "城东支行", ["B1O1", "B1O2"]],
    ["an outlet code, case-insensitively", "b1o2", ["B1O2"]],
    ["nothing", "不存在", []]
  ])("filters by keyword matching %s", async (_, keyword, expected) => {
    const r = await (await as("admin")).get(`/api/organ/list?keyword=${encodeURIComponent(keyword)}`)
    expect(outletCodes(r)).toEqual(expected)
    expect(r.json.data.total).toBe(expected.length)
  })

  it.each([
    ["admin", ["B1O1", "B1O2", "B2O1"]],
    ["bank_rm", ["B1O1", "B1O2", "B2O1"]],
    ["branch_admin", ["B1O1", "B1O2"]],
    ["branch_rm", ["B1O1", "B1O2"]],
    ["outlet_rm", ["B1O1"]],
    ["west_admin", ["B2O1"]],
    ["west_rm", ["B2O1"]]
  ])("%s sees only the outlets inside its scope", async (username, expected) => {
    const r = await (await as(username)).get("/api/organ/list?count=100")
    expectCode(r, 200, 10000)
    expect(outletCodes(r)).toEqual(expected)
    expect(r.json.data.total).toBe(expected.length)
  })
})

describe("organ/detail", () => {
  it("shows who created and last changed the outlet, by username and name, with times", async () => {
    const admin = await as("admin")
    await admin.post("/api/organ/add", {
      outletName: "城南一网点",
      outletCode: "B3O1",
      branchCode: "B3",
      branchName: "城南支行"
    })
    const created = (await admin.get("/api/organ/detail?code=B3O1")).json.data
    expect(created).toMatchObject({
      outletCode: "B3O1",
      createUser: "admin",
      createUserName: "admin-name",
      updateUser: "admin",
      updateUserName: "admin-name",
      // The manual clock starts at 2026-11-23T02:00:00Z, which is 10:00 in the bank's time zone (Asia/Shanghai).
      createTime: "2026-11-23 10:00:00",
      updateTime: "2026-11-23 10:00:00"
    })

    // A second admin renames it later: the updater and the update time change, the creator does not.
    await admin.post("/api/usermanage/create_user", { username: "admin2", name: "二号管理员", role: 1 })
    const t2 = await h.signIn("admin2", "Initial@2026")
    await h.call("POST", "/api/usermanage/initialize_user", {
      token: t2,
      body: { pwd: "Initial@2026", newPwd: "Second-Quiet-2027", newPwdConfirm: "Second-Quiet-2027" }
    })
    h.clock.advance(25 * 60_000)
    await h.call("POST", "/api/organ/change_name", {
      token: t2,
      body: { outletCode: "B3O1", outletName: "城南新网点", branchName: "城南支行" }
    })
    const changed = (await admin.get("/api/organ/detail?code=B3O1")).json.data
    expect(changed).toMatchObject({
      outletName: "城南新网点",
      createUser: "admin",
      createUserName: "admin-name",
      createTime: "2026-11-23 10:00:00",
      updateUser: "admin2",
      updateUserName: "二号管理员",
      updateTime: "2026-11-23 10:25:00"
    })
  })

  it("seeded outlets without a recorded creator answer empty creator fields", async () => {
    const d = (await (await as("admin")).get("/api/organ/detail?code=B1O1")).json.data
    expect(d).toMatchObject({ createUser: "", createUserName: "", updateUser: "", updateUserName: "" })
    expect(d.createTime).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/)
  })

  it.each([
    ["outlet_rm", "B1O2"],
    ["branch_admin", "B2O1"],
    ["west_rm", "B1O1"]
  ])("%s gets 10007/404 for %s outside its scope, like an unknown code", async (username, code) => {
    const user = await as(username)
    const outside = await user.get(`/api/organ/detail?code=${code}`)
    const ghost = await user.get("/api/organ/detail?code=NOPE")
    expectCode(outside, 404, 10007)
    expect(outside.json.msg.replace(code, "#")).toBe(ghost.json.msg.replace("NOPE", "#"))
  })

  it("any role reads an outlet inside its scope", async () => {
    for (const username of ["bank_rm", "branch_rm", "outlet_rm"]) {
      expectCode(await (await as(username)).get("/api/organ/detail?code=B1O1"), 200, 10000)
    }
  })
})

describe("new_params (the organisation tree for user forms)", () => {
  const shape = (r: CallResult) =>
    (r.json.data.branches as Array<{ code: string; outlets: Array<{ code: string }> }>).map((b) => [
      b.code,
      b.outlets.map((o) => o.code)
    ])

  it.each([
    [
      "admin",
      [
        ["B1", ["B1O1", "B1O2"]],
        ["B2", ["B2O1"]]
      ]
    ],
    [
      "bank_rm",
      [
        ["B1", ["B1O1", "B1O2"]],
        ["B2", ["B2O1"]]
      ]
    ],
    ["branch_admin", [["B1", ["B1O1", "B1O2"]]]],
    ["branch_rm", [["B1", ["B1O1", "B1O2"]]]],
    ["outlet_rm", [["B1", ["B1O1"]]]],
    ["west_admin", [["B2", ["B2O1"]]]]
  ])("%s gets only its part of the tree", async (username, expected) => {
    const r = await (await as(username)).get("/api/new_params")
    expectCode(r, 200, 10000)
    expect(shape(r)).toEqual(expected)
  })

  it("answers ids and names the user forms need", async () => {
    const r = await (await as("branch_admin")).get("/api/new_params")
    expect(r.json.data.branches[0]).toEqual({
      id: h.org.b1.id,
      code: "B1",
      name: "城东支行",
      outlets: [
        { id: h.org.o11.id, code: "B1O1", name: "城东一网点" },
        { id: h.org.o12.id, code: "B1O2", name: "城东二网点" }
      ]
    })
  })
})
