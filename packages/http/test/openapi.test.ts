/**
 * The documentation endpoints, health, and what unknown routes answer.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { Codes } from "../src/api/codes.js"
import { makeApp } from "../src/app.js"
import { silentLogger } from "../src/infra/logger.js"
import { answerOf, expectContract } from "./support/envelope.js"
import { type Harness, makeHarness } from "./support/harness.js"
import { ROUTES, request, tokenFor } from "./support/routes.js"

type Json = Record<string, any>

let h: Harness
let doc: Json
beforeAll(async () => {
  h = await makeHarness()
  const res = await h.app.request("/openapi.json")
  expect(res.status).toBe(200)
  doc = (await res.json()) as Json
})
afterAll(() => h.close())

const operations = () =>
  Object.entries(doc.paths as Record<string, Record<string, Json>>).flatMap(([path, item]) =>
    Object.entries(item).map(([method, op]) => ({ key: `${method.toUpperCase()} ${path}`, method, path, op }))
  )
const operation = (method: string, path: string) => doc.paths[path]?.[method.toLowerCase()] as Json | undefined

const ADVISOR = "/api/v2/open/adviserZone/product"
/** The advisor zone's operations (seed 004): plain JSON, the staff header instead of a session. */
const advisorOperations = [
  `GET ${ADVISOR}`,
  `POST ${ADVISOR}`,
  `GET ${ADVISOR}/{productId}`,
  `PUT ${ADVISOR}/{productId}`,
  `GET ${ADVISOR}/code/{code}`
]
const documented = [...ROUTES.map((r) => `${r.method} ${r.path}`), ...advisorOperations].sort()
/** Sign-in can fail on credentials or a lock; guarded routes on session, role, scope or data; any on input or storage. */
const errorStatusesOf = (path: string) =>
  path === "/api/sign_in" ? ["400", "401", "500", "503"] : ["400", "401", "403", "404", "409", "500", "503"]

describe("/openapi.json", () => {
  it("is an OpenAPI 3.1 document", () => {
    expect(doc.openapi).toBe("3.1.0")
    expect(doc.info.title).toBeTruthy()
    expect(doc.info.version).toBeTruthy()
  })

  it("lists exactly the 65 envelope operations and the 5 advisor-zone ones, nothing else", () => {
    expect(documented).toHaveLength(70)
    expect(
      operations()
        .map((o) => o.key)
        .sort()
    ).toEqual(documented)
  })

  it("gives every operation a unique operationId, a tag and a summary", () => {
    const ids = operations().map((o) => o.op.operationId)
    expect(new Set(ids).size).toBe(70)
    for (const { key, op } of operations()) {
      expect(op.tags, key).toHaveLength(1)
      expect(typeof op.summary, key).toBe("string")
      expect(op.summary.length, key).toBeGreaterThan(0)
    }
  })

  it.each(ROUTES.map((r) => [`${r.method} ${r.path}`, r] as const))(
    "%s documents its parameters, required ones marked",
    (key, route) => {
      const op = operation(route.method, route.path)!
      const fields = [...route.required, ...route.optional].sort()
      if (route.method === "GET") {
        expect(op.requestBody, key).toBeUndefined()
        const params = (op.parameters ?? []) as Array<Json>
        expect(params.map((p) => p.name).sort(), key).toEqual(fields)
        for (const p of params) {
          expect(p.in).toBe("query")
          expect(p.required, `${key} ${p.name}`).toBe(route.required.includes(p.name))
          expect(p.schema, `${key} ${p.name}`).toBeTypeOf("object")
        }
      } else if (fields.length === 0) {
        expect(op.requestBody, key).toBeUndefined()
      } else {
        expect(op.parameters, key).toBeUndefined()
        // An absent body reads as {}: the body is required exactly when a field is.
        expect(op.requestBody.required, key).toBe(route.required.length > 0)
        const content = op.requestBody.content as Record<string, { schema: Json }>
        expect(Object.keys(content).sort()).toEqual(route.multipart ? ["multipart/form-data"] : ["application/json"])
        const schema = content[route.multipart ? "multipart/form-data" : "application/json"]!.schema
        expect(schema.type).toBe("object")
        expect(Object.keys(schema.properties).sort(), key).toEqual(fields)
        expect([...schema.required].sort(), key).toEqual([...route.required].sort())
        if (route.multipart) expect(schema.properties.file).toMatchObject({ type: "string", format: "binary" })
      }
    }
  )

  it.each(ROUTES.map((r) => [`${r.method} ${r.path}`, r] as const))(
    "%s documents its 200 answer and the error statuses it can answer",
    (key, route) => {
      const responses = operation(route.method, route.path)!.responses as Record<string, Json>
      const errorStatuses = errorStatusesOf(route.path)
      expect(Object.keys(responses).sort(), key).toEqual(["200", ...errorStatuses].sort())
      if (route.file) {
        const [type, media] = Object.entries(responses["200"]!.content as Record<string, Json>)[0]!
        expect([type, media.schema]).toEqual([
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          { type: "string", format: "binary" }
        ])
        return
      }
      const ok = responses["200"]!.content["application/json"].schema
      expect(ok.required).toEqual(["code", "msg", "data"])
      expect(ok.properties.code.const).toBe(10000)
      expect(ok.properties.data, key).toBeTypeOf("object")
      for (const status of errorStatuses) {
        expect(responses[status]!.content["application/json"].schema.$ref, `${key} ${status}`).toBe(
          "#/components/schemas/ErrorEnvelope"
        )
      }
    }
  )

  it("marks sign-in public and every other operation as needing a session (bearer or cookie)", () => {
    for (const { key, op } of operations()) {
      if (key === "POST /api/sign_in") expect(op.security).toEqual([])
      else if (advisorOperations.includes(key)) expect(op.security, key).toEqual([{}, { advisorZoneSecret: [] }])
      else expect(op.security, key).toEqual([{ bearer: [] }, { cookie: [] }])
    }
    expect(Object.keys(doc.components.securitySchemes).sort()).toEqual(["advisorZoneSecret", "bearer", "cookie"])
    expect(doc.components.securitySchemes.cookie).toMatchObject({ in: "cookie", name: "wm_session" })
  })

  it("carries the code table with every code and its HTTP status", () => {
    for (const entry of Object.values(Codes)) {
      expect(doc.info.description).toContain(`| ${entry.code} | ${entry.status} |`)
    }
    expect(doc.components.schemas.ErrorEnvelope.required).toEqual(["code", "msg", "data"])
  })

  it("keeps the parameter descriptions written beside the schemas", () => {
    const list = operation("GET", "/api/usermanage/user_list")!.parameters as Array<Json>
    expect(list.find((p) => p.name === "page")?.description).toBe("page number, from 1")
    expect(list.find((p) => p.name === "count")?.description).toMatch(/more than 100 is served as 100/)
    const create = operation("POST", "/api/usermanage/create_user")!.requestBody.content["application/json"].schema
    expect(create.properties.role.description).toMatch(/1 分行管理员/)
    expect(create.properties.subbranchId.description).toMatch(/支行ID/)
    const detail = operation("GET", "/api/usermanage/user_detail")!.parameters as Array<Json>
    expect(detail[0]?.description).toBe("用户ID")
  })

  it.each(ROUTES.map((r) => [`${r.method} ${r.path}`, r] as const))(
    "%s answers valid parameters with what its 200 schema documents",
    async (_, route) => {
      const own = await makeHarness()
      try {
        await route.setup?.(own)
        const token = await tokenFor(own, route.caller)
        const { path, body, form } = request(route, route.valid(own))
        const res = await own.app.request(path, {
          method: route.method,
          headers: {
            ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
            ...(body === undefined ? {} : { "content-type": "application/json" })
          },
          body: form ?? (body === undefined ? undefined : JSON.stringify(body))
        })
        const answer = await answerOf(res)
        expect(answer.status, answer.text).toBe(200)
        expectContract(answer, route)
      } finally {
        await own.close()
      }
    }
  )
})

describe("/docs", () => {
  // What the page shows once rendered (every operation, response fields) is checked in a browser:
  // packages/web/e2e/api-docs.test.ts.
  it("answers an HTML page that renders /openapi.json with this server's own Swagger UI files", async () => {
    const res = await h.app.request("/docs")
    expect(res.status).toBe(200)
    expect(res.headers.get("content-type")).toMatch(/^text\/html/)
    const html = await res.text()
    expect(html).toMatch(/^<!doctype html>/i)
    expect(html).toContain('href="/openapi.json"')
    expect(html).toContain('<script src="/docs/assets/swagger-ui-bundle.js">')
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//)
    const start = await (await h.app.request("/docs/assets/start.js")).text()
    expect(start).toContain('url: "/openapi.json"')
  })
})

describe("/healthz", () => {
  it("answers 200 when ready", async () => {
    const res = await h.app.request("/healthz")
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ status: "ok" })
  })

  it("answers 503 while the data is still loading", async () => {
    const starting = makeApp({ runtime: h.runtime, logger: silentLogger, ready: () => false })
    const res = await starting.request("/healthz")
    expect(res.status).toBe(503)
    expect(await res.json()).toEqual({ status: "starting" })
    await starting.close()
  })
})

describe("unknown routes and wrong methods", () => {
  it.each([
    ["GET", "/api/nope"],
    ["POST", "/api/organ/nope"],
    ["GET", "/nothing-here"]
  ])("%s %s answers the envelope with 404/10404 (not 10007, record not found)", async (method, path) => {
    const token = await h.signIn("admin")
    const headers = { authorization: `Bearer ${token}`, "accept-language": "en" }
    const res = await h.app.request(path, { method, headers })
    const answer = await answerOf(res)
    expect(answer.status).toBe(404)
    const json = expectContract(answer)
    expect(json).toEqual({ code: 10404, msg: `no route ${method} ${path}`, data: null })
  })

  it.each([
    ["GET", "/api/sign_in", "POST"],
    ["POST", "/api/logout", "GET, HEAD"],
    ["DELETE", "/api/usermanage/user_detail", "GET, POST, HEAD"],
    ["PUT", "/api/organ/add", "POST"],
    ["POST", "/openapi.json", "GET, HEAD"]
  ])("%s %s answers 405/10405 with Allow: %s", async (method, path, allow) => {
    const token = await h.signIn("admin")
    const res = await h.app.request(path, { method, headers: { authorization: `Bearer ${token}` } })
    expect(res.status).toBe(405)
    expect(res.headers.get("allow")).toBe(allow)
    expect(((await res.json()) as Json).code).toBe(10405)
  })

  it("answers 404 without a session too (the route's existence does not depend on signing in)", async () => {
    const res = await h.app.request("/api/nope")
    expect(res.status).toBe(404)
    expect(((await res.json()) as Json).code).toBe(10404)
  })
})

describe("response headers", () => {
  it("every answer carries the secure headers", async () => {
    for (const path of ["/healthz", "/docs", "/openapi.json", "/api/new_params", "/api/nope"]) {
      const res = await h.app.request(path)
      expect(res.headers.get("x-content-type-options"), path).toBe("nosniff")
      expect(res.headers.get("x-frame-options"), path).toBeTruthy()
    }
  })
})
