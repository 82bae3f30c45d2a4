/**
 * Logs never carry passwords or session tokens, whatever happens: sign-in, failed sign-in,
 * lockout, password changes, initialization, resets, validation failures and logout.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest"
import { logRequest, makeLogger } from "../src/infra/logger.js"
import { accountConfig, type Harness, INITIAL_PASSWORD, makeHarness, PASSWORD } from "./support/harness.js"

let h: Harness
let lines: string[]
beforeEach(async () => {
  lines = []
  h = await makeHarness({ logger: makeLogger("debug", (line) => lines.push(line)) })
})
afterEach(() => h.close())

const WRONG = "Wr0ng-Guess@secret"
const CHANGED = "Chang3d@Secret-2027"
const FIRST_OWN = "F1rst-Own@Secret"

const expectClean = (secrets: ReadonlyArray<string>) => {
  expect(lines.length).toBeGreaterThan(0)
  for (const secret of secrets) {
    const leaking = lines.filter((line) => line.includes(secret))
    expect(leaking, `a log line contains ${secret.slice(0, 4)}…`).toEqual([])
  }
}

describe("logs", () => {
  it("record each request as one JSON line with method, path, status and user, but no query string", async () => {
    const token = await h.signIn("admin")
    await h.call("GET", `/api/usermanage/user_detail?userId=${h.staff.bankRm.id}`, { token })
    const parsed = lines.map((l) => JSON.parse(l) as Record<string, unknown>)
    const request = parsed.filter((l) => l.event === "request")
    expect(request).toHaveLength(2)
    expect(request[0]).toMatchObject({ level: "info", method: "POST", path: "/api/sign_in", status: 200 })
    expect(request[1]).toMatchObject({
      method: "GET",
      path: "/api/usermanage/user_detail",
      status: 200,
      userId: h.staff.admin.id
    })
    expect(lines.join("\n")).not.toContain("userId=")
  })

  it("write a request line exactly as JSON.stringify writes it, fields in the same order", () => {
    const written: Array<string> = []
    const logger = makeLogger("info", (line) => written.push(line))
    const odd = '/api/a"b\\c\u00e9\u0001'
    logRequest(logger, "GET", odd, 404, performance.now(), undefined)
    logRequest(logger, "POST", "/api/sign_in", 200, performance.now() - 12.345, 7)
    const expected = written.map((line) => {
      const { time, method, path, status, ms, userId } = JSON.parse(line)
      return JSON.stringify({ time, level: "info", event: "request", method, path, status, ms, userId })
    })
    expect(written).toEqual(expected)
    expect(JSON.parse(written[0]!)).toMatchObject({ path: odd, status: 404 })
    expect(JSON.parse(written[1]!).ms).toBeGreaterThanOrEqual(12.3)
    expect(Date.parse(JSON.parse(written[1]!).time)).toBeGreaterThan(Date.now() - 60_000)
    logRequest(
      makeLogger("warn", (line) => written.push(line)),
      "GET",
      "/api/x",
      200,
      0,
      1
    )
    expect(written).toHaveLength(2)
  })

  it("never contain the password or the token after sign-in, a failed sign-in and throttling", async () => {
    const signIn = await h.call("POST", "/api/sign_in", { body: { username: "admin", password: PASSWORD } })
    const token = signIn.json.data.token as string
    await h.call("GET", "/api/usermanage/user_list", { token })
    await h.call("GET", "/api/usermanage/user_list", { headers: { cookie: `wm_session=${token}` } })
    for (let i = 0; i < accountConfig.maxFailedSignIns + 1; i++) {
      await h.call("POST", "/api/sign_in", { body: { username: "outlet_rm", password: WRONG } })
    }
    await h.call("POST", "/api/sign_in", { body: { username: "ghost", password: WRONG } })
    await h.call("GET", "/api/logout", { token })
    await h.call("GET", "/api/usermanage/user_list", { token })
    const refused = lines.filter((l) => l.includes('"path":"/api/sign_in"') && l.includes('"status":401'))
    expect(refused).toHaveLength(accountConfig.maxFailedSignIns + 2)
    expectClean([PASSWORD, WRONG, token])
  })

  it("never contain old or new passwords or tokens after a password change, initialization and a reset", async () => {
    const admin = await h.signIn("admin")
    const other = await h.signIn("admin")
    await h.call("POST", "/api/usermanage/password_modify", {
      token: admin,
      body: { pwd: PASSWORD, newPwd: CHANGED, newPwdConfirm: CHANGED }
    })
    await h.call("POST", "/api/usermanage/password_modify", {
      token: admin,
      body: { pwd: WRONG, newPwd: `${CHANGED}x`, newPwdConfirm: `${CHANGED}x` }
    })
    await h.call("GET", "/api/new_params", { token: other })

    const newcomer = await h.signIn("newcomer")
    await h.call("POST", "/api/usermanage/initialize_user", {
      token: newcomer,
      body: { pwd: PASSWORD, newPwd: FIRST_OWN, newPwdConfirm: FIRST_OWN }
    })
    await h.call("POST", "/api/usermanage/reset_password", { token: admin, body: { userId: h.staff.newcomer.id } })
    const again = await h.signIn("newcomer", INITIAL_PASSWORD)
    await h.call("GET", "/api/usermanage/user_detail", { token: again })

    expect(lines.some((l) => l.includes('"path":"/api/usermanage/password_modify"'))).toBe(true)
    expectClean([PASSWORD, CHANGED, WRONG, FIRST_OWN, INITIAL_PASSWORD, admin, other, newcomer, again])
  })

  it("never contain passwords sent in rejected or malformed bodies", async () => {
    const admin = await h.signIn("admin")
    await h.call("POST", "/api/sign_in", { body: { username: "x", password: WRONG } })
    await h.call("POST", "/api/sign_in", { rawBody: `{"username":"admin","password":"${WRONG}"` })
    await h.call("POST", "/api/usermanage/password_modify", {
      token: admin,
      body: { pwd: PASSWORD, newPwd: CHANGED, newPwdConfirm: WRONG }
    })
    await h.call("POST", "/api/usermanage/password_modify", {
      token: admin,
      body: { pwd: PASSWORD, newPwd: WRONG.repeat(20), newPwdConfirm: WRONG.repeat(20) }
    })
    expectClean([PASSWORD, CHANGED, WRONG, admin])
  })
})
