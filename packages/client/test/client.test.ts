/**
 * createClient against a stub fetch: envelope unwrapping, ApiError fields, bearer and cookie auth,
 * query and body encoding, and compile-time typing of paths, queries, bodies and answers.
 */
import { readFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { describe, expect, expectTypeOf, it } from "vitest"
import doc from "../openapi.json" with { type: "json" }
import { ApiCodes, ApiError, apiError, createClient, isApiError, type RouteData } from "../src/index.js"

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } })

/** A client whose fetch records each request and answers `answer`. */
const stubbed = (answer: (request: Request) => Response, token?: string) => {
  const requests: Request[] = []
  const client = createClient({
    baseUrl: "https://wm.test/",
    token,
    fetch: async (request) => {
      requests.push(request.clone())
      return answer(request)
    }
  })
  return { client, requests }
}

describe("createClient", () => {
  it("unwraps the success envelope to `data`", async () => {
    const { client, requests } = stubbed(() =>
      json(200, { code: 10000, msg: "success", data: { total: 0, outletList: [] } })
    )
    const data = await client.get("/api/organ/list", { query: { keyword: "城东", page: 2 } })
    expect(data).toEqual({ total: 0, outletList: [] })
    expect(requests[0]!.url).toBe("https://wm.test/api/organ/list?keyword=%E5%9F%8E%E4%B8%9C&page=2")
    expect(requests[0]!.method).toBe("GET")
  })

  it("posts JSON bodies", async () => {
    const { client, requests } = stubbed(() => json(200, { code: 10000, msg: "success", data: null }))
    await expect(client.post("/api/organ/delete", { code: "B1O2" })).resolves.toBeNull()
    expect(requests[0]!.headers.get("content-type")).toBe("application/json")
    expect(await requests[0]!.json()).toEqual({ code: "B1O2" })
  })

  it("rejects with ApiError carrying code, msg, status and field", async () => {
    const { client } = stubbed(() =>
      json(400, { code: 10001, msg: "userId: must be an integer", data: { field: "userId" } })
    )
    const error = await client.post("/api/usermanage/delete_user", { userId: "x" }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ code: 10001, status: 400, field: "userId", msg: "userId: must be an integer" })
    expect(isApiError(error, "invalidParameter")).toBe(true)
    expect(isApiError(error, 10002)).toBe(false)
  })

  it("treats a non-success code as failure even with HTTP 200, and non-envelopes as code 0", async () => {
    const odd = stubbed(() => json(200, { code: 10007, msg: "gone", data: null }))
    await expect(odd.client.get("/api/new_params")).rejects.toMatchObject({
      code: 10007,
      status: 200,
      field: undefined
    })
    const proxy = stubbed(() => new Response("<html>Bad gateway</html>", { status: 502 }))
    await expect(proxy.client.get("/api/new_params")).rejects.toMatchObject({ code: 0, status: 502 })
  })

  it("sends the bearer token when set, and cookies (credentials: include) otherwise", async () => {
    const { client, requests } = stubbed(() => json(200, { code: 10000, msg: "success", data: null }))
    await client.get("/api/logout")
    expect(requests[0]!.headers.get("authorization")).toBeNull()
    expect(requests[0]!.credentials).toBe("include")
    client.setToken("t0k")
    expect(client.token).toBe("t0k")
    await client.get("/api/logout")
    expect(requests[1]!.headers.get("authorization")).toBe("Bearer t0k")
    client.setToken(undefined)
    await client.get("/api/logout")
    expect(requests[2]!.headers.get("authorization")).toBeNull()
    const preset = stubbed(() => json(200, { code: 10000, msg: "success", data: null }), "abc")
    await preset.client.raw.GET("/api/logout")
    expect(preset.requests[0]!.headers.get("authorization")).toBe("Bearer abc")
  })
})

describe("ApiCodes", () => {
  it("equals the code table of the OpenAPI document", () => {
    const rows = [...doc.info.description.matchAll(/^\| (\d+) \| (\d+) \|/gm)].map((m) => [Number(m[1]), Number(m[2])])
    expect(rows.length).toBeGreaterThan(0)
    expect(Object.values(ApiCodes).map((e) => [e.code, e.status])).toEqual(rows)
  })

  it("apiError fills status and message from the table", () => {
    expect(apiError("invalidCredentials")).toMatchObject({
      code: 10003,
      status: 401,
      msg: "wrong username or password, or too many attempts: wait a few minutes"
    })
    expect(apiError(10001, "name: is required", "name").toEnvelope()).toEqual({
      code: 10001,
      msg: "name: is required",
      data: { field: "name" }
    })
  })
})

/** Compile-time checks (tsc -p packages/client); never run. */
export const typing = async (client: ReturnType<typeof createClient>) => {
  const me = await client.post("/api/sign_in", { username: "admin", password: "x" })
  expectTypeOf(me.token).toEqualTypeOf<string>()
  expectTypeOf(me.role).toEqualTypeOf<1 | 2 | 3 | 4 | 5>()
  expectTypeOf(await client.get("/api/usermanage/user_list")).toEqualTypeOf<
    RouteData<"GET /api/usermanage/user_list">
  >()
  expectTypeOf(await client.get("/api/logout")).toEqualTypeOf<null>()
  await client.get("/api/organ/detail", { query: { code: "B1O1" } })
  // @ts-expect-error the query `code` is required
  await client.get("/api/organ/detail")
  // @ts-expect-error no such route
  await client.get("/api/nope")
  // @ts-expect-error sign_in is POST only
  await client.get("/api/sign_in")
  // @ts-expect-error the body lacks `password`
  await client.post("/api/sign_in", { username: "admin" })
  // @ts-expect-error `code` is a string
  await client.post("/api/organ/delete", { code: 1 })
}

describe("entry points", () => {
  /** Relative modules reachable from `file`, and the bare specifiers they import. */
  const graph = (file: string, seen = new Set<string>(), bare = new Set<string>()) => {
    if (seen.has(file)) return { seen, bare }
    seen.add(file)
    for (const [, spec] of readFileSync(file, "utf8").matchAll(/^(?:import|export)[^"']*?from\s*["']([^"']+)["']/gm)) {
      if (!spec!.startsWith(".")) bare.add(spec!)
      else if (!spec!.endsWith(".json")) graph(join(dirname(file), spec!.replace(/\.js$/, ".ts")), seen, bare)
      else seen.add(join(dirname(file), spec!))
    }
    return { seen, bare }
  }
  const src = join(import.meta.dirname, "..", "src")

  it("the client entry loads neither msw nor the OpenAPI document", () => {
    const { seen, bare } = graph(join(src, "index.ts"))
    expect([...bare].sort()).toEqual(["openapi-fetch"])
    expect([...seen].some((f) => f.includes("/msw/") || f.endsWith(".json"))).toBe(false)
  })

  it("the msw entry adds msw and the document", () => {
    const { seen, bare } = graph(join(src, "msw", "index.ts"))
    expect([...bare].sort()).toEqual(["msw"])
    expect([...seen].some((f) => f.endsWith("openapi.json"))).toBe(true)
  })
})
