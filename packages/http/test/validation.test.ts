/**
 * Every route's parameters, driven from the route table: a missing, a mistyped or a malformed
 * parameter answers HTTP 400 with code 10001 and names the field, and never 500.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest"
import { type CallResult, type Harness, makeHarness } from "./support/harness.js"
import { type Caller, ROUTES, type RouteSpec, request, tokenFor } from "./support/routes.js"

const label = (r: RouteSpec) => `${r.method} ${r.path}`

const expectInvalid = (r: CallResult, field: string) => {
  expect(r.status, JSON.stringify(r.json)).toBe(400)
  expect(r.json.code).toBe(10001)
  expect(r.json.data).toEqual({ field })
  expect(r.json.msg.startsWith(`${field}: `), r.json.msg).toBe(true)
  expect(r.json.msg.length).toBeGreaterThan(`${field}: `.length)
}

const withParams = ROUTES.filter((r) => r.required.length + r.optional.length > 0)
const missingCases = ROUTES.flatMap((route) => route.required.map((field) => [label(route), field, route] as const))
const mistypedCases = ROUTES.flatMap((route) =>
  route.mistyped.map(([field, value]) => [label(route), field, JSON.stringify(value), value, route] as const)
)
/** Routes that take a body (organ/update takes none; every field of company/recommand is optional). */
const bodyRoutes = ROUTES.filter((r) => r.method !== "GET" && r.required.length + r.optional.length > 0)
const postRoutes = bodyRoutes.filter((r) => r.required.length > 0).map((r) => [label(r), r] as const)
const notObjects = ["{oops", '{"username": "admin",', "[]", "[1, 2]", "null", "42", '"a string"', "true"]
const malformedCases = bodyRoutes.flatMap((route) => notObjects.map((raw) => [label(route), raw, route] as const))

describe("invalid parameters (one shared bank: nothing here may change it)", () => {
  let h: Harness
  const tokens = new Map<Caller, string | undefined>()
  beforeAll(async () => {
    h = await makeHarness()
    for (const caller of ["nobody", "admin", "newcomer"] as const) tokens.set(caller, await tokenFor(h, caller))
  })
  afterAll(() => h.close())

  const send = (route: RouteSpec, params: Record<string, unknown>) => {
    const { path, body, form } = request(route, params)
    return h.call(route.method, path, { token: tokens.get(route.caller), body, form })
  }

  it("the table covers the 65 documented routes", () => {
    expect(new Set(ROUTES.map(label)).size).toBe(65)
    expect(withParams).toHaveLength(56)
  })

  it.each(missingCases)("%s without %s answers 400/10001 naming it", async (_, field, route) => {
    const params = { ...route.valid(h) }
    delete params[field]
    expectInvalid(await send(route, params), field)
  })

  it.each(mistypedCases)("%s with %s = %s answers 400/10001 naming it", async (_, field, __, value, route) => {
    expectInvalid(await send(route, { ...route.valid(h), [field]: value }), field)
  })

  it.each(postRoutes)("%s with no body at all answers 400/10001 naming the first required field", async (_, route) => {
    const r = await h.call(route.method, route.path, { token: tokens.get(route.caller) })
    expectInvalid(r, route.required[0]!)
  })

  it.each(malformedCases)("%s with the body %s answers 400/10001 naming the body", async (_, rawBody, route) => {
    expectInvalid(await h.call(route.method, route.path, { token: tokens.get(route.caller), rawBody }), "body")
  })

  it.each(postRoutes)("%s validates a form-encoded body the same way", async (_, route) => {
    const params = { ...route.valid(h) }
    const [first, ...rest] = route.required
    delete params[first!]
    const token = tokens.get(route.caller)
    const res = await h.app.request(route.path, {
      method: route.method,
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        "accept-language": "en",
        ...(token === undefined ? {} : { authorization: `Bearer ${token}` })
      },
      body: new URLSearchParams(Object.entries(params).map(([k, v]): [string, string] => [k, String(v)])).toString()
    })
    expectInvalid({ status: res.status, json: (await res.json()) as CallResult["json"], res }, first!)
    expect(rest.every((f) => f in params)).toBe(true)
  })

  it("a body over 1 MiB answers 400/10001", async () => {
    const token = tokens.get("admin")
    const r = await h.call("POST", "/api/organ/delete", {
      token,
      rawBody: JSON.stringify({ code: "x".repeat(1_100_000) })
    })
    expect(r.status).toBe(400)
    expect(r.json.code).toBe(10001)
    expect(r.json.msg).toMatch(/^body: /)
  })

  it("blank query values count as absent: a blank required one is missing, blank paging takes defaults", async () => {
    const token = tokens.get("admin")
    expectInvalid(await h.call("GET", "/api/organ/detail?code=%20%20", { token }), "code")
    const list = await h.call("GET", "/api/organ/list?page=&count=&keyword=", { token })
    expect(list.json.code).toBe(10000)
    expect(list.json.data.total).toBe(3)
  })

  it("numbers may come as decimal text in JSON bodies and query strings", async () => {
    const token = tokens.get("admin")
    const detail = await h.call("GET", `/api/usermanage/user_detail?userId=%20${h.staff.bankRm.id}%20`, { token })
    expect(detail.json.data?.username).toBe("bank_rm")
    const list = await h.call("GET", "/api/organ/list?page=2&count=2", { token })
    expect(list.json.data.outletList).toHaveLength(1)
  })

  it("authentication comes before validation: without a session a bad body answers 10002, not 10001", async () => {
    const r = await h.call("POST", "/api/organ/delete", { rawBody: "{oops" })
    expect(r.status).toBe(401)
    expect(r.json.code).toBe(10002)
  })

  it.each([
    ["/api/sign_in", "password", { username: "admin", password: "Leaked@Secret-1".repeat(10) }],
    ["/api/sign_in", "password", { username: "admin", password: 98765432123 }],
    ["/api/usermanage/password_modify", "pwd", { pwd: "Leaked@Secret-1".repeat(10), newPwd: "a", newPwdConfirm: "a" }],
    ["/api/usermanage/password_modify", "newPwd", { pwd: "x", newPwd: 98765432123, newPwdConfirm: "a" }],
    ["/api/usermanage/password_modify", "newPwdConfirm", { pwd: "x", newPwd: "y", newPwdConfirm: [98765432123] }]
  ])("a rejected %s value is not echoed in the answer (%s)", async (path, field, body) => {
    const r = await h.call("POST", path, { token: tokens.get("admin"), body })
    expectInvalid(r, field)
    const sent = (body as Record<string, unknown>)[field]
    const text = JSON.stringify(r.json)
    expect(text).not.toContain("Leaked@Secret")
    expect(text).not.toContain("98765432123")
    expect(String(sent).length).toBeGreaterThan(5)
  })

  it("an invalid role is explained as 1–5, not as the first literal", async () => {
    const r = await h.call("POST", "/api/usermanage/create_user", {
      token: tokens.get("admin"),
      body: { username: "abc", name: "x", role: 9 }
    })
    expectInvalid(r, "role")
    expect(r.json.msg).toBe("role: must be 1, 2, 3, 4 or 5")
  })

  it("an id given as non-numeric text is explained as an integer, not as 'Expected number'", async () => {
    const r = await h.call("GET", "/api/usermanage/user_list?page=abc", { token: tokens.get("admin") })
    expect(r.json.msg).toBe("page: must be an integer")
  })
})

describe("valid parameters pass validation", () => {
  let h: Harness
  beforeEach(async () => {
    h = await makeHarness()
  })
  afterEach(() => h.close())

  it.each(ROUTES.map((r) => [label(r), r] as const))("%s accepts the table's valid parameter set", async (_, route) => {
    await route.setup?.(h)
    const token = await tokenFor(h, route.caller)
    const { path, body, form } = request(route, { ...route.valid(h), unknownExtra: "ignored" })
    if (route.file) {
      const res = await h.app.request(path, {
        headers: token === undefined ? {} : { authorization: `Bearer ${token}` }
      })
      expect(res.status).toBe(200)
      return
    }
    const r = await h.call(route.method, path, { token, body, form })
    expect(r.status, JSON.stringify(r.json)).toBe(200)
    expect(r.json.code).toBe(10000)
  })
})
