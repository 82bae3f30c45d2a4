/**
 * Who may manage whom: a sub-branch admin (role 3) reaches roles 3–5 of its own sub-branch only, everyone
 * else answering exactly like a missing user; relationship managers manage nobody but may read themselves.
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
