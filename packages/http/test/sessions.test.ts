import { afterEach, beforeEach, describe, expect, it } from "vitest"
import { accountConfig, type Harness, INITIAL_PASSWORD, makeHarness, PASSWORD } from "./support/harness.js"

let h: Harness
beforeEach(async () => {
  h = await makeHarness()
})
afterEach(() => h.close())

const me = (token: string) => h.call("GET", "/api/usermanage/user_detail", { token })

const expectNotSignedIn = (r: Awaited<ReturnType<Harness["call"]>>) => {
  expect(r.status).toBe(401)
  expect(r.json).toEqual({ code: 10002, msg: "not signed in", data: null })
}

/** The session token from the Set-Cookie header of a sign-in answer. */
const cookieToken = (res: Response) => res.headers.get("set-cookie")?.match(/wm_session=([^;]+)/)?.[1]

describe("how a session is presented", () => {
  it("the HttpOnly cookie set at sign-in authenticates requests", async () => {
    const signIn = await h.call("POST", "/api/sign_in", { body: { username: "branch_rm", password: PASSWORD } })
    const token = cookieToken(signIn.res)
    expect(token).toBe(signIn.json.data.token)
    const r = await h.call("GET", "/api/usermanage/user_detail", { headers: { cookie: `wm_session=${token}` } })
    expect(r.status).toBe(200)
    expect(r.json.data.username).toBe("branch_rm")
  })

  it("an Authorization: Bearer header authenticates requests", async () => {
    const token = await h.signIn("branch_rm")
    const r = await h.call("GET", "/api/usermanage/user_detail", { headers: { authorization: `Bearer ${token}` } })
    expect(r.status).toBe(200)
    expect(r.json.data.username).toBe("branch_rm")
  })

  it("the session cookie's lifetime is the absolute session expiry", async () => {
    const signIn = await h.call("POST", "/api/sign_in", { body: { username: "branch_rm", password: PASSWORD } })
    const cookie = signIn.res.headers.get("set-cookie")!
    expect(cookie).toContain(`Max-Age=${accountConfig.sessionAbsoluteMs / 1000}`)
    expect(cookie).toMatch(/SameSite=Lax/i)
    expect(cookie).toMatch(/Path=\//)
  })

  it.each([
    ["no token at all", {}],
    ["an unknown bearer token", { authorization: "Bearer not-a-real-token" }],
    ["an unknown cookie", { cookie: "wm_session=not-a-real-token" }],
    ["a malformed authorization header", { authorization: "Basic YWRtaW46cGFzcw==" }]
  ])("answers 10002/401 with %s", async (_, headers) => {
    expectNotSignedIn(await h.call("GET", "/api/usermanage/user_detail", { headers }))
  })
})

describe("session expiry", () => {
  it("a session unused for longer than the idle limit answers 10002/401", async () => {
    const token = await h.signIn("admin")
    h.clock.advance(accountConfig.sessionIdleMs + 1)
    expectNotSignedIn(await me(token))
  })

  it("a session used within the idle limit stays open, and use pushes the idle limit out", async () => {
    const token = await h.signIn("admin")
    for (let i = 0; i < 4; i++) {
      h.clock.advance(accountConfig.sessionIdleMs - 60_000)
      expect((await me(token)).status).toBe(200)
    }
  })

  it("an expired session stays closed even if the clock were to allow it again", async () => {
    const token = await h.signIn("admin")
    h.clock.advance(accountConfig.sessionIdleMs + 1)
    expectNotSignedIn(await me(token))
    // The session was deleted: a request right after is still refused.
    expectNotSignedIn(await me(token))
  })

  it("a busy session still ends at the absolute limit after sign-in", async () => {
    const token = await h.signIn("admin")
    const step = accountConfig.sessionIdleMs / 2
    let elapsed = 0
    while (elapsed + step <= accountConfig.sessionAbsoluteMs) {
      h.clock.advance(step)
      elapsed += step
      expect((await me(token)).status, `at ${elapsed} ms`).toBe(200)
    }
    h.clock.advance(accountConfig.sessionAbsoluteMs - elapsed + 1)
    expectNotSignedIn(await me(token))
  })

  it("after expiry the user can sign in again", async () => {
    const token = await h.signIn("admin")
    h.clock.advance(accountConfig.sessionAbsoluteMs + 1)
    expectNotSignedIn(await me(token))
    expect((await me(await h.signIn("admin"))).status).toBe(200)
  })
})

describe("logout", () => {
  it("revokes the session: the same token then answers 10002/401", async () => {
    const token = await h.signIn("admin")
    const out = await h.call("GET", "/api/logout", { token })
    expect(out.status).toBe(200)
    expect(out.json).toEqual({ code: 10000, msg: "success", data: null })
    expectNotSignedIn(await me(token))
  })

  it("clears the session cookie", async () => {
    const token = await h.signIn("admin")
    const out = await h.call("GET", "/api/logout", { headers: { cookie: `wm_session=${token}` } })
    expect(out.res.headers.get("set-cookie")).toMatch(/wm_session=;.*Max-Age=0/)
    expectNotSignedIn(
      await h.call("GET", "/api/usermanage/user_detail", { headers: { cookie: `wm_session=${token}` } })
    )
  })

  it("revokes only that session: the user's other sessions stay open", async () => {
    const a = await h.signIn("admin")
    const b = await h.signIn("admin")
    await h.call("GET", "/api/logout", { token: a })
    expectNotSignedIn(await me(a))
    expect((await me(b)).status).toBe(200)
  })

  it("without a session answers 10002/401", async () => {
    expectNotSignedIn(await h.call("GET", "/api/logout"))
  })

  it("works for a user who still has the initial password", async () => {
    const token = await h.signIn("newcomer")
    expect((await h.call("GET", "/api/logout", { token })).json.code).toBe(10000)
    expectNotSignedIn(await h.call("POST", "/api/usermanage/initialize_user", { token, body: {} }))
  })
})

describe("password_modify", () => {
  const NEW = "Changed-Quiet-2027"
  const change = (token: string, body: Record<string, string>) =>
    h.call("POST", "/api/usermanage/password_modify", { token, body })

  it("revokes the user's other sessions but keeps the caller's", async () => {
    const caller = await h.signIn("branch_rm")
    const other = await h.signIn("branch_rm")
    const someoneElse = await h.signIn("outlet_rm")
    const r = await change(caller, { pwd: PASSWORD, newPwd: NEW, newPwdConfirm: NEW })
    expect(r.status).toBe(200)
    expect(r.json.code).toBe(10000)
    expect((await me(caller)).status).toBe(200)
    expectNotSignedIn(await me(other))
    expect((await me(someoneElse)).status).toBe(200)
  })

  it("the new password signs in and the old one no longer does", async () => {
    const token = await h.signIn("branch_rm")
    await change(token, { pwd: PASSWORD, newPwd: NEW, newPwdConfirm: NEW })
    expect(
      (await h.call("POST", "/api/sign_in", { body: { username: "branch_rm", password: PASSWORD } })).json.code
    ).toBe(10003)
    expect((await h.call("POST", "/api/sign_in", { body: { username: "branch_rm", password: NEW } })).json.code).toBe(
      10000
    )
  })

  it.each([
    ["a wrong current password", { pwd: "Wrong@2026", newPwd: NEW, newPwdConfirm: NEW }, "pwd"],
    ["a confirmation that differs", { pwd: PASSWORD, newPwd: NEW, newPwdConfirm: `${NEW}x` }, "newPwdConfirm"],
    ["a new password that is too short", { pwd: PASSWORD, newPwd: "Ab1-short", newPwdConfirm: "Ab1-short" }, "newPwd"],
    ["a common password", { pwd: PASSWORD, newPwd: "Password2026!", newPwdConfirm: "Password2026!" }, "newPwd"],
    ["the username", { pwd: PASSWORD, newPwd: "Branch_RM-2026", newPwdConfirm: "Branch_RM-2026" }, "newPwd"],
    ["the published demo password", { pwd: PASSWORD, newPwd: "Demo@2026", newPwdConfirm: "Demo@2026" }, "newPwd"],
    ["the current password again", { pwd: PASSWORD, newPwd: PASSWORD, newPwdConfirm: PASSWORD }, "newPwd"]
  ])("refuses %s with 10001 naming the field, changing nothing", async (_, body, field) => {
    const caller = await h.signIn("branch_rm")
    const other = await h.signIn("branch_rm")
    const r = await change(caller, body)
    expect(r.status).toBe(400)
    expect(r.json.code).toBe(10001)
    expect(r.json.data).toEqual({ field })
    expect(r.json.msg.startsWith(`${field}:`)).toBe(true)
    expect((await me(other)).status).toBe(200)
    expect(
      (await h.call("POST", "/api/sign_in", { body: { username: "branch_rm", password: PASSWORD } })).json.code
    ).toBe(10000)
  })
})

describe("initialization required", () => {
  const NEW = "Mine-Quiet-2027x"

  /** Every route an uninitialized user must not reach, with a body valid enough to pass validation. */
  const guarded: ReadonlyArray<readonly [string, string, Record<string, unknown> | undefined]> = [
    ["GET", "/api/usermanage/user_list", undefined],
    ["GET", "/api/usermanage/user_detail", undefined],
    ["POST", "/api/usermanage/user_detail", { userId: 1, name: "x", role: 5, subbranchId: 1, outletId: 0 }],
    ["POST", "/api/usermanage/password_modify", { pwd: PASSWORD, newPwd: NEW, newPwdConfirm: NEW }],
    ["POST", "/api/usermanage/create_user", { username: "zz", name: "z", role: 5, subbranchId: 1, outletId: 0 }],
    ["POST", "/api/usermanage/delete_user", { userId: 1 }],
    ["POST", "/api/usermanage/reset_password", { userId: 1 }],
    ["GET", "/api/new_params", undefined],
    ["POST", "/api/organ/add", { outletName: "n", outletCode: "N1", branchCode: "B1", branchName: "城东支行" }],
    ["POST", "/api/organ/change_name", { outletCode: "B1O1", outletName: "a", branchName: "b" }],
    ["POST", "/api/organ/change_branch", { outletCode: "B1O1", branchCode: "B2" }],
    ["POST", "/api/organ/merge", { outletCode: "B1O1", newOutletCode: "B1O2" }],
    ["POST", "/api/organ/delete", { code: "B1O2" }],
    ["GET", "/api/organ/list", undefined],
    ["GET", "/api/organ/detail?code=B1O1", undefined]
  ]

  it.each(guarded)("%s %s answers 10005/403 until the password is changed", async (method, path, body) => {
    const token = await h.signIn("newcomer")
    const r = await h.call(method, path, { token, body })
    expect(r.status).toBe(403)
    expect(r.json.code).toBe(10005)
    expect(r.json.msg).toMatch(/initialize_user/)
  })

  it("answers 10005 before validating parameters (an empty body does not reveal the schema)", async () => {
    const token = await h.signIn("newcomer")
    const r = await h.call("POST", "/api/usermanage/create_user", { token, body: {} })
    expect(r.json.code).toBe(10005)
  })

  it("sign-in answers initialized 0 for the newcomer", async () => {
    const r = await h.call("POST", "/api/sign_in", { body: { username: "newcomer", password: PASSWORD } })
    expect(r.json.code).toBe(10000)
    expect(r.json.data.initialized).toBe(0)
  })

  it("initialize_user sets the password; then the other routes work and sign-in says initialized 1", async () => {
    const token = await h.signIn("newcomer")
    const r = await h.call("POST", "/api/usermanage/initialize_user", {
      token,
      body: { pwd: PASSWORD, newPwd: NEW, newPwdConfirm: NEW }
    })
    expect(r.status).toBe(200)
    expect(r.json.code).toBe(10000)
    const detail = await me(token)
    expect(detail.status).toBe(200)
    expect(detail.json.data).toMatchObject({ username: "newcomer", initialized: 1 })
    expect((await h.call("GET", "/api/new_params", { token })).json.code).toBe(10000)
    expect((await h.call("GET", "/api/organ/list", { token })).json.code).toBe(10000)
    const again = await h.call("POST", "/api/sign_in", { body: { username: "newcomer", password: NEW } })
    expect(again.json.data.initialized).toBe(1)
  })

  it("initialize_user refuses a wrong current password and keeps the user uninitialized", async () => {
    const token = await h.signIn("newcomer")
    const r = await h.call("POST", "/api/usermanage/initialize_user", {
      token,
      body: { pwd: "Wrong@2026", newPwd: NEW, newPwdConfirm: NEW }
    })
    expect(r.status).toBe(400)
    expect(r.json.data).toEqual({ field: "pwd" })
    expect((await me(token)).json.code).toBe(10005)
  })

  it("initialize_user refuses keeping the initial password", async () => {
    const token = await h.signIn("newcomer")
    const r = await h.call("POST", "/api/usermanage/initialize_user", {
      token,
      body: { pwd: PASSWORD, newPwd: PASSWORD, newPwdConfirm: PASSWORD }
    })
    expect(r.json.code).toBe(10001)
    expect((await me(token)).json.code).toBe(10005)
  })

  it("initialize_user needs a session", async () => {
    expectNotSignedIn(
      await h.call("POST", "/api/usermanage/initialize_user", {
        body: { pwd: PASSWORD, newPwd: NEW, newPwdConfirm: NEW }
      })
    )
  })
})

describe("reset_password", () => {
  it("makes the user uninitialized with the initial password and revokes its sessions", async () => {
    const admin = await h.signIn("admin")
    const victim = await h.signIn("outlet_rm")
    const r = await h.call("POST", "/api/usermanage/reset_password", {
      token: admin,
      body: { userId: h.staff.outletRm.id }
    })
    expect(r.status).toBe(200)
    expect(r.json.code).toBe(10000)
    expectNotSignedIn(await me(victim))

    const detail = await h.call("GET", `/api/usermanage/user_detail?userId=${h.staff.outletRm.id}`, { token: admin })
    expect(detail.json.data.initialized).toBe(0)

    const old = await h.call("POST", "/api/sign_in", { body: { username: "outlet_rm", password: PASSWORD } })
    expect(old.json.code).toBe(10003)
    const fresh = await h.call("POST", "/api/sign_in", {
      body: { username: "outlet_rm", password: INITIAL_PASSWORD }
    })
    expect(fresh.json.code).toBe(10000)
    expect(fresh.json.data.initialized).toBe(0)
    expect((await me(fresh.json.data.token)).json.code).toBe(10005)
  })

  it("does not lift the throttling of an address that guessed wrong", async () => {
    const guesser = "203.0.113.5"
    for (let i = 0; i < accountConfig.maxFailedSignIns; i++) {
      await h.call("POST", "/api/sign_in", {
        body: { username: "outlet_rm", password: "wrong-password-1" },
        address: guesser
      })
    }
    const admin = await h.signIn("admin")
    await h.call("POST", "/api/usermanage/reset_password", { token: admin, body: { userId: h.staff.outletRm.id } })
    const body = { username: "outlet_rm", password: INITIAL_PASSWORD }
    expect((await h.call("POST", "/api/sign_in", { body, address: guesser })).json.code).toBe(10003)
    expect((await h.call("POST", "/api/sign_in", { body, address: "10.0.0.8" })).json.code).toBe(10000)
  })

  it("refuses resetting one's own password (use password_modify)", async () => {
    const admin = await h.signIn("admin")
    const r = await h.call("POST", "/api/usermanage/reset_password", {
      token: admin,
      body: { userId: h.staff.admin.id }
    })
    expect(r.status).toBe(409)
    expect(r.json.code).toBe(10008)
    expect((await me(admin)).status).toBe(200)
  })
})

describe("user deletion", () => {
  it("ends the deleted user's sessions", async () => {
    const admin = await h.signIn("admin")
    const victim = await h.signIn("branch_rm")
    const r = await h.call("POST", "/api/usermanage/delete_user", {
      token: admin,
      body: { userId: h.staff.branchRm.id }
    })
    expect(r.json.code).toBe(10000)
    expectNotSignedIn(await me(victim))
    expect(
      (await h.call("POST", "/api/sign_in", { body: { username: "branch_rm", password: PASSWORD } })).json.code
    ).toBe(10003)
  })
})
