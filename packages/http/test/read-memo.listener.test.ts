/**
 * The Node entry's kept answers (infra/keptAnswers.ts) on a real listener at 127.0.0.1: each request is sent as
 * raw bytes to the server as `main.ts` builds it (kept answers before Hono) and to a reference server on the same
 * runtime that keeps nothing; the two answers must be the same bytes (status line, every header in order, body;
 * only the Date header aside) and write the same request log line (only its time and duration aside). When a
 * kept answer may not be sent, the request must reach Hono.
 */
import { createServer, type RequestListener, type Server } from "node:http"
import { connect } from "node:net"
import { getRequestListener } from "@hono/node-server"
import {
  type ContactOverride,
  ContactRepo,
  DatasetRepo,
  ExportTaskRepo,
  type OutletId,
  User,
  type UserId,
  UserRepo
} from "@wm/core"
import { Effect } from "effect"
import { afterEach, beforeEach, describe, expect, it } from "vitest"
import { makeApp } from "../src/app.js"
import { withKeptAnswers } from "../src/infra/keptAnswers.js"
import { makeLogger } from "../src/infra/logger.js"
import { loadBank, moreTradeFlowCsv, uploadAndApply } from "./support/bankData.js"
import { accountConfig, type Harness, makeHarness, PASSWORD } from "./support/harness.js"

let h: Harness
let servers: Array<Server> = []
let ourPort = 0
let referencePort = 0
/** Requests our server handed to Hono. */
let honoCalls = 0
const ourLines: Array<string> = []
const referenceLines: Array<string> = []

const listen = (listener: RequestListener) =>
  new Promise<number>((resolve) => {
    const server = createServer(listener)
    servers.push(server)
    server.listen(0, "127.0.0.1", () => resolve((server.address() as { port: number }).port))
  })

beforeEach(async () => {
  honoCalls = 0
  ourLines.length = 0
  referenceLines.length = 0
  const ourLogger = makeLogger("info", (line) => ourLines.push(line))
  h = await makeHarness({ checkAnswers: false, logger: ourLogger })
  const reference = makeApp({
    runtime: h.runtime,
    logger: makeLogger("info", (line) => referenceLines.push(line)),
    checkAnswers: false,
    keepAnswers: false
  })
  const hono = getRequestListener((req, env) => {
    honoCalls++
    return h.app.fetch(req, env)
  })
  ourPort = await listen(withKeptAnswers(hono, h.app, ourLogger))
  referencePort = await listen(getRequestListener(reference.fetch))
  await loadBank(h)
})
afterEach(async () => {
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))))
  servers = []
  await h.close()
})

/** One request as raw bytes, answered on a connection of its own; the whole answer as text. */
const raw = (port: number, path: string, headers: ReadonlyArray<string>, method = "GET", host = true) =>
  new Promise<string>((resolve, reject) => {
    const socket = connect(port, "127.0.0.1")
    const chunks: Array<Buffer> = []
    socket.on("data", (chunk) => chunks.push(chunk))
    socket.on("end", () => resolve(Buffer.concat(chunks).toString("latin1")))
    socket.on("error", reject)
    socket.write(
      [
        `${method} ${path} HTTP/1.1`,
        ...(host ? [`Host: 127.0.0.1:${port}`] : []),
        ...headers,
        "Connection: close",
        "",
        ""
      ].join("\r\n")
    )
  })

/** The answer with its Date header aside (the two servers may answer in different seconds). */
const dateless = (answer: string) => answer.replace(/\r\nDate: [^\r]*/, "")
const requestLines = (lines: ReadonlyArray<string>) => lines.filter((l) => l.includes('"event":"request"')).length
/** The last request line with its time and duration aside. */
const lastRequestLine = (lines: ReadonlyArray<string>) => {
  const { time: _t, ms: _m, ...rest } = JSON.parse(lines.filter((l) => l.includes('"event":"request"')).at(-1)!)
  return rest
}

const bearer = (token: string) => [`Authorization: Bearer ${token}`]

/** Our server's answer and the reference's: equal to the byte; `fast` when ours was sent before Hono. */
const both = async (path: string, headers: ReadonlyArray<string>, method = "GET", host = true) => {
  const calls = honoCalls
  const lines = [requestLines(ourLines), requestLines(referenceLines)]
  const ours = await raw(ourPort, path, headers, method, host)
  const fast = honoCalls === calls
  const full = await raw(referencePort, path, headers, method, host)
  expect(dateless(ours)).toBe(dateless(full))
  // As many request lines on both (none for a request the adapter refuses before the app), the last ones alike;
  // other events (an update's, logged by the shared runtime) may land in between.
  expect(requestLines(ourLines) - lines[0]!).toBe(requestLines(referenceLines) - lines[1]!)
  if (requestLines(ourLines) > lines[0]!) expect(lastRequestLine(ourLines)).toEqual(lastRequestLine(referenceLines))
  const status = Number(ours.slice(9, 12))
  const body = Buffer.from(ours.slice(ours.indexOf("\r\n\r\n") + 4), "latin1").toString("utf8")
  return { status, body, fast }
}

/** Answers are kept on a store written by this process alone, never on a shared database (MongoDB). */
const keeps = () => h.exclusiveStore

const PORTRAIT = "/api/company/detail?id=C1"
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

  it("after the data version switched: the new answer, never the kept one", async () => {
    const admin = await h.signIn("admin")
    const before = await both(PORTRAIT, bearer(admin))
    expect((await both(PORTRAIT, bearer(admin))).fast).toBe(keeps())
    expect((await uploadAndApply(h, admin, "trade_flow", moreTradeFlowCsv)).json.code).toBe(10000)
    const after = await both(PORTRAIT, bearer(admin))
    expect(after).toMatchObject({ status: 200, fast: false })
    expect(after.body).not.toBe(before.body)
    expect((await both(PORTRAIT, bearer(admin))).body).toBe(after.body)
  })

  it("after the caller's outlet moved", async () => {
    const token = await h.signIn("outlet_rm")
    expect((await both(PORTRAIT, bearer(token))).status).toBe(200)
    expect((await both(PORTRAIT, bearer(token))).fast).toBe(keeps())
    await h.runtime.runPromise(
      Effect.flatMap(UserRepo, (users) =>
        users.moveOutlet(h.org.o11.id as OutletId, { outletId: h.org.o21.id, branchId: h.org.b2.id })
      )
    )
    expect(await both(PORTRAIT, bearer(token))).toMatchObject({ status: 404, fast: false })
  })

  it("after the caller's password changed: other sessions end, the caller's own reads go on", async () => {
    const mine = await h.signIn("admin")
    const other = await h.signIn("admin")
    await both(PORTRAIT, bearer(other))
    expect((await both(PORTRAIT, bearer(other))).fast).toBe(keeps())
    const change = { pwd: PASSWORD, newPwd: "Kept#Answer2026", newPwdConfirm: "Kept#Answer2026" }
    expect((await h.call("POST", "/api/usermanage/password_modify", { token: mine, body: change })).json.code).toBe(
      10000
    )
    expect(await both(PORTRAIT, bearer(other))).toMatchObject({ status: 401, fast: false })
    expect(await both(PORTRAIT, bearer(mine))).toMatchObject({ status: 200, fast: false })
  })

  it("after a customer's contact was corrected: the corrected answer, never the kept one", async () => {
    const token = await h.signIn("admin")
    const before = await both(PORTRAIT, bearer(token))
    expect((await both(PORTRAIT, bearer(token))).fast).toBe(keeps())
    const shown = JSON.parse(before.body).data.basicInfo
    const override: ContactOverride = {
      companyCode: "C1",
      linkman: "新联系人",
      contact: "13900000000",
      uploadedLinkman: shown.linkman,
      uploadedContact: shown.contact,
      updatedAt: 0,
      updatedBy: null
    }
    await h.runtime.runPromise(Effect.flatMap(ContactRepo, (repo) => repo.save(override)))
    const after = await both(PORTRAIT, bearer(token))
    expect(after).toMatchObject({ status: 200, fast: false })
    expect(after.body).not.toBe(before.body)
  })

  it("after the warning window was set: the new window, never the kept one", async () => {
    const token = await h.signIn("admin")
    const before = await both("/api/company/configrecent", bearer(token))
    expect((await both("/api/company/configrecent", bearer(token))).fast).toBe(keeps())
    const set = await h.call("POST", "/api/company/configrecent", { token, body: { start: 3, end: 45 } })
    expect(set.json.code).toBe(10000)
    const after = await both("/api/company/configrecent", bearer(token))
    expect(after).toMatchObject({ status: 200, fast: false })
    expect(JSON.parse(after.body).data).toMatchObject({ start: 3, end: 45 })
    expect(after.body).not.toBe(before.body)
  })

  it("after a marketing record was added or a customer focused: the new list, never the kept one", async () => {
    const token = await h.signIn("admin")
    for (const [path, write] of [
      ["/api/company/marketing?code=C1&page=1&count=10", "/api/company/marketing"],
      ["/api/company/focus?page=1&count=10", "/api/company/focus"]
    ] as const) {
      const before = await both(path, bearer(token))
      expect((await both(path, bearer(token))).fast).toBe(keeps())
      const body =
        write === "/api/company/focus"
          ? { code: "C1", type: 1 }
          : { code: "C1", type: 0, createTime: "2026-11-02 10:00:00", remark: "联系" }
      expect((await h.call("POST", write, { token, body })).json.code).toBe(10000)
      const after = await both(path, bearer(token))
      expect(after).toMatchObject({ status: 200, fast: false })
      expect(JSON.parse(after.body).data.total).toBe(JSON.parse(before.body).data.total + 1)
    }
  })

  it("after another account signed in: the new login figures, never the kept one", async () => {
    const token = await h.signIn("admin")
    const path = "/api/statistics/login?page=1&count=10"
    const before = await both(path, bearer(token))
    expect((await both(path, bearer(token))).fast).toBe(keeps())
    await h.signIn("outlet_rm")
    const after = await both(path, bearer(token))
    expect(after).toMatchObject({ status: 200, fast: false })
    const signedIn = (body: string) =>
      (JSON.parse(body).data.organizations as Array<{ loginQuantity: number }>).reduce((n, r) => n + r.loginQuantity, 0)
    expect(signedIn(after.body)).toBeGreaterThan(signedIn(before.body))
  })

  it("after an outlet was renamed: the new name, never the kept one", async () => {
    const token = await h.signIn("admin")
    const before = await both("/api/organ/detail?code=B1O1", bearer(token))
    expect((await both("/api/organ/detail?code=B1O1", bearer(token))).fast).toBe(keeps())
    const renamed = await h.call("POST", "/api/organ/change_name", {
      token,
      body: { outletCode: "B1O1", outletName: "城东新网点", branchName: "城东支行" }
    })
    expect(renamed.json.code).toBe(10000)
    const after = await both("/api/organ/detail?code=B1O1", bearer(token))
    expect(after).toMatchObject({ status: 200, fast: false })
    expect(JSON.parse(after.body).data.outletName).toBe("城东新网点")
    expect(after.body).not.toBe(before.body)
  })

  it("once a lock-out shown in the user list ended by the clock: the new status, never the kept one", async () => {
    const token = await h.signIn("admin")
    const path = "/api/usermanage/user_list?page=1&count=10"
    const user = h.staff.branchRm
    await h.runtime.runPromise(
      Effect.flatMap(UserRepo, (users) => users.update(new User({ ...user, lockedUntil: h.clock.now() + 1_000 })))
    )
    const statusOf = (body: string) =>
      (JSON.parse(body).data.userList as Array<{ userId: UserId; status: number }>).find((u) => u.userId === user.id)!
        .status
    expect(statusOf((await both(path, bearer(token))).body)).toBe(0)
    expect((await both(path, bearer(token))).fast).toBe(keeps())
    h.clock.advance(1_000)
    const after = await both(path, bearer(token))
    expect(after).toMatchObject({ status: 200, fast: false })
    expect(statusOf(after.body)).toBe(1)
  })

  it("once an export task progressed: the new progress, never the kept one", async () => {
    const token = await h.signIn("admin")
    const path = "/api/download/download_list?page=1&count=10"
    const now = h.clock.now()
    const task = {
      ...{ id: "T1", userId: h.staff.admin.id, username: "admin", type: 8, info: {}, state: "running" as const },
      ...{ reason: null, rows: 0, totalRows: 10, fileName: "a.xlsx", fileKey: "T1.xlsx", createdAt: now },
      ...{ startedAt: now, finishedAt: null, claim: { owner: "elsewhere", until: now + 3_600_000 }, attempts: 1 }
    }
    await h.runtime.runPromise(Effect.flatMap(ExportTaskRepo, (repo) => repo.save(task)))
    expect(JSON.parse((await both(path, bearer(token))).body).data.downloadList[0].progress).toBe(0)
    expect((await both(path, bearer(token))).fast).toBe(keeps())
    await h.runtime.runPromise(Effect.flatMap(ExportTaskRepo, (repo) => repo.update({ ...task, rows: 5 }, "elsewhere")))
    const after = await both(path, bearer(token))
    expect(after).toMatchObject({ status: 200, fast: false })
    expect(JSON.parse(after.body).data.downloadList[0].progress).toBe(50)
  })

  it("after a write of the data, until a full read keeps the answer again", async () => {
    const token = await h.signIn("admin")
    await both(PORTRAIT, bearer(token))
    await h.runtime.runPromise(Effect.flatMap(DatasetRepo, (d) => d.discardAbove(Number.MAX_SAFE_INTEGER)))
    expect((await both(PORTRAIT, bearer(token))).fast).toBe(false)
    expect((await both(PORTRAIT, bearer(token))).fast).toBe(keeps())
  })
})

it("an app that checks its answers never sends one before Hono", async () => {
  const checking = makeApp({ runtime: h.runtime, logger: makeLogger("silent"), checkAnswers: true })
  const token = await h.signIn("admin")
  await checking.request(PORTRAIT, { headers: { authorization: `Bearer ${token}` } })
  expect(checking.keptAnswer("GET", PORTRAIT, { authorization: `Bearer ${token}` }, [])).toBeUndefined()
})
