/**
 * @wm/client — the typed client of the wealth-marketing HTTP API, generated from its OpenAPI document.
 *
 *   const api = createClient({ baseUrl: "https://wm.example.com" })
 *   const me = await api.post("/api/sign_in", { username, password })
 *   api.setToken(me.token)
 *   const { total, userList } = await api.get("/api/usermanage/user_list", { query: { page: 1 } })
 *
 * Failures reject with ApiError (`code`, `msg`, `status`, `field`). Mocks live in `@wm/client/msw`.
 */
export { type ClientOptions, createClient, unwrap, type WmClient } from "./client.js"
export { type ApiCode, type ApiCodeName, ApiCodes, statusOfCode } from "./codes.js"
export { ApiError, type ApiErrorInit, apiError, isApiError } from "./errors.js"
export type { components, operations } from "./generated/api.js"
export type {
  BodyOf,
  DataOf,
  Method,
  Operation,
  PathsOf,
  paths,
  QueryOf,
  Route,
  RouteBody,
  RouteData,
  RouteKey,
  RouteQuery
} from "./routes.js"
