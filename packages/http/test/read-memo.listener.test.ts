/**
 * The Node entry's kept answers (infra/keptAnswers.ts) on a real listener (support/keptListener.ts): every kept
 * route's second read is sent before Hono, as the same bytes and log line as the full read; a request that reads
 * otherwise (query, language, method, path spelling, cookies, Host) or whose session may not be used as it stands
 * reaches Hono. What a write or the clock does to a kept answer: read-memo.listener.changes.test.ts.
 */
import { describe, expect, it } from "vitest"
import { makeApp } from "../src/app.js"
import { makeLogger } from "../src/infra/logger.js"
import { accountConfig } from "./support/harness.js"
import { bearer, both, h, keeps, lastRequestLine, ourLines, PORTRAIT, useKeptListener } from "./support/keptListener.js"

useKeptListener()

/** A request of every route declared `memo`, answered 200 on the test bank (match needs products: see matching). */
const READS = [
  PORTRAIT,
  "/api/company/detail_1?id=C1",
  "/api/company/search?page=1&count=10",
  "/api/company/suggestion?keyword=C",
  "/api/company/trade_history?companyId=C1&page=1&count=10",
  "/api/company/configrecent",
  "/api/company/focus?page=1&count=10",
  "/api/company/marketing?code=C1&page=1&count=10",
  "/api/financial/hold_products?page=1&count=10",
  "/api/financial/trade_flow?page=1&count=10",
  "/api/financial/peer_products?page=1&count=10",
  "/api/products?page=1&count=10",
  "/api/products_1?limit=10",
  "/api/product/suggestion?keyword=P",
  "/api/listed_company?page=1&count=10",
  "/api/organ/list?page=1&count=10",
  "/api/organ/detail?code=B1O1",
  "/api/new_params",
  "/api/params",
  "/api/statistics/history_list",
  "/api/statistics/hold_list",
  "/api/statistics/history_top",
  "/api/statistics/hold_top",
  "/api/statistics/login",
  "/api/company/match_model",
  "/api/company/recent_products?page=1&count=10",
  "/api/financial/today_products?page=1&count=10",
  "/api/statistics/conversion_rate",
  "/api/organ/status",
  "/api/updatedatastatus/all",
  "/api/usermanage/user_list?page=1&count=10",
  "/api/usermanage/user_detail?userId=5",
  "/api/download/download_list?page=1&count=10"
]

describe("the Node entry sends a kept answer before Hono", () => {
  it.each(READS)("for the second read of %s, the same bytes and log line as the full read", async (path) => {
    const token = await h.signIn("admin")
    const first = await both(path, bearer(token))
    expect(first).toMatchObject({ status: 200, fast: false })
    const second = await both(path, bearer(token))
    expect(second).toMatchObject({ status: 200, fast: keeps() })
    expect(second.body).toBe(first.body)
    expect(lastRequestLine(ourLines)).toMatchObject({ method: "GET", status: 200, userId: expect.any(Number) })
  })

  it("for a session cookie as for a bearer token", async () => {
    const cookie = [`Cookie: theme=dark; wm_session=${await h.signIn("admin")}`]
    await both(PORTRAIT, cookie)
    expect(await both(PORTRAIT, cookie)).toMatchObject({ status: 200, fast: keeps() })
  })

  it("only for the same raw query and language", async () => {
    const token = await h.signIn("admin")
    await both(PORTRAIT, bearer(token))
    expect((await both(`${PORTRAIT}&x=1`, bearer(token))).fast).toBe(false)
    expect((await both(PORTRAIT, [...bearer(token), "Accept-Language: en"])).fast).toBe(false)
    expect((await both(PORTRAIT, [...bearer(token), "Accept-Language: en"])).fast).toBe(keeps())
  })
})

describe("Hono answers, as the full read would", () => {
  it("a HEAD, a path written otherwise, and two Cookie headers", async () => {
    const token = await h.signIn("admin")
    await both(PORTRAIT, bearer(token))
    expect((await both(PORTRAIT, bearer(token), "HEAD")).fast).toBe(false)
    expect((await both("/api/company/detail/?id=C1", bearer(token))).fast).toBe(false)
    const cookie = [`Cookie: wm_session=${token}`]
    await both(PORTRAIT, cookie)
    expect((await both(PORTRAIT, [...cookie, "Cookie: a=b"])).fast).toBe(false)
  })

  it("a Host header the adapter refuses, as it refuses it", async () => {
    const token = await h.signIn("admin")
    await both(PORTRAIT, bearer(token))
    for (const host of ["a/b", "exa mple", "[::1", "h:1:2"]) {
      // The adapter refuses it before the app (the counting fetch is not reached): the status says who answered.
      expect((await both(PORTRAIT, [...bearer(token), `Host: ${host}`], "GET", false)).status).toBe(400)
    }
    expect(await both(PORTRAIT, [...bearer(token), "Host: localhost:80"], "GET", false)).toMatchObject({
      status: 200,
      fast: keeps()
    })
  })

  it("once the session was idle longer than allowed", async () => {
    const token = await h.signIn("admin")
    await both(PORTRAIT, bearer(token))
    h.clock.advance(accountConfig.sessionIdleMs + 1)
    expect(await both(PORTRAIT, bearer(token))).toMatchObject({ status: 401, fast: false })
  })

  it("once the session is older than the absolute limit, though used all along", async () => {
    const token = await h.signIn("admin")
    for (let used = 0; used <= accountConfig.sessionAbsoluteMs; used += accountConfig.sessionIdleMs - 60_000) {
      expect((await both(PORTRAIT, bearer(token))).status).toBe(200)
      h.clock.advance(accountConfig.sessionIdleMs - 60_000)
    }
    expect(await both(PORTRAIT, bearer(token))).toMatchObject({ status: 401, fast: false })
  })

  it("after a minute, when the session's last use is to be recorded", async () => {
    const token = await h.signIn("admin")
    await both(PORTRAIT, bearer(token))
    expect((await both(PORTRAIT, bearer(token))).fast).toBe(keeps())
    h.clock.advance(60_001)
    expect(await both(PORTRAIT, bearer(token))).toMatchObject({ status: 200, fast: false })
  })

  it("for a signed-out token", async () => {
    const token = await h.signIn("admin")
    await both(PORTRAIT, bearer(token))
    expect((await both(PORTRAIT, bearer(token))).fast).toBe(keeps())
    expect((await h.call("GET", "/api/logout", { token })).status).toBe(200)
    expect(await both(PORTRAIT, bearer(token))).toMatchObject({ status: 401, fast: false })
  })

  it.each([
    ["another outlet's customer", "/api/company/detail?id=C2"],
    ["an unknown customer", "/api/company/detail?id=NOPE"]
  ])("for %s, every time (refusals are never kept)", async (_, path) => {
    const token = await h.signIn("outlet_rm")
    expect(await both(path, bearer(token))).toMatchObject({ status: 404, fast: false })
    expect(await both(path, bearer(token))).toMatchObject({ status: 404, fast: false })
  })
})

it("an app that checks its answers never sends one before Hono", async () => {
  const checking = makeApp({ runtime: h.runtime, logger: makeLogger("silent"), checkAnswers: true })
  const token = await h.signIn("admin")
  await checking.request(PORTRAIT, { headers: { authorization: `Bearer ${token}` } })
  expect(checking.keptAnswer("GET", PORTRAIT, { authorization: `Bearer ${token}` }, [])).toBeUndefined()
  await checking.close()
})
