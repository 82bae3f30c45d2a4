/**
 * The advisor-zone product API (seed document 004): the CRUD round trip with the staff header, refusals without it
 * or without the configured shared secret, the type dictionary, unique codes, full replacement and Spring pages.
 */
import { Effect, Layer, ManagedRuntime } from "effect"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { makeApp } from "../src/app.js"
import { silentLogger } from "../src/infra/logger.js"
import { type Harness, makeHarness } from "./support/harness.js"

const BASE = "/api/v2/open/adviserZone/product"
const STAFF = "@staff_sshh:im.example.com"

let h: Harness
const call = async (
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = { "X-Consumer-Custom-ID": STAFF }
) => {
  const res = await h.app.request(path, {
    method,
    headers: { ...headers, ...(body === undefined ? {} : { "content-type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body)
  })
  return { status: res.status, json: (await res.json()) as any }
}

const draft = (code: string, patch: Record<string, unknown> = {}) => ({
  type: "hybridFund",
  name: "中欧创新",
  code,
  h5Url: "https://bank.example/p",
  tags: ["稳健"],
  introduction: "介绍",
  sellType: "agent",
  image: { netdiskId: "https://img.example/p.png", width: 0, height: 0, orientation: "0", type: "-" },
  financial: {},
  fund: { fundIncomingType: "comm3M", fundIncomingIndex: "0.01", fundValType: "navVal", fundValIndex: "123" },
  purchaseAmount: 1,
  ...patch
})

beforeAll(async () => {
  h = await makeHarness()
})
afterAll(() => h.close())

describe("advisor-zone products with the staff header", () => {
  it("create, read by id and by code, replace whole, and list: the round trip", async () => {
    const created = await call("POST", BASE, draft("502112"))
    expect(created.status).toBe(200)
    const p = created.json
    expect(p).toMatchObject({
      code: "502112",
      type: "hybridFund",
      typeName: "混合型基金",
      creator: STAFF,
      updater: STAFF,
      status: 1,
      from: "manage",
      viewCount: 0,
      updateUser: { displayname: "sshh", avatar_url: "" },
      fund: { fundIncomingType: "comm3M", currency: "元" }
    })
    expect(p.id).toMatch(/^[0-9a-f-]{36}$/)
    expect(p.createAt).toBe(p.updateAt)
    expect((await call("GET", `${BASE}/${p.id}`)).json).toEqual(p)
    expect((await call("GET", `${BASE}/code/502112`)).json).toEqual(p)

    h.clock.advance(5_000)
    const editor = "@staff_other:im.example.com"
    const replaced = await call(
      "PUT",
      `${BASE}/${p.id}`,
      { type: "bondFund", name: "新名", code: "502113" },
      {
        "X-Consumer-Custom-ID": editor
      }
    )
    expect(replaced.status).toBe(200)
    expect(replaced.json).toMatchObject({
      id: p.id,
      type: "bondFund",
      typeName: "债券型基金",
      name: "新名",
      code: "502113",
      creator: STAFF,
      updater: editor,
      createAt: p.createAt,
      updateAt: p.createAt + 5_000,
      // Full replacement: what the body left out is cleared.
      tags: [],
      fund: null,
      image: null,
      h5Url: "",
      purchaseAmount: null
    })
    expect((await call("GET", `${BASE}/code/502112`)).status).toBe(404)
    expect((await call("GET", `${BASE}/${p.id}`)).json).toEqual(replaced.json)

    const page = await call("GET", `${BASE}?page=0&size=10`)
    expect(page.status).toBe(200)
    expect(page.json).toMatchObject({ totalElements: 1, totalPages: 1, number: 0, size: 10, first: true, last: true })
    expect(page.json.content).toEqual([replaced.json])
  })

  it("pages are 0-based Spring pages, newest first", async () => {
    for (let i = 0; i < 5; i++) {
      h.clock.advance(1_000)
      expect((await call("POST", BASE, draft(`PG${i}`))).status).toBe(200)
    }
    const second = await call("GET", `${BASE}?page=1&size=2`)
    expect(second.json.content.map((p: { code: string }) => p.code)).toEqual(["PG2", "PG1"])
    expect(second.json).toMatchObject({
      number: 1,
      size: 2,
      numberOfElements: 2,
      first: false,
      last: false,
      pageable: { pageNumber: 1, pageSize: 2, offset: 2, paged: true, unpaged: false }
    })
    expect((await call("GET", `${BASE}?size=1000`)).json.size).toBe(100)
  })

  it.each([
    ["a type outside the dictionary", draft("T1", { type: "stockFund" }), "type"],
    ["no name", draft("T2", { name: "" }), "name"],
    ["no code", draft("", {}), "code"],
    ["a bad sellType", draft("T3", { sellType: "broker" }), "sellType"],
    ["a negative purchaseAmount", draft("T4", { purchaseAmount: -1 }), "purchaseAmount"],
    ["financial not an object", draft("T5", { financial: [1] }), "financial"]
  ])("refuses %s with 400 naming the field, storing nothing", async (_, body, field) => {
    const before = (await call("GET", BASE)).json.totalElements
    const r = await call("POST", BASE, body)
    expect([r.status, r.json.code, r.json.field]).toEqual([400, 10001, field])
    expect((await call("GET", BASE)).json.totalElements).toBe(before)
  })

  it("a taken code is a 400 with the conflict code, on create and on replace", async () => {
    const a = (await call("POST", BASE, draft("U1"))).json
    await call("POST", BASE, draft("U2"))
    const dup = await call("POST", BASE, draft("U1"))
    expect([dup.status, dup.json.code]).toEqual([400, 10008])
    const steal = await call("PUT", `${BASE}/${a.id}`, draft("U2"))
    expect([steal.status, steal.json.code]).toEqual([400, 10008])
    expect((await call("GET", `${BASE}/${a.id}`)).json.code).toBe("U1")
  })

  it("unknown ids and codes are 404 with the not-found code", async () => {
    for (const [method, path] of [
      ["GET", `${BASE}/no-such-id`],
      ["GET", `${BASE}/code/NOPE`],
      ["PUT", `${BASE}/no-such-id`]
    ] as const) {
      const r = await call(method, path, method === "PUT" ? draft("X9") : undefined)
      expect([r.status, r.json.code], `${method} ${path}`).toEqual([404, 10007])
    }
  })
})

describe("without the staff header", () => {
  it.each([
    ["GET", BASE],
    ["GET", `${BASE}/x`],
    ["GET", `${BASE}/code/x`],
    ["POST", BASE],
    ["PUT", `${BASE}/x`]
  ])("%s %s is refused with 400 naming the header and changes nothing", async (method, path) => {
    const before = (await call("GET", BASE)).json.totalElements
    const r = await call(method, path, method === "GET" ? undefined : draft("NOHDR"), {})
    expect([r.status, r.json.code, r.json.field]).toEqual([400, 10001, "X-Consumer-Custom-ID"])
    expect((await call("GET", BASE)).json.totalElements).toBe(before)
  })
})

describe("with a configured shared secret", () => {
  it("requires X-Advisor-Zone-Secret: 401 without it or with another, 200 with it", async () => {
    const { HttpConfig } = await import("../src/HttpConfig.js")
    const { trustedProxies } = await import("../src/infra/clientOrigin.js")
    const secret = "s3cret-of-the-gateway"
    // The harness's services, with the HTTP settings replaced by ones that carry the secret.
    const runtime = ManagedRuntime.make(
      Layer.succeed(HttpConfig, {
        cookieSecure: false,
        trustedProxies: trustedProxies([]),
        advisorZoneSecret: secret
      }).pipe(Layer.provideMerge(Layer.effectContext(Effect.map(h.runtime.runtimeEffect, (r) => r.context))))
    )
    const app = makeApp({ runtime: runtime as never, logger: silentLogger })
    const get = (headers: Record<string, string>) =>
      app.request(BASE, { headers: { "X-Consumer-Custom-ID": STAFF, ...headers } })
    expect((await get({})).status).toBe(401)
    expect((await get({ "X-Advisor-Zone-Secret": "wrong" })).status).toBe(401)
    const ok = await get({ "X-Advisor-Zone-Secret": secret })
    expect(ok.status).toBe(200)
    await app.close()
    await runtime.dispose()
  })
})
