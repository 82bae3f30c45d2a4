/**
 * Node entry: validate configuration, open the store (the embedded store in DATA_DIR unless MONGODB_URI), listen,
 * load the demo bank into an empty store (with --demo), serve until SIGTERM.
 * Usage: tsx src/main.ts [--demo] [--fresh]
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs"
import { join, resolve } from "node:path"
import { serve } from "@hono/node-server"
import { AuditService, ReadModelWarmup, UserRepo } from "@wm/core"
import { DEMO_PASSWORD, demoUsers, generateDemoBank } from "@wm/demo"
import { checkDataDir, clearDataDir, SqliteStore } from "@wm/sqlite"
import { Effect, type Layer, ManagedRuntime, Redacted } from "effect"
import { makeApp } from "./app.js"
import { readConfig } from "./config.js"
import { ensureBootstrapAdmin } from "./demo/bootstrap.js"
import { loadFiles } from "./demo/loadFiles.js"
import { seedDemoUsers } from "./demo/seedStore.js"
import { keptAnswerServer } from "./infra/keptAnswers.js"
import { makeLogger } from "./infra/logger.js"
import { reportLoopDelayOverIpc } from "./infra/loopDelay.js"
import { type StorePorts, servicesLayer } from "./services.js"
import { defaultWebRoot } from "./webApp.js"

const parsed = readConfig(process.env)
if ("problems" in parsed) {
  // One line per bad variable, naming it: what a newcomer sees first when a start fails.
  process.stderr.write(parsed.problems.map((p) => `invalid configuration: ${p}\n`).join(""))
  process.exit(1)
}
const config = parsed.config
// Only when a benchmark started this process with an IPC channel: how long the request thread was held.
reportLoopDelayOverIpc()
const logger = makeLogger(config.LOG_LEVEL)
const demo = process.argv.includes("--demo")

/** Relative data paths are taken from the repository root, wherever the process was started. */
const repositoryRoot = resolve(import.meta.dirname, "../../..")
const dataDir = resolve(repositoryRoot, config.DATA_DIR)

if (!config.MONGODB_URI) {
  if (process.argv.includes("--fresh") || config.FRESH) {
    clearDataDir(dataDir)
    logger.info("data_cleared", { dataDir })
  }
  // An unwritable directory or a full disk: one line naming the directory, before anything else happens.
  const problem = checkDataDir(dataDir)
  if (problem !== null) {
    process.stderr.write(`${problem}\n`)
    process.exit(1)
  }
}

/** The embedded store on disk unless MONGODB_URI names a database (the driver is loaded only then). */
const store = config.MONGODB_URI
  ? (await import("@wm/mongo")).MongoStore.layer({
      uri: Redacted.make(config.MONGODB_URI),
      dbName: config.MONGODB_DB,
      clientOptions: { serverSelectionTimeoutMS: 5_000 }
    })
  : SqliteStore.layer({ dataDir })

const runtime = ManagedRuntime.make(
  servicesLayer(store as Layer.Layer<StorePorts, unknown>, {
    account: {
      initialPassword: config.INITIAL_PASSWORD,
      maxFailedSignIns: config.LOCKOUT_THRESHOLD,
      lockoutMs: config.LOCKOUT_MINUTES * 60_000,
      sessionIdleMs: config.SESSION_IDLE_MINUTES * 60_000,
      sessionAbsoluteMs: config.SESSION_ABSOLUTE_HOURS * 3_600_000,
      // The demo password is published in the README: outside demo mode nobody may choose it.
      passwordPolicy: { published: demo ? [] : [DEMO_PASSWORD] }
    },
    cookieSecure: config.COOKIE_SECURE,
    trustedProxies: config.TRUSTED_PROXIES,
    auditRetentionMs: config.AUDIT_RETENTION_DAYS * 86_400_000,
    advisorZoneSecret: config.ADVISOR_ZONE_SECRET,
    scrypt: { N: config.SCRYPT_N, r: 8, p: 1 },
    updateLeaseMs: config.UPDATE_LEASE_SECONDS * 1_000,
    // The embedded store is written by this process alone: hot reads' answers may be kept (api/memo.ts).
    exclusiveStore: !config.MONGODB_URI,
    // Export files live in the data directory unless EXPORT_DIR says otherwise (on MongoDB: GridFS).
    exportDir: config.EXPORT_DIR ? resolve(repositoryRoot, config.EXPORT_DIR) : join(dataDir, "exports"),
    // Uploads, applies and recomputes of large data run on worker threads: reads keep being answered meanwhile.
    ...(config.COMPUTE_WORKERS ? { computeWorkers: {} } : {})
  })
)

/** Connecting to the store may fail: say why, without secrets, and exit non-zero. */
const openStarted = performance.now()
try {
  await runtime.runtime()
} catch (error) {
  const message = error instanceof Error ? error.message : String(error)
  process.stderr.write(`Cannot open the store: ${message}\n`)
  logger.error("store_unavailable", { error: message })
  process.exit(1)
}
// How long opening took (the embedded store reads its data here), and since the process started (module loading).
const opened = { openMs: Math.round(performance.now() - openStarted), uptimeMs: Math.round(performance.now()) }
logger.info(
  "store_open",
  config.MONGODB_URI ? { store: "mongodb", ...opened } : { store: "embedded", dataDir, ...opened }
)

let ready = false
const app = makeApp({
  runtime,
  logger,
  ready: () => ready,
  webRoot: defaultWebRoot,
  checkAnswers: false,
  exports: {
    concurrency: config.EXPORT_CONCURRENCY,
    retentionMs: config.EXPORT_RETENTION_DAYS * 86_400_000,
    // Several instances may share a MongoDB database; the embedded store has one process.
    exclusive: !config.MONGODB_URI,
    leaseMs: config.EXPORT_LEASE_SECONDS * 1_000,
    pollMs: config.EXPORT_POLL_SECONDS * 1_000
  }
})
// Kept answers of hot reads are written before Hono (infra/keptAnswers.ts); every other request goes to Hono.
const createServer = keptAnswerServer(app, logger)
const server = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST, createServer }, (info) =>
  logger.info("listening", { url: `http://${config.HOST}:${info.port}`, demo })
)
// A port in use or a host that is not ours: one line saying which, no stack trace.
server.on("error", (error: NodeJS.ErrnoException) => {
  const where = `${config.HOST}:${config.PORT}`
  const reason =
    error.code === "EADDRINUSE"
      ? `port ${config.PORT} is already in use on ${config.HOST}; stop the other server or set PORT`
      : error.code === "EADDRNOTAVAIL" || error.code === "ENOTFOUND"
        ? `cannot listen on ${where}: no such address here; check HOST`
        : error.code === "EACCES"
          ? `not allowed to listen on ${where}; use a PORT above 1023`
          : `cannot listen on ${where}: ${error.message}`
  process.stderr.write(`${reason}\n`)
  process.exit(1)
})

/** Generates the demo files once per seed and day, so a fresh demo always has recent data. */
const demoFiles = async () => {
  const dir = resolve(repositoryRoot, config.DEMO_DATA_DIR)
  const today = new Date().toISOString().slice(0, 10)
  const stamp = `${config.DEMO_SEED}:${config.DEMO_SCALE}:${today}`
  const stampFile = join(dir, ".stamp")
  if (!existsSync(stampFile) || readFileSync(stampFile, "utf8") !== stamp) {
    logger.info("demo_generate", { dir })
    await generateDemoBank({ outDir: dir, seed: config.DEMO_SEED, scale: config.DEMO_SCALE })
    writeFileSync(stampFile, stamp)
  }
  return dir
}

const load = async () => {
  const empty = (await runtime.runPromise(Effect.flatMap(UserRepo, (u) => u.count({})))) === 0
  if (demo && empty) {
    const dir = await demoFiles()
    // The bank admin first: the demo data goes through the upload pipeline as an admin would upload it.
    const admins = demoUsers.filter((u) => u.role === 1)
    const [admin] = await runtime.runPromise(seedDemoUsers(admins, DEMO_PASSWORD))
    await runtime.runPromise(
      loadFiles(dir, { user: admin!, sessionHash: "" }, (step) => logger.info("demo_loaded_type", { ...step }))
    )
    await runtime.runPromise(
      seedDemoUsers(
        demoUsers.filter((u) => u.role !== 1),
        DEMO_PASSWORD
      )
    )
    logger.info("demo_loaded", { dir })
  }
  if (await runtime.runPromise(ensureBootstrapAdmin(config.BOOTSTRAP_ADMIN, config.INITIAL_PASSWORD))) {
    logger.warn("bootstrap_admin_created", { username: config.BOOTSTRAP_ADMIN, mustChangePassword: true })
  }
  ready = true
  purgeAudit()
  logger.info("ready")
  warmReadModels()
}

/**
 * The active version's read models (the market index, the wealth and statistics indexes) built in the background
 * once the server answers, in slices between requests, so the first portrait or match read does not wait for them.
 */
const warmReadModels = () => {
  const started = performance.now()
  runtime
    .runPromise(Effect.flatMap(ReadModelWarmup, (w) => w.warmActive))
    .then(() => logger.info("read_models_warmed", { ms: Math.round(performance.now() - started) }))
    .catch((error: unknown) => logger.error("read_models_warm_failed", { error: String(error) }))
}

/** Audit events past AUDIT_RETENTION_DAYS go at start and every hour (reading the trail purges too). */
const purgeAudit = () =>
  runtime
    .runPromise(Effect.flatMap(AuditService, (a) => a.purgeExpired()))
    .then((purged) => purged > 0 && logger.info("audit_purged", { events: purged }))
    .catch((error: unknown) => logger.error("audit_purge_failed", { error: String(error) }))
const auditTimer = setInterval(purgeAudit, 3_600_000)
auditTimer.unref()

load().catch((error: unknown) => {
  logger.error("startup_failed", { error: error instanceof Error ? error.message : String(error) })
  process.exit(1)
})

const shutdown = (signal: string) => {
  logger.info("shutting_down", { signal })
  setTimeout(() => process.exit(1), 10_000).unref()
  server.close(() => {
    app
      .close()
      .then(() => runtime.dispose())
      .then(() => process.exit(0))
  })
}
process.once("SIGTERM", () => shutdown("SIGTERM"))
process.once("SIGINT", () => shutdown("SIGINT"))
