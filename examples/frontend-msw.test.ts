/**
 * A front end's test, with no server: the typed client talks to msw handlers generated from the
 * OpenAPI document; unhandled requests fail the test. Sign in, list users, and an error route
 * overridden per test to check how ApiError reaches the UI code.
 */
import { setupServer } from "msw/node"
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest"
import { ApiError, createClient, isApiError } from "../packages/client/src/index.js"
import { apiError, exampleData, handlers, mockRoute } from "../packages/client/src/msw/index.js"

const baseUrl = "https://wm.example.com"
let signedInToken: string | undefined

const server = setupServer(
  ...handlers({
    baseUrl,
    overrides: {
      // The default answer, but only for the token sign-in handed out, as the real server does.
      "GET /api/usermanage/user_list": ({ request, example }) =>
        request.headers.get("authorization") === `Bearer ${signedInToken}` ? example : apiError("notSignedIn")
    }
  })
)

beforeAll(() => server.listen({ onUnhandledRequest: "error" }))
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

describe("front end against msw", () => {
  it("signs in and lists users", async () => {
    const api = createClient({ baseUrl })
    const me = await api.post("/api/sign_in", { username: "bank_rm", password: "Demo@2026" })
    expect(me.username).toBe("bank_rm")
    signedInToken = me.token
    api.setToken(me.token)

    const { total, userList } = await api.get("/api/usermanage/user_list", { query: { page: 1, count: 10 } })
    expect(total).toBeGreaterThanOrEqual(userList.length)
    expect(userList).toEqual(exampleData("GET /api/usermanage/user_list").userList)
    for (const user of userList) expect([1, 2, 3, 4, 5]).toContain(user.role)

    api.setToken(undefined)
    await expect(api.get("/api/usermanage/user_list")).rejects.toMatchObject({ code: 10002, status: 401 })
  })

  it("surfaces an overridden error route as ApiError", async () => {
    server.use(
      mockRoute("POST /api/sign_in", ({ body }) => apiError("invalidCredentials", `no entry for ${body.username}`), {
        baseUrl
      })
    )
    const api = createClient({ baseUrl })
    const error = await api.post("/api/sign_in", { username: "outlet_rm", password: "x" }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect(isApiError(error, "invalidCredentials")).toBe(true)
    expect(error).toMatchObject({ code: 10003, status: 401, msg: "no entry for outlet_rm" })
  })

  it("shows which field a 10001 names", async () => {
    server.use(
      mockRoute(
        "POST /api/usermanage/create_user",
        () => apiError("invalidParameter", "name: must not be empty", "name"),
        {
          baseUrl
        }
      )
    )
    const api = createClient({ baseUrl, token: "t" })
    const error = await api
      .post("/api/usermanage/create_user", { username: "li.na", name: " ", role: 2 })
      .catch((e: unknown) => e)
    expect(error).toMatchObject({ code: 10001, status: 400, field: "name" })
  })
})
