import { afterEach, beforeEach, describe, expect, it } from "vitest"
import { type Harness, makeHarness, PASSWORD } from "./support/harness.js"

let h: Harness
beforeEach(async () => {
  h = await makeHarness()
})
afterEach(() => h.close())

describe("sign-in", () => {
  it("answers the user and a token, and sets an HttpOnly session cookie", async () => {
    const r = await h.call("POST", "/api/sign_in", { body: { username: "admin", password: PASSWORD } })
    expect(r.status).toBe(200)
    expect(r.json.code).toBe(10000)
    expect(r.json.data).toMatchObject({ username: "admin", role: 1, initialized: 1, organ: "分行" })
    expect(typeof r.json.data.token).toBe("string")
    expect(r.res.headers.get("set-cookie")).toMatch(/wm_session=.+HttpOnly/)
  })

  it("refuses a wrong password and an unknown user with the same answer", async () => {
    const wrong = await h.call("POST", "/api/sign_in", { body: { username: "admin", password: "nope" } })
    const unknown = await h.call("POST", "/api/sign_in", { body: { username: "ghost", password: "nope" } })
    expect(wrong.status).toBe(401)
    expect(wrong.json).toEqual(unknown.json)
  })
})
