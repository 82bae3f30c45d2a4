/**
 * Contract test: the real app (in-memory store, seeded bank) called through the generated client for
 * EVERY operation of its /openapi.json, as each role where scope matters and on throwaway records for
 * mutations. Every answer, success or failure, is validated with ajv against the schema the document
 * gives for that operation and status (undocumented fields fail where it says additionalProperties: false).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest"
import {
  companyCsv,
  financialTradeCsv,
  holdingCsv,
  organizationCsv,
  productCsv,
  tradeFlowCsv
} from "../../http/test/support/bankData.js"
import { makeHarness, PASSWORD } from "../../http/test/support/harness.js"
import committed from "../openapi.json" with { type: "json" }
import { ApiError, createClient, type WmClient } from "../src/index.js"
import { initialPassword, signInThrottling, throwawayOrganisations, throwawayUser } from "./contract/accounts.js"
import { analysisSettings, auditTrail, backgroundExports, marketingLoop } from "./contract/features.js"
import type { ContractSession } from "./contract/session.js"
import { makeValidator, type OpenApiDocument, operationsOf } from "./support/openapi-validator.js"

type Harness = Awaited<ReturnType<typeof makeHarness>>
let harness: Harness
let served: OpenApiDocument
let validate: ReturnType<typeof makeValidator>
/** Statuses answered per operation ("POST /api/sign_in" → {200, 401}) and every schema violation seen. */
const exercised = new Map<string, Set<number>>()
const violations: string[] = []

/** app.request-backed fetch that validates each answer against the served document. */
const fetchApp = async (request: Request): Promise<Response> => {
  const response = await harness.app.request(request)
  const { pathname } = new URL(request.url)
  const key = `${request.method} ${pathname}`
  const body = await response
    .clone()
    .json()
    .catch(() => "<not JSON>")
  violations.push(...validate(request.method, pathname, response.status, body))
  exercised.set(key, (exercised.get(key) ?? new Set()).add(response.status))
  return response
}

const anonymous = (): WmClient => createClient({ baseUrl: "http://wm.test", fetch: fetchApp })
const signedIn = async (username: string, password = PASSWORD) => {
  const client = anonymous()
  const me = await client.post("/api/sign_in", { username, password })
  client.setToken(me.token)
  return Object.assign(client, { me })
}

/** The ApiError a call rejects with, checked for code and HTTP status. */
const failure = async (call: Promise<unknown>, code: number, status: number): Promise<ApiError> => {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(ApiError)
  expect({ code: (error as ApiError).code, status: (error as ApiError).status }).toEqual({ code, status })
  return error as ApiError
}

/** The scenarios of contract/ run on the same validated clients and harness. */
const session: ContractSession = {
  signedIn,
  failure,
  anonymous,
  get harness() {
    return harness
  }
}

beforeAll(async () => {
  harness = await makeHarness()
  served = (await (await harness.app.request("/openapi.json")).json()) as OpenApiDocument
  validate = makeValidator(served)
})
afterAll(() => harness.close())
afterEach(() => {
  expect(violations.splice(0), "answers that do not match the OpenAPI document").toEqual([])
})

describe("contract", () => {
  it("the committed document (the client's types) is the one the app serves, less the advisor zone", () => {
    const paths = Object.fromEntries(Object.entries(served.paths).filter(([path]) => !path.startsWith("/api/v2/open/")))
    const components = served.components as {
      schemas: Record<string, unknown>
      securitySchemes: Record<string, unknown>
    }
    const { PlainError: _, ...schemas } = components.schemas
    const advisorSchemas = Object.keys(schemas).filter((name) => name.startsWith("Advisor"))
    for (const name of advisorSchemas) delete schemas[name]
    const { advisorZoneSecret: __, ...securitySchemes } = components.securitySchemes
    expect(committed).toEqual({ ...served, paths, components: { ...components, schemas, securitySchemes } })
  })

  it("signs in as every role; reads are scoped by role", async () => {
    const b1 = harness.org.b1.id
    for (const [username, role] of [
      ["admin", 1],
      ["bank_rm", 2],
      ["branch_admin", 3],
      ["outlet_rm", 4],
      ["branch_rm", 5],
      ["west_admin", 3],
      ["west_rm", 4]
    ] as const) {
      const api = await signedIn(username)
      expect(api.me).toMatchObject({ username, role, initialized: 1, status: 1 })
      expect(await api.get("/api/usermanage/user_detail")).toMatchObject({ username, role })
      const { branches } = await api.get("/api/new_params")
      const { outletList, total } = await api.get("/api/organ/list", { query: { page: 1, count: 100 } })
      expect(outletList.length).toBe(total)
      if (role >= 3) {
        expect(branches.map((b) => b.id)).toEqual([api.me.branchId])
        expect(outletList.every((o) => o.branchId === api.me.branchId)).toBe(true)
      } else expect(branches.length).toBe(2)
    }
    const admin = await signedIn("admin")
    const all = await admin.get("/api/usermanage/user_list", { query: { count: 100 } })
    expect(all.total).toBe(all.userList.length)
    const branchAdmin = await signedIn("branch_admin")
    const scoped = await branchAdmin.get("/api/usermanage/user_list", { query: { keyword: "", count: 100 } })
    expect(scoped.userList.every((u) => u.branchId === b1 && u.role >= 3)).toBe(true)
    expect(scoped.total).toBeLessThan(all.total)
    await failure((await signedIn("outlet_rm")).get("/api/usermanage/user_list"), 10006, 403)
    await failure((await signedIn("bank_rm")).get("/api/usermanage/user_list"), 10006, 403)
  })

  it("rejects bad credentials, missing sessions and bad parameters", async () => {
    const api = anonymous()
    await failure(api.post("/api/sign_in", { username: "admin", password: "wrong-password1" }), 10003, 401)
    const missing = await failure(api.post("/api/sign_in", { username: "admin" } as never), 10001, 400)
    expect(missing.field).toBe("password")
    await failure(api.get("/api/usermanage/user_detail"), 10002, 401)
    await failure(api.get("/api/logout"), 10002, 401)
    const admin = await signedIn("admin")
    expect((await failure(admin.get("/api/usermanage/user_list", { query: { page: "abc" } }), 10001, 400)).field).toBe(
      "page"
    )
    expect((await failure(admin.get("/api/organ/list", { query: { count: 0 } }), 10001, 400)).field).toBe("count")
  })

  it("the initial password must be replaced before anything else", () => initialPassword(session))
  it("manages a throwaway user from creation to deletion", () => throwawayUser(session))
  it("throttles repeated failed sign-ins with the same answer as a wrong password", () => signInThrottling(session))
  it("adds, renames, moves, merges and deletes throwaway organisations", () => throwawayOrganisations(session))

  it("uploads, applies and recomputes data; portraits are read in scope", async () => {
    const admin = await signedIn("admin")
    const upload = (type: string, name: string, text: string) => {
      const form = new FormData()
      form.set("type", type)
      form.set("file", new File([text], name))
      // The typed body is JSON-only; a FormData body goes out as multipart/form-data unchanged.
      return admin.request("post", "/api/upload_update_data", { body: form as never })
    }
    await admin.post("/api/updatedatainitialize", { type: "company" })
    const files: Array<[string, string]> = [
      ["organization", organizationCsv],
      ["company", companyCsv],
      ["trade_flow", tradeFlowCsv],
      ["product", productCsv],
      ["holding", holdingCsv],
      ["financial_trade", financialTradeCsv]
    ]
    for (const [type, text] of files) {
      const uploaded = await upload(type, `${type}.csv`, text)
      expect(uploaded.errors).toEqual([])
      const applied = await admin.post("/api/updatedatabutton", { type: type as "company", ids: [uploaded.status] })
      expect(applied.status).toBe(1)
    }
    const wrong = await upload("company", "bad.csv", "code,name,outletCode\nC9,x,NOPE")
    expect(wrong.status).toBe(0)
    const statusList = (await admin.get("/api/updatedatastatus/all")).statusList
    expect(statusList.find((t) => t.type === "company")?.uploadStatus.wrongList).toEqual(["bad.csv"])
    await failure((await signedIn("bank_rm")).post("/api/updatedatainitialize", { type: "company" }), 10006, 403)
    await failure(admin.post("/api/updatedatabutton", { type: "company", ids: [999] }), 10007, 404)
    expect((await admin.post("/api/organ/update")).status).toBe(1)
    expect(await admin.get("/api/organ/status")).toMatchObject({ status: 0, analysisDate: "2026-02-01" })

    const rm = await signedIn("outlet_rm")
    const params = await rm.get("/api/params")
    expect(params.branches).toHaveLength(1)
    expect(params.bought.categories.map((c) => c.name)).toContain("高价值客户")
    const detail = await rm.get("/api/company/detail", { query: { id: "C1" } })
    expect(["高价值客户", "到期流失风险客户", "稳定持有客户", "高潜力客户", "一般潜力客户", "低潜力客户"]).toContain(
      detail.preference.category
    )
    expect(detail.allTradeStream.hourBalance?.balance).toEqual([1200, 700, 966.67])
    await failure(rm.get("/api/company/detail", { query: { id: "C2" } }), 10007, 404)
    expect(detail.financialProduct.map((p) => [p.productCode, p.share])).toEqual([
      ["P2", 20],
      ["P1", 50.5]
    ])
    const legacy = await rm.get("/api/company/detail_1", { query: { id: "C1" } })
    expect(legacy.financialProduct.map((p) => p.instructionId)).toEqual(["P2", "https://bank.example/p1.pdf"])
    await failure(rm.get("/api/company/detail_1", { query: { id: "C2" } }), 10007, 404)
    const trades = await rm.get("/api/company/trade_history", { query: { companyId: "C1", page: 1, count: 3 } })
    expect(trades.total).toBe(4)
    expect(trades.trade_histories.map((t) => t.id)).toEqual(["T5", "T3", "T2"])
    await failure(rm.get("/api/company/trade_history", { query: { companyId: "C2" } }), 10007, 404)
    expect((await rm.get("/api/company/search")).companies.map((c) => c.code)).toEqual(["C1"])
    expect((await rm.get("/api/company/suggestion", { query: { keyword: "C" } })).companies).toMatchObject([
      { id: "C1", code: "C1", companyName: "东方制造有限公司", riskPreference: expect.stringMatching(/^R[1-5]$/) }
    ])
  })

  it("matches products and customers, lists products, holdings, trades and maturities in scope", async () => {
    const admin = await signedIn("admin")
    const rm = await signedIn("outlet_rm")
    const library = await rm.get("/api/products", { query: { keyword: "理财", page: 1, count: 10 } })
    expect([library.total, library.products.map((p) => p.productCode).sort()]).toEqual([2, ["P1", "P2"]])
    expect((await rm.get("/api/products_1", { query: { limit: 1 } })).products).toHaveLength(1)
    // The uploaded products sold in January 2026; the harness clock stands in November.
    expect((await rm.get("/api/financial/today_products")).total).toBe(0)
    expect((await rm.get("/api/financial/peer_products", { query: { keyword: "x" } })).total).toBe(0)
    const suggested = await rm.get("/api/product/suggestion", { query: { keyword: "P", limit: 5 } })
    expect(suggested.products.map((p) => p.code).sort()).toEqual(["P1", "P2"])

    const matched = await rm.get("/api/company/match", { query: { code: "P2", page: 1, count: 10 } })
    expect(matched.companies.map((c) => c.code).filter((code) => code !== "C1")).toEqual([])
    await failure(rm.get("/api/company/match", { query: { code: "NOPE", page: 1, count: 10 } }), 10007, 404)
    const legacy = await rm.get("/api/company/match_1", { query: { code: "P2" } })
    expect(legacy.total).toBe(matched.total)
    const model = await rm.get("/api/company/match_model")
    expect([model.mode, model.weights]).toEqual(["rules", {}])
    expect(model.reason).toMatch(/too little history/)
    const form = {
      branchId: 0,
      outletId: 0,
      boughtFlag: "",
      riskPreferences: [],
      amountPreference: [],
      cyclePreference: [],
      categories: [],
      features: [],
      interestRatePreference: "",
      page: 1,
      count: 10
    } as const
    expect((await admin.post("/api/company/recommand", form as never)).total).toBe(3)
    expect((await rm.post("/api/company/recommand", form as never)).companies.map((c) => c.code)).toEqual(["C1"])
    const badForm = admin.post("/api/company/recommand", { ...form, categories: [99] } as never)
    expect((await failure(badForm, 10001, 400)).field).toBe("categories")

    expect(await rm.get("/api/company/configrecent")).toEqual({ start: 0, end: 40 })
    await failure(rm.post("/api/company/configrecent", { start: 0, end: 10 }), 10006, 403)
    // A window reaching a year back covers the holdings maturing in April and July 2026.
    await admin.post("/api/company/configrecent", { start: 366, end: 40 })
    const maturing = await rm.get("/api/company/recent_products", { query: { page: 1, count: 10 } })
    expect(maturing.companies.map((c) => [c.basicInfoCode, c.productCode])).toEqual([
      ["C1", "P2"],
      ["C1", "P1"]
    ])
    expect((await admin.get("/api/company/recent_products", { query: { page: 1, count: 10 } })).total).toBe(3)
    await admin.post("/api/company/configrecent", { start: 0, end: 40 })

    const held = await rm.get("/api/financial/hold_products", { query: { page: 1, count: 10 } })
    expect([held.total, held.products.every((p) => p.basicInfoCode === "C1")]).toEqual([2, true])
    const wealthTrades = await rm.get("/api/financial/trade_flow", { query: { keyword: "C1", page: 1, count: 10 } })
    expect(wealthTrades.total).toBe(4)

    await rm.post("/api/company/contact", { companyId: "C1", linkman: "赵六", contact: "13900000009" })
    const detail = await rm.get("/api/company/detail", { query: { id: "C1" } })
    expect(detail.basicInfo).toMatchObject({ linkman: "赵六", contact: "13900000009" })
    const outside = rm.post("/api/company/contact", { companyId: "C2", linkman: "赵六", contact: "13900000009" })
    await failure(outside, 10007, 404)
  })

  it("analysis settings: read by all, changed by bank admins, applied at the next recompute, shown in detail", () =>
    analysisSettings(session))

  it("reads the audit trail as a bank admin, in scope as a sub-branch admin, and refuses relationship managers", () =>
    auditTrail(session))

  it("records marketing contacts, keeps focus lists, answers statistics and listed companies in scope", () =>
    marketingLoop(session))

  it("exports a list in the background and downloads the file; another user's task is not found", () =>
    backgroundExports(session))

  it("signs out: the session ends", async () => {
    const api = await signedIn("branch_rm")
    expect(await api.get("/api/logout")).toBeNull()
    await failure(api.get("/api/usermanage/user_detail"), 10002, 401)
  })

  it("exercised every operation of /openapi.json, each with a success", () => {
    // The advisor zone is not part of the client (plain JSON for the bank's gateway; packages/http tests it).
    const documented = operationsOf(served)
      .filter((key) => !key.includes("/api/v2/open/"))
      .sort()
    expect([...exercised.keys()].sort()).toEqual(documented)
    expect(documented.filter((key) => !exercised.get(key)?.has(200))).toEqual([])
    const statuses = new Set([...exercised.values()].flatMap((s) => [...s]))
    expect([...statuses].sort()).toEqual([200, 400, 401, 403, 404, 409])
  })
})
