import { afterEach, beforeEach, describe, expect, it } from "vitest"
import { type Harness, makeHarness, PASSWORD } from "./support/harness.js"

let h: Harness
beforeEach(async () => {
  h = await makeHarness()
})
afterEach(() => h.close())

const signInWith = (username: string, password: string) =>
  h.call("POST", "/api/sign_in", { body: { username, password } })

describe("sign-in", () => {
  it("answers the user and a token, and sets an HttpOnly session cookie", async () => {
    const r = await h.call("POST", "/api/sign_in", { body: { username: "admin", password: PASSWORD } })
    expect(r.status).toBe(200)
    expect(r.json.code).toBe(10000)
    expect(r.json.data).toMatchObject({ username: "admin", role: 1, initialized: 1, organ: "分行" })
    expect(typeof r.json.data.token).toBe("string")
    expect(r.res.headers.get("set-cookie")).toMatch(/wm_session=.+HttpOnly/)
  })

  it("answers the documented profile fields of a sub-branch user (ids, organ name, creator, status)", async () => {
    const r = await signInWith("outlet_rm", PASSWORD)
    expect(r.json.data).toMatchObject({
      userId: h.staff.outletRm.id,
      username: "outlet_rm",
      name: "outlet_rm-name",
      role: 4,
      organ: "城东一网点",
      branchId: h.org.b1.id,
      outletId: h.org.o11.id,
      status: 1,
      initialized: 1,
      createTime: h.staff.outletRm.createdAt
    })
  })

  it("refuses a wrong password and an unknown user with the same answer", async () => {
    const wrong = await h.call("POST", "/api/sign_in", { body: { username: "admin", password: "nope" } })
    const unknown = await h.call("POST", "/api/sign_in", { body: { username: "ghost", password: "nope" } })
    expect(wrong.status).toBe(401)
    expect(wrong.json).toEqual(unknown.json)
  })

  it("answers 10003/401 for a wrong password without setting a cookie or a token", async () => {
    const r = await signInWith("admin", `${PASSWORD}x`)
    expect(r.status).toBe(401)
    expect(r.json).toEqual({
      code: 10003,
      msg: "wrong username or password, or too many attempts: wait a few minutes",
      data: null
    })
    expect(r.res.headers.get("set-cookie")).toBeNull()
  })

  it("each sign-in opens its own session with a distinct token", async () => {
    const a = await h.signIn("admin")
    const b = await h.signIn("admin")
    expect(a).not.toBe(b)
    for (const token of [a, b]) {
      expect((await h.call("GET", "/api/usermanage/user_detail", { token })).status).toBe(200)
    }
  })
})
