/**
 * msw request handlers for every route of the document. By default each answers a success envelope
 * with the route's deterministic example, or 10001 when a required parameter is missing. Overrides take
 * over a route: they return `data`, an ApiError (or throw one), a Response, or `undefined` for the default.
 */
import { type HttpHandler, http } from "msw"
import type { RouteKey } from "../routes.js"
import { type MockOperation, mockOperations, operation } from "./document.js"
import { respond } from "./respond.js"
import type { MockOptions, MockResolver } from "./types.js"

const url = (op: MockOperation, baseUrl: string | undefined) => `${(baseUrl ?? "*").replace(/\/+$/, "")}${op.path}`

/** One handler for `key`, e.g. for `server.use(mockRoute("POST /api/sign_in", () => apiError("invalidCredentials")))`. */
export const mockRoute = <K extends RouteKey>(
  key: K,
  resolver: MockResolver<K>,
  options: { readonly baseUrl?: string } = {}
): HttpHandler => {
  const op = operation(key)
  return http[op.method](url(op, options.baseUrl), ({ request }) =>
    respond(op, request, resolver as unknown as MockResolver<RouteKey>)
  )
}

/** Handlers for every route of the document, with `overrides` in place of the defaults they name. */
export const handlers = (options: MockOptions = {}): HttpHandler[] =>
  mockOperations.map((op) => {
    const override = options.overrides?.[op.key] as MockResolver<RouteKey> | undefined
    return http[op.method](url(op, options.baseUrl), ({ request }) => respond(op, request, override))
  })
