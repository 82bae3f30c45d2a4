/**
 * @wm/http — the Hono app serving every documented route, for embedding or testing without a listener
 * (`makeApp(…).request(…)`); src/main.ts is the Node entry that configures a store and listens.
 */
export { type AppOptions, envelopeOpenApiDocument, makeApp, openApiDocument, routes } from "./app.js"
export { EnvConfig, readConfig } from "./config.js"
export { type ServiceOptions, type Services, type StorePorts, servicesLayer } from "./services.js"
export { validateUpload } from "./upload/index.js"
