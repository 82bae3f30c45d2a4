/**
 * The msw mocks: every route's default answer conforms to the document, examples are deterministic
 * and realistic, request values are echoed, required parameters are enforced, and overrides (typed by
 * route key) replace answers with data, ApiErrors or raw Responses.
 */
import { HttpResponse } from "msw"
import { setupServer } from "msw/node"
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest"
import doc from "../openapi.json" with { type: "json" }
import { ApiError, createClient } from "../src/index.js"
import { apiError, exampleData, handlers, mockOperations, mockRoute } from "../src/msw/index.js"
import { makeValidator, type OpenApiDocument, operationsOf } from "./support/openapi-validator.js"

const validate = makeValidator(doc as unknown as OpenApiDocument)
const server = setupServer(...handlers({ baseUrl: "https://wm.test" }))
const api = createClient({ baseUrl: "https://wm.test" })

beforeAll(() => server.listen({ onUnhandledRequest: "error" }))
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

describe("default answers", () => {
  it("cover every operation of the document", () => {
    expect(mockOperations.map((o) => o.key).sort()).toEqual(operationsOf(doc as unknown as OpenApiDocument).sort())
  })

  it.each(mockOperations.filter((o) => o.file === undefined).map((o) => [o.key, o] as const))(
    "%s conforms to its 200 schema",
    (_, op) => {
      const envelope = { code: 10000, msg: "success", data: exampleData(op.key) }
      expect(validate(op.method, op.path, 200, envelope)).toEqual([])
      expect(exampleData(op.key)).toEqual(exampleData(op.key))
    }
  )

  it("file routes answer a file of their media type, through the client", async () => {
    expect(mockOperations.filter((o) => o.file !== undefined).map((o) => o.key)).toEqual([
      "GET /api/download/get_download"
    ])
    const file = await api.file("/api/download/get_download", { query: { taskId: "t1" } })
    expect(file.type).toMatch(/spreadsheetml/)
  })

  it("look like the bank's data", () => {
    const { userList } = exampleData("GET /api/usermanage/user_list")
    for (const user of userList) {
      expect(user.name).toMatch(/^[\u4e00-\u9fa5]{2,4}$/)
      expect(user.username).toMatch(/^[a-z]+\d\d$/)
      expect(user.organ === "分行").toBe(user.role <= 2)
      expect(user.outletId === null).toBe(user.role !== 4)
    }
    const outlet = exampleData("GET /api/organ/detail")
    expect(outlet.outletCode.startsWith(outlet.branchCode)).toBe(true)
    expect(outlet.branchName).toMatch(/支行$/)
    expect(outlet.createTime).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/)
    const { auditList } = exampleData("GET /api/audit")
    for (const event of auditList) {
      expect(event.address).toMatch(/^10\.\d+\.\d+\.\d+$/)
      expect(event.at).toBeGreaterThan(Date.UTC(2025, 0, 1))
      expect(event.username).toMatch(/^[a-z]+\d\d$/)
    }
  })
})

describe("through the client", () => {
  it("answers every route with its example, echoing request fields", async () => {
    const me = await api.post("/api/sign_in", { username: "bank_rm", password: "Demo@2026" })
    expect(me).toEqual({ ...exampleData("POST /api/sign_in"), username: "bank_rm" })
    const created = await api.post("/api/usermanage/create_user", {
      username: "li.na",
      name: "李娜",
      role: 5,
      subbranchId: 3
    })
    expect(created).toMatchObject({ username: "li.na", name: "李娜", role: 5 })
    expect(await api.get("/api/logout")).toBeNull()
  })

  it("serves PUT and DELETE routes too, with their bodies", async () => {
    const edited = await api.put("/api/company/marketing", { id: "m-1", remark: "已成交" })
    expect(edited).toMatchObject({ id: "m-1", remark: "已成交" })
    await expect(api.delete("/api/company/marketing", {} as { id: string })).rejects.toMatchObject({ field: "id" })
    expect(await api.delete("/api/company/marketing", { id: "m-2" })).toEqual({ id: "m-2" })
  })

  it("answers 10001 naming a missing required parameter, as the server does", async () => {
    const error = await api.get("/api/organ/detail", { query: { code: " " } }).catch((e: unknown) => e)
    expect(error).toMatchObject({ code: 10001, status: 400, field: "code", msg: "code: is required" })
    await expect(api.post("/api/organ/delete", {} as { code: string })).rejects.toMatchObject({ field: "code" })
  })

  it("lets overrides answer data, ApiErrors (returned or thrown), Responses, or the default", async () => {
    const seen: unknown[] = []
    server.use(
      ...handlers({
        baseUrl: "https://wm.test",
        overrides: {
          "GET /api/organ/list": ({ example, query }) => ({ ...example, total: Number(query.get("page")) }),
          "POST /api/sign_in": ({ body }) => (body.password === "right" ? undefined : apiError("invalidCredentials")),
          "POST /api/organ/delete": () => {
            throw apiError("conflict", "outlet B1O2 still has 3 customers")
          },
          "GET /api/new_params": () => HttpResponse.text("maintenance", { status: 503 }),
          "POST /api/usermanage/reset_password": ({ body }) => {
            seen.push(body.userId)
          }
        }
      })
    )
    expect((await api.get("/api/organ/list", { query: { page: 7 } })).total).toBe(7)
    await expect(api.post("/api/sign_in", { username: "a", password: "wrong" })).rejects.toMatchObject({
      code: 10003,
      status: 401
    })
    await expect(api.post("/api/sign_in", { username: "ab", password: "right" })).resolves.toMatchObject({
      username: "ab"
    })
    await expect(api.post("/api/organ/delete", { code: "B1O2" })).rejects.toMatchObject({ code: 10008, status: 409 })
    await expect(api.get("/api/new_params")).rejects.toMatchObject({ code: 0, status: 503 })
    await expect(api.post("/api/usermanage/reset_password", { userId: 42 })).resolves.toBeNull()
    expect(seen).toEqual([42])
  })

  it("mockRoute replaces one route for one test", async () => {
    server.use(
      mockRoute("GET /api/usermanage/user_detail", () => new ApiError({ code: 10007, msg: "user not found: 9" }), {
        baseUrl: "https://wm.test"
      })
    )
    await expect(api.get("/api/usermanage/user_detail", { query: { userId: 9 } })).rejects.toMatchObject({
      code: 10007,
      status: 404
    })
  })
})
