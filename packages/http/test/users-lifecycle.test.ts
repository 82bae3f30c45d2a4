/**
 * A user's life cycle: the guards on deletion (nobody deletes itself, the last bank admin stays) and a new
 * user's first sign-in with the initial password, which must be changed before anything else.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest"
import { type Harness, INITIAL_PASSWORD, makeHarness } from "./support/harness.js"
import { detailOf, expectCode, signedInAs } from "./support/management.js"

let h: Harness
beforeEach(async () => {
  h = await makeHarness()
})
afterEach(() => h.close())

const as = signedInAs(() => h)

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
      body: { pwd: INITIAL_PASSWORD, newPwd: "Second-Quiet-2027", newPwdConfirm: "Second-Quiet-2027" }
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
      body: { pwd: INITIAL_PASSWORD, newPwd: "Lantern-Quiet-2027", newPwdConfirm: "Lantern-Quiet-2027" }
    })
    expectCode(init, 200, 10000)
    expectCode(await h.call("GET", "/api/organ/list", { token }), 200, 10000)
  })
})
