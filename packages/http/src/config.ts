/**
 * Configuration from environment variables, validated once at start. A bad value stops the
 * server with a message naming the variable; secrets are never echoed.
 */
import { ParseResult, Schema } from "effect"
import { proxyEntryProblem } from "./infra/clientOrigin.js"

const Int = (min: number, max: number) =>
  Schema.NumberFromString.pipe(Schema.int({ message: () => "must be an integer" }), Schema.between(min, max))
const Bool = Schema.transform(Schema.Literal("true", "false", "1", "0"), Schema.Boolean, {
  strict: true,
  decode: (s) => s === "true" || s === "1",
  encode: (b) => (b ? "true" : "false")
})

const validTimeZone = (zone: string) => {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone })
    return true
  } catch {
    return false
  }
}

/** A comma-separated list of IP addresses and CIDR ranges; blank entries are ignored. */
const ProxyList = Schema.transform(
  Schema.String.pipe(
    Schema.filter((text) => {
      const problems = text
        .split(",")
        .map((e) => e.trim())
        .filter((e) => e !== "")
        .flatMap((e) => proxyEntryProblem(e) ?? [])
      return problems.length === 0 || `${problems.join("; ")} (expected e.g. 10.0.0.1,10.1.0.0/16,::1)`
    })
  ),
  Schema.Array(Schema.String),
  {
    strict: true,
    decode: (text) =>
      text
        .split(",")
        .map((e) => e.trim())
        .filter((e) => e !== ""),
    encode: (list) => list.join(",")
  }
)

export const EnvConfig = Schema.Struct({
  PORT: Schema.optionalWith(Int(0, 65535), { default: () => 3000 }),
  HOST: Schema.optionalWith(Schema.String, { default: () => "127.0.0.1" }),
  LOG_LEVEL: Schema.optionalWith(Schema.Literal("debug", "info", "warn", "error", "silent"), { default: () => "info" }),
  INITIAL_PASSWORD: Schema.optionalWith(Schema.String.pipe(Schema.minLength(8)), { default: () => "Welcome@2026" }),
  SESSION_IDLE_MINUTES: Schema.optionalWith(Int(1, 24 * 60), { default: () => 30 }),
  SESSION_ABSOLUTE_HOURS: Schema.optionalWith(Int(1, 24 * 30), { default: () => 12 }),
  LOCKOUT_THRESHOLD: Schema.optionalWith(Int(1, 100), { default: () => 5 }),
  LOCKOUT_MINUTES: Schema.optionalWith(Int(1, 24 * 60), { default: () => 15 }),
  COOKIE_SECURE: Schema.optionalWith(Bool, { default: () => false }),
  TRUSTED_PROXIES: Schema.optionalWith(ProxyList, { default: () => [] }),
  AUDIT_RETENTION_DAYS: Schema.optionalWith(Int(1, 100 * 366), { default: () => 400 }),
  SCRYPT_N: Schema.optionalWith(Int(1024, 2 ** 20), { default: () => 2 ** 15 }),
  MONGODB_URI: Schema.optional(
    Schema.String.pipe(
      Schema.pattern(/^mongodb(\+srv)?:\/\//, { message: () => "must start with mongodb:// or mongodb+srv://" })
    )
  ),
  MONGODB_DB: Schema.optionalWith(Schema.String.pipe(Schema.pattern(/^[A-Za-z0-9_-]{1,60}$/)), {
    default: () => "wealth_marketing"
  }),
  /** The embedded store's data directory; relative paths are taken from the repository root. */
  DATA_DIR: Schema.optionalWith(Schema.String.pipe(Schema.minLength(1)), { default: () => ".data" }),
  /** Start over: remove the embedded store's data before opening it (as `--fresh` does). */
  FRESH: Schema.optionalWith(Bool, { default: () => false }),
  DEMO_DATA_DIR: Schema.optionalWith(Schema.String, { default: () => ".demo-data" }),
  DEMO_SCALE: Schema.optionalWith(
    Schema.NumberFromString.pipe(Schema.between(0.001, 50, { message: () => "must be between 0.001 and 50" })),
    { default: () => 1 }
  ),
  DEMO_SEED: Schema.optionalWith(Int(0, 2 ** 31 - 1), { default: () => 20261123 }),
  BANK_TIMEZONE: Schema.optionalWith(
    Schema.String.pipe(
      Schema.filter(validTimeZone, { message: () => "must be an IANA time zone, e.g. Asia/Shanghai" })
    ),
    { default: () => "Asia/Shanghai" }
  ),
  BOOTSTRAP_ADMIN: Schema.optionalWith(Schema.String, { default: () => "admin" }),
  ADVISOR_ZONE_SECRET: Schema.optional(
    Schema.String.pipe(Schema.minLength(16, { message: () => "must have at least 16 characters" }))
  ),
  UPDATE_LEASE_SECONDS: Schema.optionalWith(Int(2, 3600), { default: () => 30 }),
  EXPORT_DIR: Schema.optional(Schema.String),
  EXPORT_CONCURRENCY: Schema.optionalWith(Int(1, 16), { default: () => 2 }),
  EXPORT_RETENTION_DAYS: Schema.optionalWith(Int(1, 3650), { default: () => 7 }),
  EXPORT_LEASE_SECONDS: Schema.optionalWith(Int(5, 3600), { default: () => 60 }),
  EXPORT_POLL_SECONDS: Schema.optionalWith(Int(1, 3600), { default: () => 5 }),
  /** Large uploads, applies and recomputes on worker threads (reads keep answering); false: on the request thread. */
  COMPUTE_WORKERS: Schema.optionalWith(Bool, { default: () => true })
})
export type EnvConfig = typeof EnvConfig.Type

export const secretVariables = new Set(["INITIAL_PASSWORD", "MONGODB_URI", "ADVISOR_ZONE_SECRET"])

/** Reads the environment; answers the config or the list of problems, one line each. */
export const readConfig = (env: Record<string, string | undefined>): { config: EnvConfig } | { problems: string[] } => {
  const present = Object.fromEntries(
    Object.entries(env).filter(([k, v]) => k in EnvConfig.fields && v !== undefined && v !== "")
  )
  const result = Schema.decodeUnknownEither(EnvConfig, { errors: "all" })(present)
  if (result._tag === "Right") return { config: result.right }
  // An optional variable fails twice (its type, and "Expected undefined"): keep the first reason per variable.
  const reasons = new Map<string, string>()
  for (const issue of ParseResult.ArrayFormatter.formatErrorSync(result.left)) {
    const name = String(issue.path[0] ?? "?")
    if (!reasons.has(name)) reasons.set(name, issue.message)
  }
  const problems = [...reasons].map(([name, reason]) => {
    const shown = secretVariables.has(name) ? "(value hidden)" : JSON.stringify(present[name])
    return `${name}=${shown}: ${reason}`
  })
  return { problems }
}
