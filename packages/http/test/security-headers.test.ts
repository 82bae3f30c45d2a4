/**
 * Security headers on every answer, the strict CSP of /docs, no-store on API answers, the Secure session cookie
 * over HTTPS, and the client address behind trusted proxies only.
 */
import { Hono } from "hono"
import { secureHeaders } from "hono/secure-headers"
import { afterEach, describe, expect, it } from "vitest"
import { SECURITY_HEADERS } from "../src/infra/answerHeaders.js"
import { type Harness, makeHarness, PASSWORD } from "./support/harness.js"

let h: Harness
afterEach(() => h.close())

const credentials = { username: "admin", password: PASSWORD }

describe("headers", () => {
  it.each([
    ["GET", "/api/organ/list"],
    ["POST", "/api/sign_in"],
    ["GET", "/api/no/such/route"],
    ["GET", "/healthz"],
    ["GET", "/openapi.json"],
    ["GET", "/docs"]
  ])("%s %s answers with nosniff, frame deny and a CSP forbidding framing", async (method, path) => {
    h = await makeHarness()
    const res = await h.app.request(path, { method })
    expect(res.headers.get("x-content-type-options")).toBe("nosniff")
    expect(res.headers.get("x-frame-options")).toBe("DENY")
    expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'")
  })

  it("are exactly the headers hono's secureHeaders sets with our options", async () => {
    const reference = new Hono()
    reference.use(
      secureHeaders({
        xFrameOptions: "DENY",
        contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] }
      })
    )
    reference.get("/", (c) => c.body(null))
    const expected = [...(await reference.request("/")).headers]
    const lower = (list: ReadonlyArray<readonly [string, string]>) =>
      list.map(([k, v]) => [k.toLowerCase(), v]).sort(([a], [b]) => (a! < b! ? -1 : 1))
    expect(lower(SECURITY_HEADERS)).toEqual(lower(expected))
    h = await makeHarness()
    const answer = await h.app.request("/api/organ/list")
    for (const [name, value] of SECURITY_HEADERS) expect(answer.headers.get(name)).toBe(value)
  })

  it("API answers, successes and failures, are never stored", async () => {
    h = await makeHarness()
    const ok = await h.call("POST", "/api/sign_in", { body: credentials })
    const refused = await h.call("GET", "/api/usermanage/user_list")
    expect(ok.res.headers.get("cache-control")).toBe("no-store")
    expect(refused.res.headers.get("cache-control")).toBe("no-store")
  })

  it("/docs and its files allow this server's own scripts, styles and fetches only: nothing inline, no frame, no form", async () => {
    h = await makeHarness()
    const page = await h.app.request("/docs")
    const html = await page.text()
    const assets = [...html.matchAll(/(?:src|href)="(\/docs\/assets\/[^"]+)"/g)].map((m) => m[1]!)
    expect(assets).toEqual([
      "/docs/assets/swagger-ui.css",
      "/docs/assets/swagger-ui-bundle.js",
      "/docs/assets/start.js"
    ])
    // Every script is a file of this server, and no style is inline.
    expect(html.match(/<script[^>]*>/g)).toEqual(
      assets.filter((a) => a.endsWith(".js")).map((a) => `<script src="${a}">`)
    )
    expect(html).not.toMatch(/<style|style=/)
    const expected = [
      "default-src 'none'",
      "script-src 'self'",
      "style-src 'self'",
      "img-src 'self' data:",
      "connect-src 'self'",
      "base-uri 'none'",
      "form-action 'none'",
      "frame-ancestors 'none'"
    ].sort()
    for (const res of [page, ...(await Promise.all(assets.map((a) => h.app.request(a))))]) {
      expect(res.status).toBe(200)
      expect(res.headers.get("content-security-policy")!.split("; ").sort()).toEqual(expected)
      expect(res.headers.get("x-content-type-options")).toBe("nosniff")
    }
  })

  it("/docs serves Swagger UI from the installed package, with the types browsers need under nosniff", async () => {
    h = await makeHarness()
    const bundle = await h.app.request("/docs/assets/swagger-ui-bundle.js")
    expect(bundle.headers.get("content-type")).toMatch(/^text\/javascript/)
    expect(await bundle.text()).toContain("SwaggerUIBundle")
    const style = await h.app.request("/docs/assets/swagger-ui.css")
    expect(style.headers.get("content-type")).toMatch(/^text\/css/)
    const start = await (await h.app.request("/docs/assets/start.js")).text()
    expect(start).toContain('url: "/openapi.json"')
    expect(start).toContain("validatorUrl: null")
    const unknown = await h.app.request("/docs/assets/../../package.json")
    expect(unknown.status).toBe(404)
    expect((await h.app.request("/docs/assets/index.html")).status).toBe(404)
  })
})

describe("the session cookie", () => {
  const cookieOf = (r: { res: Response }) => r.res.headers.get("set-cookie") ?? ""

  it("is Secure when the request came over HTTPS, and not over plain HTTP", async () => {
    h = await makeHarness()
    expect(cookieOf(await h.call("POST", "https://bank.test/api/sign_in", { body: credentials }))).toMatch(/; Secure/)
    expect(cookieOf(await h.call("POST", "http://bank.test/api/sign_in", { body: credentials }))).not.toMatch(/Secure/)
  })

  it("is Secure when a trusted proxy says the client used HTTPS; the same header from anyone else is ignored", async () => {
    h = await makeHarness({ trustedProxies: ["10.0.0.1"] })
    const via = (address: string) =>
      h.call("POST", "/api/sign_in", { body: credentials, address, headers: { "x-forwarded-proto": "https" } })
    expect(cookieOf(await via("10.0.0.1"))).toMatch(/; Secure/)
    expect(cookieOf(await via("203.0.113.9"))).not.toMatch(/Secure/)
  })
})

describe("the client address", () => {
  /** The address the audit trail recorded for the last sign-in of `username`. */
  const recorded = async (username: string) => {
    const token = await h.signIn("admin")
    const r = await h.call("GET", "/api/audit?kind=sign_in,sign_in_failed&count=100", { token })
    return (r.json.data.auditList as Array<{ username: string; address: string }>).find((e) => e.username === username)
      ?.address
  }
  const signInVia = (peer: string, forwardedFor: string, username = "branch_rm") =>
    h.call("POST", "/api/sign_in", {
      body: { username, password: PASSWORD },
      address: peer,
      headers: { "x-forwarded-for": forwardedFor }
    })

  it("is the forwarded one behind a trusted proxy, skipping trusted hops", async () => {
    h = await makeHarness({ trustedProxies: ["10.0.0.0/8", "::1"] })
    await signInVia("::ffff:10.0.0.1", "198.51.100.7, 10.2.3.4")
    expect(await recorded("branch_rm")).toBe("198.51.100.7")
  })

  it("is the socket's when the peer is not a trusted proxy, whatever X-Forwarded-For claims", async () => {
    h = await makeHarness({ trustedProxies: ["10.0.0.1"] })
    await signInVia("203.0.113.9", "198.51.100.7")
    expect(await recorded("branch_rm")).toBe("203.0.113.9")
  })

  it("a guesser cannot dodge the throttle by inventing X-Forwarded-For values", async () => {
    h = await makeHarness()
    for (let i = 0; i < 5; i++) {
      await h.call("POST", "/api/sign_in", {
        body: { username: "outlet_rm", password: `Wrong-${i}-guess` },
        address: "203.0.113.9",
        headers: { "x-forwarded-for": `198.51.100.${i}` }
      })
    }
    const r = await signInVia("203.0.113.9", "198.51.100.200", "outlet_rm")
    expect(r.json.code).toBe(10003)
  })
})
