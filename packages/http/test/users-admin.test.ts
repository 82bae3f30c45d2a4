/**
 * usermanage/* as a bank admin (role 1), who manages every user: listing, paging, keyword search, details,
 * creation and its placement rules, deletion and password reset, and unknown user ids.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest"
import { type Harness, makeHarness } from "./support/harness.js"
import { detailOf, expectCode, signedInAs, usernames } from "./support/management.js"

let h: Harness
beforeEach(async () => {
  h = await makeHarness()
})
afterEach(() => h.close())

const as = signedInAs(() => h)

const allSeeded = ["admin", "bank_rm", "branch_admin", "outlet_rm", "branch_rm", "west_admin", "west_rm", "newcomer"]

describe("bank admin (role 1) manages every user", () => {
  it("user_list answers every user with the documented fields and total", async () => {
    const r = await (await as("admin")).get("/api/usermanage/user_list?count=100")
    expectCode(r, 200, 10000)
    expect(r.json.data.total).toBe(allSeeded.length)
    expect(usernames(r).sort()).toEqual([...allSeeded].sort())
    expect(r.json.data.userList[0]).toEqual(
      expect.objectContaining({
        userId: expect.any(Number),
        username: expect.any(String),
        name: expect.any(String),
        role: expect.any(Number),
        organ: expect.any(String),
        createTime: expect.any(Number),
        creatorUsername: expect.any(String),
        creatorName: expect.any(String)
      })
    )
  })

  it("user_list pages with page/count while total stays the full count", async () => {
    const admin = await as("admin")
    const p1 = await admin.get("/api/usermanage/user_list?page=1&count=3")
    const p3 = await admin.get("/api/usermanage/user_list?page=3&count=3")
    expect(p1.json.data.total).toBe(allSeeded.length)
    expect(p1.json.data.userList).toHaveLength(3)
    expect(p3.json.data.userList).toHaveLength(allSeeded.length - 6)
    expect(usernames(p1)).not.toEqual(expect.arrayContaining(usernames(p3)))
  })

  it("user_list defaults to 10 rows per page", async () => {
    const admin = await as("admin")
    for (let i = 0; i < 5; i++) {
      await admin.post("/api/usermanage/create_user", { username: `extra${i}`, name: "x", role: 2 })
    }
    const r = await admin.get("/api/usermanage/user_list")
    expect(r.json.data.total).toBe(allSeeded.length + 5)
    expect(r.json.data.userList).toHaveLength(10)
  })

  it("user_list filters by keyword on username or name", async () => {
    const admin = await as("admin")
    expect(usernames(await admin.get("/api/usermanage/user_list?keyword=west")).sort()).toEqual([
      "west_admin",
      "west_rm"
    ])
    expect(usernames(await admin.get("/api/usermanage/user_list?keyword=outlet_rm-name"))).toEqual(["outlet_rm"])
    expect((await admin.get("/api/usermanage/user_list?keyword=nobody-like-this")).json.data.total).toBe(0)
  })

  it("user_detail (GET) answers any user, organ being the outlet, sub-branch or 分行", async () => {
    const admin = await as("admin")
    const rm = await admin.get(detailOf(h.staff.otherOutletRm.id))
    expectCode(rm, 200, 10000)
    expect(rm.json.data).toMatchObject({ username: "west_rm", role: 4, organ: "城西一网点", branchId: h.org.b2.id })
    expect((await admin.get(detailOf(h.staff.branchRm.id))).json.data.organ).toBe("城东支行")
    expect((await admin.get(detailOf(h.staff.bankRm.id))).json.data.organ).toBe("分行")
  })

  it("user_detail (POST) edits name, role and placement of any user", async () => {
    const admin = await as("admin")
    const r = await admin.post("/api/usermanage/user_detail", {
      userId: h.staff.otherOutletRm.id,
      name: "改名",
      role: 5,
      subbranchId: h.org.b1.id,
      outletId: 0
    })
    expectCode(r, 200, 10000)
    const after = await admin.get(detailOf(h.staff.otherOutletRm.id))
    expect(after.json.data).toMatchObject({
      name: "改名",
      role: 5,
      branchId: h.org.b1.id,
      outletId: null,
      organ: "城东支行"
    })
  })

  it("create_user creates a user of any role anywhere, with the creator recorded", async () => {
    const admin = await as("admin")
    const r = await admin.post("/api/usermanage/create_user", {
      username: "west_new",
      name: "新人",
      role: 4,
      subbranchId: h.org.b2.id,
      outletId: h.org.o21.id
    })
    expectCode(r, 200, 10000)
    expect(r.json.data).toMatchObject({
      username: "west_new",
      role: 4,
      branchId: h.org.b2.id,
      outletId: h.org.o21.id,
      initialized: 0,
      creatorUsername: "admin",
      creatorName: "admin-name",
      createTime: h.clock.now()
    })
    const second = await admin.post("/api/usermanage/create_user", { username: "admin2", name: "二号", role: 1 })
    expect(second.json.data).toMatchObject({ role: 1, branchId: null, outletId: null, organ: "分行" })
  })

  it("create_user refuses a taken username (case-insensitively) with 10008/409", async () => {
    const admin = await as("admin")
    for (const username of ["outlet_rm", "OUTLET_RM"]) {
      expectCode(
        await admin.post("/api/usermanage/create_user", {
          username,
          name: "dup",
          role: 2,
          subbranchId: 0,
          outletId: 0
        }),
        409,
        10008
      )
    }
  })

  it("create_user for role 4 needs an outlet of the given sub-branch", async () => {
    const admin = await as("admin")
    const missing = await admin.post("/api/usermanage/create_user", {
      username: "o4",
      name: "x",
      role: 4,
      subbranchId: h.org.b1.id,
      outletId: 0
    })
    expectCode(missing, 400, 10001)
    expect(missing.json.data).toEqual({ field: "outletId" })
    const elsewhere = await admin.post("/api/usermanage/create_user", {
      username: "o4",
      name: "x",
      role: 4,
      subbranchId: h.org.b1.id,
      outletId: h.org.o21.id
    })
    expectCode(elsewhere, 400, 10001)
    expect(elsewhere.json.data).toEqual({ field: "outletId" })
  })

  it("delete_user and reset_password work on any other user", async () => {
    const admin = await as("admin")
    expectCode(await admin.post("/api/usermanage/reset_password", { userId: h.staff.otherOutletRm.id }), 200, 10000)
    expectCode(await admin.post("/api/usermanage/delete_user", { userId: h.staff.otherOutletRm.id }), 200, 10000)
    expectCode(await admin.get(detailOf(h.staff.otherOutletRm.id)), 404, 10007)
    expect(usernames(await admin.get("/api/usermanage/user_list?count=100"))).not.toContain("west_rm")
  })

  it("a user id that does not exist answers 10007/404 on every user route", async () => {
    const admin = await as("admin")
    const ghost = 9999
    expectCode(await admin.get(detailOf(ghost)), 404, 10007)
    expectCode(
      await admin.post("/api/usermanage/user_detail", {
        userId: ghost,
        name: "x",
        role: 2,
        subbranchId: 0,
        outletId: 0
      }),
      404,
      10007
    )
    expectCode(await admin.post("/api/usermanage/delete_user", { userId: ghost }), 404, 10007)
    expectCode(await admin.post("/api/usermanage/reset_password", { userId: ghost }), 404, 10007)
  })
})
