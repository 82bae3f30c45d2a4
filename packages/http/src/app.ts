/**
 * The Hono application: every documented route, health, the OpenAPI document and its HTML view.
 */
import type { ManagedRuntime } from "effect"
import { Hono } from "hono"
import { bodyLimit } from "hono/body-limit"
import { Codes } from "./api/codes.js"
import { DOCS_CSP, DOCS_PATHS, mountDocs } from "./api/docs.js"
import { failIn } from "./api/envelope.js"
import { both } from "./api/language.js"
import { makeNotFound } from "./api/methods.js"
import { type AppEnv, mountRoutes } from "./api/mount.js"
import { buildOpenApi } from "./api/openapi.js"
import type { RouteDef } from "./api/route.js"
import { DEFAULT_EXPORTS, type ExportRunnerOptions, startExportRunner } from "./exports/runner.js"
import { answerHeaders } from "./infra/answerHeaders.js"
import { type NodeKeptAnswer, nodeKeptAnswer } from "./infra/keptAnswers.js"
import { type Logger, logRequest } from "./infra/logger.js"
import { advisorRoutes } from "./routes/advisor/products.js"
import { auditRoutes } from "./routes/audit.js"
import { authRoutes } from "./routes/auth.js"
import { companyRoutes } from "./routes/company/index.js"
import { dataRoutes } from "./routes/data.js"
import { updateRoutes } from "./routes/dataUpdate.js"
import { downloadRoutes } from "./routes/download/index.js"
import { financialRoutes } from "./routes/financial/index.js"
import { listedRoutes } from "./routes/listed/index.js"
import { marketingRoutes } from "./routes/marketing/index.js"
import { organRoutes } from "./routes/organs.js"
import { paramsRoutes } from "./routes/params.js"
import { productRoutes } from "./routes/products/index.js"
import { settingsRoutes } from "./routes/settings.js"
import { statisticsRoutes } from "./routes/statistics/index.js"
import { userRoutes } from "./routes/users.js"
import { warningRoutes } from "./routes/warning/index.js"
import type { Services } from "./services.js"
import { mountWebApp, WEB_APP_CSP } from "./webApp.js"

export const routes: ReadonlyArray<RouteDef<Services>> = [
  ...authRoutes,
  ...userRoutes,
  ...organRoutes,
  ...dataRoutes,
  ...updateRoutes,
  ...companyRoutes,
  ...paramsRoutes,
  ...productRoutes,
  ...warningRoutes,
  ...financialRoutes,
  ...settingsRoutes,
  ...auditRoutes,
  ...advisorRoutes,
  ...marketingRoutes,
  ...statisticsRoutes,
  ...listedRoutes,
  ...downloadRoutes
]

/** JSON and form bodies stay small; file uploads may be large (the upload reader enforces its own limit). */
export const BODY_LIMIT = 1024 * 1024
export const UPLOAD_PATH = "/api/upload_update_data"
export const UPLOAD_BODY_LIMIT = 200 * 1024 * 1024

export const openApiDocument = () =>
  buildOpenApi(routes as ReadonlyArray<RouteDef<unknown>>, { title: "企业理财精准营销 API", version: "0.1.0" })

/**
 * The document of the session API alone (every `{code,msg,data}` route): what the typed client is generated from.
 * The advisor zone (plain JSON, the gateway's staff header) is for the bank's gateway, not for this front end.
 */
export const envelopeOpenApiDocument = () =>
  buildOpenApi(
    (routes as ReadonlyArray<RouteDef<unknown>>).filter((r) => r.style !== "plain"),
    { title: "企业理财精准营销 API", version: "0.1.0" }
  )

export interface AppOptions {
  readonly runtime: ManagedRuntime.ManagedRuntime<Services, unknown>
  readonly logger: Logger
  /** False until data is loaded; /healthz answers 503 meanwhile. */
  readonly ready?: () => boolean
  /** The built web app to serve under /app (packages/web/dist); none in API-only tests. */
  readonly webRoot?: string | undefined
  /**
   * Build and check cached answers on every request (api/versionedAnswer.ts); default true, as tests want.
   * The server entry turns it off: cached answers are then sent without being built again.
   */
  readonly checkAnswers?: boolean
  /** Keep hot reads' answers and send them again without the Effect runtime (api/memo.ts); default true. */
  readonly keepAnswers?: boolean
  /** The background export runner's settings (DEFAULT_EXPORTS for those not given). */
  readonly exports?: Partial<ExportRunnerOptions>
}

export const makeApp = ({
  runtime,
  logger,
  ready = () => true,
  webRoot,
  checkAnswers = true,
  keepAnswers = true,
  exports = DEFAULT_EXPORTS
}: AppOptions) => {
  const app = new Hono<AppEnv>()
  // /docs's and the web app's own CSPs, set after the general one below (this middleware runs outside it).
  const docsCsp = async (c: { res: Response }, next: () => Promise<void>) => {
    await next()
    c.res.headers.set("Content-Security-Policy", DOCS_CSP)
  }
  app.use("/docs", docsCsp)
  app.use("/docs/*", docsCsp)
  app.use("/app/*", async (c, next) => {
    await next()
    c.res.headers.set("Content-Security-Policy", WEB_APP_CSP)
  })
  // nosniff, frame deny, a CSP that allows nothing (answers are JSON); no-store on API answers.
  app.use(answerHeaders())
  app.use(async (c, next) => {
    const started = performance.now()
    c.set("checkAnswers", checkAnswers)
    await next()
    logRequest(logger, c.req.method, c.req.path, c.res.status, started, c.get("userId"))
  })
  const jsonLimit = bodyLimit({
    maxSize: BODY_LIMIT,
    onError: (c) => failIn(c, Codes.invalidParameter, both("body：超过 1 MiB", "body: larger than 1 MiB"))
  })
  const uploadLimit = bodyLimit({
    maxSize: UPLOAD_BODY_LIMIT,
    onError: (c) => failIn(c, Codes.invalidParameter, both("file：超过 200 MiB", "file: larger than 200 MiB"))
  })
  app.use("/api/*", (c, next) =>
    // A GET or HEAD has no body; asking for one would build the whole fetch Request of the Node request.
    c.req.method === "GET" || c.req.method === "HEAD"
      ? next()
      : c.req.path === UPLOAD_PATH
        ? uploadLimit(c, next)
        : jsonLimit(c, next)
  )

  app.get("/healthz", (c) => (ready() ? c.json({ status: "ok" }) : c.json({ status: "starting" }, 503)))
  const doc = openApiDocument()
  app.get("/openapi.json", (c) => c.json(doc))
  mountDocs(app)
  const memo = mountRoutes<Services>(app, routes, runtime, logger, keepAnswers)
  if (webRoot !== undefined) mountWebApp(app, webRoot)
  const stopExports = startExportRunner(runtime, logger, exports)

  app.notFound(
    makeNotFound([
      ...routes,
      { method: "get", path: "/healthz" },
      { method: "get", path: "/openapi.json" },
      ...DOCS_PATHS.map((path) => ({ method: "get" as const, path }))
    ])
  )
  app.onError((err, c) => {
    logger.error("unhandled", { path: c.req.path, error: err.message })
    return failIn(c, Codes.internal, Codes.internal.message)
  })
  /**
   * The kept answer of a Node request, if one may be sent as it is (never when the app checks its answers): what
   * the Node entry answers before Hono (infra/keptAnswers.ts), by the rules the routes apply (api/memo.ts).
   */
  const keptAnswer: NodeKeptAnswer = checkAnswers ? () => undefined : nodeKeptAnswer(memo)
  // close() stops the app's background work (the export runner): call it before disposing of the runtime.
  return Object.assign(app, { keptAnswer, close: stopExports })
}
