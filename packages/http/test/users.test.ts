import { afterEach, beforeEach, describe, expect, it } from "vitest"
import { type CallResult, type Harness, INITIAL_PASSWORD, makeHarness } from "./support/harness.js"

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

const usernames = (r: CallResult) => (r.json.data.userList as Array<{ username: string }>).map((u) => u.username)
const detailOf = (id: number) => `/api/usermanage/user_detail?userId=${id}`

const expectCode = (r: CallResult, status: number, code: number) => {
  expect({ status: r.status, code: r.json.code }, r.json.msg).toEqual({ status, code })
}

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

describe("sub-branch admin (role 3) manages roles 3–5 of its own sub-branch only", () => {
  const inB1 = ["branch_admin", "outlet_rm", "branch_rm", "newcomer"]

  it("user_list answers only roles 3–5 of its sub-branch", async () => {
    const r = await (await as("branch_admin")).get("/api/usermanage/user_list?count=100")
    expectCode(r, 200, 10000)
    expect(r.json.data.total).toBe(inB1.length)
    expect(usernames(r).sort()).toEqual([...inB1].sort())
    for (const u of r.json.data.userList) expect([3, 4, 5]).toContain(u.role)
  })

  it("user_list keyword cannot reach outside the scope", async () => {
    const r = await (await as("branch_admin")).get("/api/usermanage/user_list?keyword=west")
    expect(r.json.data).toEqual({ total: 0, userList: [] })
  })

  it("user_detail (GET) answers users of its sub-branch", async () => {
    const r = await (await as("branch_admin")).get(detailOf(h.staff.outletRm.id))
    expectCode(r, 200, 10000)
    expect(r.json.data.username).toBe("outlet_rm")
  })

  it("a user of another sub-branch answers 10007/404 exactly like one that does not exist", async () => {
    const ba = await as("branch_admin")
    const outside = await ba.get(detailOf(h.staff.otherOutletRm.id))
    const ghost = await ba.get(detailOf(9999))
    expectCode(outside, 404, 10007)
    expect(outside.json.msg.replace(String(h.staff.otherOutletRm.id), "#")).toBe(ghost.json.msg.replace("9999", "#"))
    expect(outside.json.data).toEqual(ghost.json.data)
  })

  it.each([
    ["a bank admin", () => h.staff.admin.id],
    ["a bank RM", () => h.staff.bankRm.id],
    ["another sub-branch's admin", () => h.staff.otherBranchAdmin.id],
    ["another sub-branch's RM", () => h.staff.otherOutletRm.id]
  ])("%s is invisible (10007/404) to user_detail GET/POST, delete_user and reset_password", async (_, id) => {
    const ba = await as("branch_admin")
    const userId = id()
    expectCode(await ba.get(detailOf(userId)), 404, 10007)
    expectCode(
      await ba.post("/api/usermanage/user_detail", {
        userId,
        name: "hijack",
        role: 5,
        subbranchId: h.org.b1.id,
        outletId: 0
      }),
      404,
      10007
    )
    expectCode(await ba.post("/api/usermanage/delete_user", { userId }), 404, 10007)
    expectCode(await ba.post("/api/usermanage/reset_password", { userId }), 404, 10007)
    // Nothing changed.
    const admin = await as("admin")
    const after = await admin.get(detailOf(userId))
    expect(after.json.data.name).not.toBe("hijack")
    expect(after.json.data.initialized).toBe(1)
  })

  it.each([1, 2])("cannot create a user of role %i (10006/403)", async (role) => {
    const r = await (await as("branch_admin")).post("/api/usermanage/create_user", {
      username: `r${role}user`,
      name: "x",
      role,
      subbranchId: 0,
      outletId: 0
    })
    expectCode(r, 403, 10006)
    expect(usernames(await (await as("admin")).get("/api/usermanage/user_list?count=100"))).not.toContain(
      `r${role}user`
    )
  })

  it("cannot create users in another sub-branch (answered as a sub-branch that does not exist)", async () => {
    const ba = await as("branch_admin")
    const r5 = await ba.post("/api/usermanage/create_user", {
      username: "west5",
      name: "x",
      role: 5,
      subbranchId: h.org.b2.id,
      outletId: 0
    })
    expectCode(r5, 404, 10007)
    const r4 = await ba.post("/api/usermanage/create_user", {
      username: "west4",
      name: "x",
      role: 4,
      subbranchId: h.org.b2.id,
      outletId: h.org.o21.id
    })
    expectCode(r4, 404, 10007)
    const ghostBranch = await ba.post("/api/usermanage/create_user", {
      username: "west6",
      name: "x",
      role: 5,
      subbranchId: 9999,
      outletId: 0
    })
    expect(r5.json.msg.replace(String(h.org.b2.id), "#")).toBe(ghostBranch.json.msg.replace("9999", "#"))
  })

  it("cannot move one of its users to another sub-branch or promote it to role 1/2", async () => {
    const ba = await as("branch_admin")
    expectCode(
      await ba.post("/api/usermanage/user_detail", {
        userId: h.staff.branchRm.id,
        name: "x",
        role: 5,
        subbranchId: h.org.b2.id,
        outletId: 0
      }),
      404,
      10007
    )
    expectCode(
      await ba.post("/api/usermanage/user_detail", {
        userId: h.staff.branchRm.id,
        name: "x",
        role: 1,
        subbranchId: 0,
        outletId: 0
      }),
      403,
      10006
    )
    const after = await ba.get(detailOf(h.staff.branchRm.id))
    expect(after.json.data).toMatchObject({ role: 5, branchId: h.org.b1.id, name: "branch_rm-name" })
  })

  it("creates, edits, resets and deletes roles 3–5 inside its sub-branch", async () => {
    const ba = await as("branch_admin")
    const created = await ba.post("/api/usermanage/create_user", {
      username: "east_new",
      name: "新人",
      role: 4,
      subbranchId: h.org.b1.id,
      outletId: h.org.o12.id
    })
    expectCode(created, 200, 10000)
    expect(created.json.data).toMatchObject({ organ: "城东二网点", creatorUsername: "branch_admin", initialized: 0 })
    const id = created.json.data.userId
    expectCode(
      await ba.post("/api/usermanage/user_detail", {
        userId: id,
        name: "新名字",
        role: 5,
        subbranchId: h.org.b1.id,
        outletId: 0
      }),
      200,
      10000
    )
    expect((await ba.get(detailOf(id))).json.data).toMatchObject({ name: "新名字", role: 5, outletId: null })
    expectCode(await ba.post("/api/usermanage/reset_password", { userId: h.staff.outletRm.id }), 200, 10000)
    expectCode(await ba.post("/api/usermanage/delete_user", { userId: id }), 200, 10000)
    expectCode(await ba.get(detailOf(id)), 404, 10007)
  })
})

describe.each([
  ["bank_rm", "bankRm"],
  ["outlet_rm", "outletRm"],
  ["branch_rm", "branchRm"]
] as const)("relationship manager %s", (username, key) => {
  it("gets 10006/403 on user_list, create_user, user_detail of others, delete_user and reset_password", async () => {
    const rm = await as(username)
    const target = h.staff.newcomer.id
    expectCode(await rm.get("/api/usermanage/user_list"), 403, 10006)
    expectCode(await rm.get(detailOf(target)), 403, 10006)
    expectCode(
      await rm.post("/api/usermanage/user_detail", {
        userId: target,
        name: "x",
        role: 5,
        subbranchId: h.org.b1.id,
        outletId: 0
      }),
      403,
      10006
    )
    expectCode(
      await rm.post("/api/usermanage/create_user", {
        username: "rmmade",
        name: "x",
        role: 5,
        subbranchId: h.org.b1.id,
        outletId: 0
      }),
      403,
      10006
    )
    expectCode(await rm.post("/api/usermanage/delete_user", { userId: target }), 403, 10006)
    expectCode(await rm.post("/api/usermanage/reset_password", { userId: target }), 403, 10006)
    const admin = await as("admin")
    expect((await admin.get(detailOf(target))).status).toBe(200)
    expect(usernames(await admin.get("/api/usermanage/user_list?count=100"))).not.toContain("rmmade")
  })

  it("can GET its own user_detail, without userId or with its own", async () => {
    const rm = await as(username)
    const own = h.staff[key].id
    for (const path of ["/api/usermanage/user_detail", detailOf(own)]) {
      const r = await rm.get(path)
      expectCode(r, 200, 10000)
      expect(r.json.data).toMatchObject({ userId: own, username })
    }
  })
})

describe("deletion guards", () => {
  it("nobody may delete itself (10008/409), whatever its role", async () => {
    for (const [username, id] of [
      ["admin", h.staff.admin.id],
      ["branch_admin", h.staff.branchAdmin.id]
    ] as const) {
      const r = await (await as(username)).post("/api/usermanage/delete_user", { userId: id })
      expectCode(r, 409, 10008)
      expect(r.json.msg).toMatch(/yourself/)
    }
    expect((await (await as("admin")).get("/api/usermanage/user_detail")).status).toBe(200)
  })

  it("deleting a second bank admin works; the remaining one is then the last and stays", async () => {
    const admin = await as("admin")
    const created = await admin.post("/api/usermanage/create_user", { username: "admin2", name: "二号", role: 1 })
    const admin2Id = created.json.data.userId
    expectCode(await admin.post("/api/usermanage/delete_user", { userId: admin2Id }), 200, 10000)
    expectCode(await admin.get(detailOf(admin2Id)), 404, 10007)
    // The one left cannot delete itself, and no other role can see it.
    expectCode(await admin.post("/api/usermanage/delete_user", { userId: h.staff.admin.id }), 409, 10008)
    expectCode(
      await (await as("branch_admin")).post("/api/usermanage/delete_user", { userId: h.staff.admin.id }),
      404,
      10007
    )
  })

  it("a second admin may delete the first; the survivor cannot then be demoted as the last bank admin", async () => {
    const admin = await as("admin")
    const created = await admin.post("/api/usermanage/create_user", { username: "admin2", name: "二号", role: 1 })
    const admin2Id = created.json.data.userId as number
    const t2 = await h.signIn("admin2", INITIAL_PASSWORD)
    await h.call("POST", "/api/usermanage/initialize_user", {
      token: t2,
      body: { pwd: INITIAL_PASSWORD, newPwd: "Second@2027", newPwdConfirm: "Second@2027" }
    })
    const del = await h.call("POST", "/api/usermanage/delete_user", { token: t2, body: { userId: h.staff.admin.id } })
    expectCode(del, 200, 10000)
    const demote = await h.call("POST", "/api/usermanage/user_detail", {
      token: t2,
      body: { userId: admin2Id, name: "二号", role: 2, subbranchId: 0, outletId: 0 }
    })
    expectCode(demote, 409, 10008)
    expect(demote.json.msg).toMatch(/last bank admin/)
    expect((await h.call("GET", "/api/usermanage/user_detail", { token: t2 })).json.data.role).toBe(1)
  })
})

describe("created users", () => {
  it("start with initialized 0, sign in with the initial password, and must initialize before anything else", async () => {
    const admin = await as("admin")
    const created = await admin.post("/api/usermanage/create_user", {
      username: "fresh",
      name: "新员工",
      role: 5,
      subbranchId: h.org.b1.id,
      outletId: 0
    })
    expect(created.json.data.initialized).toBe(0)
    const listed = (await admin.get("/api/usermanage/user_list?keyword=fresh")).json.data.userList[0]
    expect(listed).toMatchObject({ username: "fresh", initialized: 0, creatorUsername: "admin" })

    const signIn = await h.call("POST", "/api/sign_in", { body: { username: "fresh", password: INITIAL_PASSWORD } })
    expectCode(signIn, 200, 10000)
    expect(signIn.json.data.initialized).toBe(0)
    const token = signIn.json.data.token as string

    expectCode(await h.call("GET", "/api/organ/list", { token }), 403, 10005)
    const init = await h.call("POST", "/api/usermanage/initialize_user", {
      token,
      body: { pwd: INITIAL_PASSWORD, newPwd: "Fresh@2027", newPwdConfirm: "Fresh@2027" }
    })
    expectCode(init, 200, 10000)
    expectCode(await h.call("GET", "/api/organ/list", { token }), 200, 10000)
  })
})
