/**
 * @wm/client/msw — msw handlers answering every route with realistic data derived from the OpenAPI
 * document, overridable per route. Kept apart from the client so production bundles never load msw.
 *
 *   import { setupServer } from "msw/node"
 *   import { apiError, handlers, mockRoute } from "@wm/client/msw"
 *
 *   const server = setupServer(
 *     ...handlers({ overrides: { "POST /api/sign_in": ({ body }) => (body.password ? undefined : apiError("invalidCredentials")) } })
 *   )
 *   server.use(mockRoute("GET /api/organ/list", ({ example }) => ({ ...example, total: 0, outletList: [] })))
 *
 * An override answers the envelope's `data`, an ApiError (returned or thrown), a Response, or nothing
 * (the default answer). `exampleData(key)` is a route's default `data`.
 */
export { apiError } from "../errors.js"
export { type MockOperation, mockOperations } from "./document.js"
export { exampleOf } from "./examples.js"
export { handlers, mockRoute } from "./handlers.js"
export { exampleData } from "./respond.js"
export type { JsonSchema } from "./schema.js"
export type { MockAnswer, MockOptions, MockOverrides, MockRequest, MockResolver } from "./types.js"
