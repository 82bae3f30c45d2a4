import { afterEach, beforeEach, describe, expect, it } from "vitest"
import { accountConfig, type Harness, makeHarness, PASSWORD } from "./support/harness.js"

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
    expect(r.json).toEqual({ code: 10003, msg: "wrong username or password", data: null })
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

describe("lockout after repeated failed sign-ins", () => {
  const threshold = accountConfig.maxFailedSignIns

  const failUntilLocked = async (username: string) => {
    const answers = []
    for (let i = 0; i < threshold; i++) answers.push(await signInWith(username, "wrong-password-1"))
    return answers
  }

  it(`answers 10003 for the first ${threshold - 1} failures and 10004/423 at failure ${threshold}`, async () => {
    const answers = await failUntilLocked("outlet_rm")
    expect(answers.slice(0, -1).map((r) => [r.status, r.json.code])).toEqual(
      Array.from({ length: threshold - 1 }, () => [401, 10003])
    )
    const last = answers.at(-1)!
    expect(last.status).toBe(423)
    expect(last.json.code).toBe(10004)
    expect(last.json.msg).toMatch(/locked/)
  })

  it("a locked account answers 10004/423 even with the right password, and sets no session", async () => {
    await failUntilLocked("outlet_rm")
    const r = await signInWith("outlet_rm", PASSWORD)
    expect(r.status).toBe(423)
    expect(r.json.code).toBe(10004)
    expect(r.json.data).toBeNull()
    expect(r.res.headers.get("set-cookie")).toBeNull()
  })

  it("the admin sees the locked user with status 0 until the lock expires", async () => {
    await failUntilLocked("outlet_rm")
    const admin = await h.signIn("admin")
    const path = `/api/usermanage/user_detail?userId=${h.staff.outletRm.id}`
    expect((await h.call("GET", path, { token: admin })).json.data.status).toBe(0)
    h.clock.advance(accountConfig.lockoutMs + 1)
    expect((await h.call("GET", path, { token: admin })).json.data.status).toBe(1)
  })

  it("the lock expires after lockoutMs: the right password then signs in", async () => {
    await failUntilLocked("outlet_rm")
    h.clock.advance(accountConfig.lockoutMs - 1_000)
    expect((await signInWith("outlet_rm", PASSWORD)).json.code).toBe(10004)
    h.clock.advance(1_001)
    const r = await signInWith("outlet_rm", PASSWORD)
    expect(r.status).toBe(200)
    expect(r.json.code).toBe(10000)
  })

  it("after the lock expires the failure count starts again from zero", async () => {
    await failUntilLocked("outlet_rm")
    h.clock.advance(accountConfig.lockoutMs + 1)
    for (let i = 0; i < threshold - 1; i++) {
      expect((await signInWith("outlet_rm", "wrong-password-1")).json.code).toBe(10003)
    }
    expect((await signInWith("outlet_rm", PASSWORD)).json.code).toBe(10000)
  })

  it("a successful sign-in resets the failure count", async () => {
    for (let i = 0; i < threshold - 1; i++) await signInWith("outlet_rm", "wrong-password-1")
    expect((await signInWith("outlet_rm", PASSWORD)).json.code).toBe(10000)
    for (let i = 0; i < threshold - 1; i++) {
      expect((await signInWith("outlet_rm", "wrong-password-1")).json.code).toBe(10003)
    }
  })

  it("locks only the account that failed, not others", async () => {
    await failUntilLocked("outlet_rm")
    expect((await signInWith("branch_rm", PASSWORD)).json.code).toBe(10000)
  })

  it("an already open session keeps working while the account is locked", async () => {
    const token = await h.signIn("outlet_rm")
    await failUntilLocked("outlet_rm")
    expect((await h.call("GET", "/api/usermanage/user_detail", { token })).status).toBe(200)
  })
})
