import { afterEach, beforeEach, describe, expect, it } from "vitest"
import { type CallResult, type Harness, makeHarness } from "./support/harness.js"

let h: Harness
beforeEach(async () => {
  h = await makeHarness()
})
afterEach(() => h.close())

const as = async (username: string) => {
  const token = await h.signIn(username)
  return {
    get: (path: string) => h.call("GET", path, { token }),
    post: (path: string, body: unknown) => h.call("POST", path, { token, body })
  }
}

const expectCode = (r: CallResult, status: number, code: number) => {
  expect({ status: r.status, code: r.json.code }, r.json.msg).toEqual({ status, code })
}

const outletCodes = (r: CallResult) =>
  (r.json.data.outletList as Array<{ outletCode: string }>).map((o) => o.outletCode)
const userDetail = async (id: number) =>
  (await (await as("admin")).get(`/api/usermanage/user_detail?userId=${id}`)).json.data

describe("organ/add", () => {
  it("creates a new sub-branch together with its first outlet", async () => {
    const admin = await as("admin")
    const r = await admin.post("/api/organ/add", {
      outletName: "城南一网点",
      outletCode: "B3O1",
      branchCode: "B3",
      branchName: "城南支行"
    })
    expectCode(r, 200, 10000)
    expect(r.json.data).toMatchObject({
      outletCode: "B3O1",
      outletName: "城南一网点",
      branchCode: "B3",
      branchName: "城南支行"
    })
    const tree = (await admin.get("/api/new_params")).json.data.branches as Array<{ code: string; outlets: unknown[] }>
    expect(tree.find((b) => b.code === "B3")?.outlets).toEqual([
      { id: r.json.data.outletId, code: "B3O1", name: "城南一网点" }
    ])
    expect(outletCodes(await admin.get("/api/organ/list?keyword=B3"))).toEqual(["B3O1"])
  })

  it("adds an outlet to an existing sub-branch given its current name", async () => {
    const admin = await as("admin")
    const r = await admin.post("/api/organ/add", {
      outletName: "城东三网点",
      outletCode: "B1O3",
      branchCode: "B1",
      branchName: "城东支行"
    })
    expectCode(r, 200, 10000)
    expect(r.json.data.branchId).toBe(h.org.b1.id)
    const tree = (await admin.get("/api/new_params")).json.data.branches as Array<{ code: string; outlets: unknown[] }>
    expect(tree.filter((b) => b.code === "B1")).toHaveLength(1)
    expect(tree.find((b) => b.code === "B1")?.outlets).toHaveLength(3)
  })

  it("refuses an existing sub-branch code with a different name (10001 on branchName)", async () => {
    const r = await (await as("admin")).post("/api/organ/add", {
      outletName: "x",
      outletCode: "B1O3",
      branchCode: "B1",
      branchName: "别的名字"
    })
    expectCode(r, 400, 10001)
    expect(r.json.data).toEqual({ field: "branchName" })
    expectCode(await (await as("admin")).get("/api/organ/detail?code=B1O3"), 404, 10007)
  })

  it.each([
    ["an existing outlet code", "B1O1"],
    ["an existing outlet code in another case", "b1o1"],
    ["an existing sub-branch code", "B2"]
  ])("refuses %s as the new outlet code with 10008/409", async (_, outletCode) => {
    const admin = await as("admin")
    const r = await admin.post("/api/organ/add", {
      outletName: "重复",
      outletCode,
      branchCode: "B1",
      branchName: "城东支行"
    })
    expectCode(r, 409, 10008)
    expect(r.json.msg).toMatch(/taken/)
    expect((await admin.get("/api/organ/list")).json.data.total).toBe(3)
  })

  it("a refused duplicate outlet does not leave its new sub-branch behind", async () => {
    const admin = await as("admin")
    const r = await admin.post("/api/organ/add", {
      outletName: "重复",
      outletCode: "B1O1",
      branchCode: "B9",
      branchName: "新支行"
    })
    expectCode(r, 409, 10008)
    const tree = (await admin.get("/api/new_params")).json.data.branches as Array<{ code: string }>
    expect(tree.map((b) => b.code)).toEqual(["B1", "B2"])
    // The code is free again.
    const again = await admin.post("/api/organ/add", {
      outletName: "新",
      outletCode: "B9O1",
      branchCode: "B9",
      branchName: "新支行"
    })
    expectCode(again, 200, 10000)
  })
})

describe("organ/change_name", () => {
  it("renames the outlet and its sub-branch, recording who and when", async () => {
    const admin = await as("admin")
    h.clock.advance(20 * 60_000)
    const r = await admin.post("/api/organ/change_name", {
      outletCode: "B1O1",
      outletName: "城东新一网点",
      branchName: "城东新支行"
    })
    expectCode(r, 200, 10000)
    const d = (await admin.get("/api/organ/detail?code=B1O1")).json.data
    expect(d).toMatchObject({
      outletName: "城东新一网点",
      branchName: "城东新支行",
      updateUser: "admin",
      updateUserName: "admin-name",
      updateTime: "2026-11-23 10:20:00"
    })
    // The sub-branch name is shared by its other outlets and by its users' organ.
    expect((await admin.get("/api/organ/detail?code=B1O2")).json.data.branchName).toBe("城东新支行")
    expect((await userDetail(h.staff.branchRm.id)).organ).toBe("城东新支行")
    expect((await userDetail(h.staff.outletRm.id)).organ).toBe("城东新一网点")
  })

  it("an unknown outlet answers 10007/404", async () => {
    const r = await (await as("admin")).post("/api/organ/change_name", {
      outletCode: "NOPE",
      outletName: "a",
      branchName: "b"
    })
    expectCode(r, 404, 10007)
  })
})

describe("organ/change_branch", () => {
  it("moves the outlet to another sub-branch and its role-4 users follow", async () => {
    const admin = await as("admin")
    expectCode(await admin.post("/api/organ/change_branch", { outletCode: "B1O1", branchCode: "B2" }), 200, 10000)
    const d = (await admin.get("/api/organ/detail?code=B1O1")).json.data
    expect(d).toMatchObject({ branchCode: "B2", branchId: h.org.b2.id, branchName: "城西支行" })
    expect(await userDetail(h.staff.outletRm.id)).toMatchObject({ branchId: h.org.b2.id, outletId: h.org.o11.id })
    // Branch-level users of B1 stay where they were.
    expect((await userDetail(h.staff.branchRm.id)).branchId).toBe(h.org.b1.id)
  })

  it("the moved users leave the old sub-branch admin's scope and enter the new one's", async () => {
    const admin = await as("admin")
    await admin.post("/api/organ/change_branch", { outletCode: "B1O1", branchCode: "B2" })
    const path = `/api/usermanage/user_detail?userId=${h.staff.outletRm.id}`
    expectCode(await (await as("branch_admin")).get(path), 404, 10007)
    expectCode(await (await as("west_admin")).get(path), 200, 10000)
    expect(outletCodes(await (await as("west_admin")).get("/api/organ/list")).sort()).toEqual(["B1O1", "B2O1"])
  })

  it("the moved outlet's customers are then inside the new sub-branch (customers stay with the outlet)", async () => {
    await h.seedCompanies({ B1O1: 2 })
    await (await as("admin")).post("/api/organ/change_branch", { outletCode: "B1O1", branchCode: "B2" })
    expect(await h.outletOfCompany("B1O1-C1")).toBe("B1O1")
  })

  it("an unknown outlet or sub-branch answers 10007/404 and changes nothing", async () => {
    const admin = await as("admin")
    expectCode(await admin.post("/api/organ/change_branch", { outletCode: "NOPE", branchCode: "B2" }), 404, 10007)
    expectCode(await admin.post("/api/organ/change_branch", { outletCode: "B1O1", branchCode: "NOPE" }), 404, 10007)
    expect((await admin.get("/api/organ/detail?code=B1O1")).json.data.branchCode).toBe("B1")
  })
})

describe("organ/merge", () => {
  it("moves users and customers to the target outlet and deletes the merged one", async () => {
    await h.seedCompanies({ B1O1: 3, B1O2: 1 })
    const admin = await as("admin")
    const r = await admin.post("/api/organ/merge", { outletCode: "B1O1", newOutletCode: "B2O1" })
    expectCode(r, 200, 10000)
    expect(r.json.data).toEqual({ movedCompanies: 3, movedUsers: 1 })

    expect(await userDetail(h.staff.outletRm.id)).toMatchObject({
      outletId: h.org.o21.id,
      branchId: h.org.b2.id,
      organ: "城西一网点"
    })
    for (const code of ["B1O1-C1", "B1O1-C2", "B1O1-C3"]) expect(await h.outletOfCompany(code)).toBe("B2O1")
    expect(await h.outletOfCompany("B1O2-C1")).toBe("B1O2")
    expect(await h.countCompanies("B1O1")).toBe(0)
    expect(await h.countCompanies("B2O1")).toBe(3)

    expectCode(await admin.get("/api/organ/detail?code=B1O1"), 404, 10007)
    const target = (await admin.get("/api/organ/detail?code=B2O1")).json.data
    expect(target.updateUser).toBe("admin")
  })

  it("refuses merging an outlet into itself (10001 on newOutletCode)", async () => {
    const r = await (await as("admin")).post("/api/organ/merge", { outletCode: "B1O1", newOutletCode: "B1O1" })
    expectCode(r, 400, 10001)
    expect(r.json.data).toEqual({ field: "newOutletCode" })
  })

  it("an unknown outlet on either side answers 10007/404 and moves nothing", async () => {
    await h.seedCompanies({ B1O1: 1 })
    const admin = await as("admin")
    expectCode(await admin.post("/api/organ/merge", { outletCode: "B1O1", newOutletCode: "NOPE" }), 404, 10007)
    expectCode(await admin.post("/api/organ/merge", { outletCode: "NOPE", newOutletCode: "B1O1" }), 404, 10007)
    expect(await h.outletOfCompany("B1O1-C1")).toBe("B1O1")
    expect((await userDetail(h.staff.outletRm.id)).outletId).toBe(h.org.o11.id)
  })
})

describe("organ/delete", () => {
  it("refuses an outlet that still has users, saying so and pointing to merge", async () => {
    const admin = await as("admin")
    const r = await admin.post("/api/organ/delete", { code: "B1O1" })
    expectCode(r, 409, 10008)
    expect(r.json.msg).toMatch(/B1O1/)
    expect(r.json.msg).toMatch(/1 users/)
    expect(r.json.msg).toMatch(/merge/)
    expectCode(await admin.get("/api/organ/detail?code=B1O1"), 200, 10000)
  })

  it("refuses an outlet that still has customers, saying how many", async () => {
    await h.seedCompanies({ B1O2: 2 })
    const r = await (await as("admin")).post("/api/organ/delete", { code: "B1O2" })
    expectCode(r, 409, 10008)
    expect(r.json.msg).toMatch(/2 customers/)
  })

  it("deletes an outlet with no customers and no users", async () => {
    await h.seedCompanies({ B1O1: 2 })
    const admin = await as("admin")
    expectCode(await admin.post("/api/organ/delete", { code: "B1O2" }), 200, 10000)
    expectCode(await admin.get("/api/organ/detail?code=B1O2"), 404, 10007)
    expect(outletCodes(await admin.get("/api/organ/list"))).toEqual(["B1O1", "B2O1"])
  })

  it("refuses a sub-branch that still has outlets or users", async () => {
    const admin = await as("admin")
    const r = await admin.post("/api/organ/delete", { code: "B2" })
    expectCode(r, 409, 10008)
    expect(r.json.msg).toMatch(/outlets/)
  })

  it("deletes a sub-branch once its outlets are gone and it has no users", async () => {
    const admin = await as("admin")
    await admin.post("/api/organ/add", {
      outletName: "城南一网点",
      outletCode: "B3O1",
      branchCode: "B3",
      branchName: "城南支行"
    })
    const early = await admin.post("/api/organ/delete", { code: "B3" })
    expectCode(early, 409, 10008)
    expectCode(await admin.post("/api/organ/delete", { code: "B3O1" }), 200, 10000)
    expectCode(await admin.post("/api/organ/delete", { code: "B3" }), 200, 10000)
    const tree = (await admin.get("/api/new_params")).json.data.branches as Array<{ code: string }>
    expect(tree.map((b) => b.code)).toEqual(["B1", "B2"])
  })

  it("an unknown code answers 10007/404", async () => {
    expectCode(await (await as("admin")).post("/api/organ/delete", { code: "NOPE" }), 404, 10007)
  })
})

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
      body: { pwd: "Initial@2026", newPwd: "Second@2027", newPwdConfirm: "Second@2027" }
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

describe("non-admins may not change organisations", () => {
  const mutations: ReadonlyArray<readonly [string, Record<string, string>]> = [
    ["/api/organ/add", { outletName: "n", outletCode: "B1O9", branchCode: "B1", branchName: "城东支行" }],
    ["/api/organ/change_name", { outletCode: "B1O1", outletName: "改", branchName: "改" }],
    ["/api/organ/change_branch", { outletCode: "B1O1", branchCode: "B2" }],
    ["/api/organ/merge", { outletCode: "B1O2", newOutletCode: "B1O1" }],
    ["/api/organ/delete", { code: "B1O2" }]
  ]

  it.each(["bank_rm", "branch_admin", "outlet_rm", "branch_rm", "west_admin"])(
    "%s gets 10006/403 on add, change_name, change_branch, merge and delete, and nothing changes",
    async (username) => {
      const user = await as(username)
      for (const [path, body] of mutations) {
        const r = await user.post(path, body)
        expect({ path, status: r.status, code: r.json.code }).toEqual({ path, status: 403, code: 10006 })
      }
      const list = await (await as("admin")).get("/api/organ/list")
      expect(list.json.data.outletList).toEqual([
        expect.objectContaining({
          outletCode: "B1O1",
          outletName: "城东一网点",
          branchCode: "B1",
          branchName: "城东支行"
        }),
        expect.objectContaining({ outletCode: "B1O2", outletName: "城东二网点", branchCode: "B1" }),
        expect.objectContaining({ outletCode: "B2O1", branchCode: "B2" })
      ])
    }
  )
})
