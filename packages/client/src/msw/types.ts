/**
 * Types of msw overrides: what a resolver receives for a route and what it may answer, all typed by
 * the route key (`"POST /api/sign_in"`) from the generated OpenAPI types.
 */
import type { ApiError } from "../errors.js"
import type { RouteBody, RouteData, RouteKey } from "../routes.js"

export interface MockRequest<K extends RouteKey> {
  readonly request: Request
  /** Query parameters as sent. */
  readonly query: URLSearchParams
  /** The JSON (or form) body as sent; `undefined` for GET routes. */
  readonly body: [RouteBody<K>] extends [never] ? undefined : RouteBody<K>
  /** The default answer's `data`. */
  readonly example: RouteData<K>
}

export type MockAnswer<K extends RouteKey> = RouteData<K> | ApiError | Response | undefined
/** Answers `data`, an ApiError, a Response, or nothing (`undefined`/no return) for the default answer. */
export type MockResolver<K extends RouteKey> = (
  request: MockRequest<K>
  // biome-ignore lint/suspicious/noConfusingVoidType: resolvers that only observe the request return nothing
) => MockAnswer<K> | void | Promise<MockAnswer<K> | void>
/** Per-route replacements, keyed like `"POST /api/sign_in"`. */
export type MockOverrides = { readonly [K in RouteKey]?: MockResolver<K> }

export interface MockOptions {
  /** Origin of the mocked API, e.g. `https://wm.example.com`; any origin by default. */
  readonly baseUrl?: string
  readonly overrides?: MockOverrides
}
