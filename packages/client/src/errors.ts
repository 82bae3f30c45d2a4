/**
 * ApiError: a failure envelope (`{code, msg, data: {field} | null}`) or a non-envelope answer,
 * with the HTTP status it came with. Every client call rejects with one of these on failure.
 */
import { type ApiCode, type ApiCodeName, ApiCodes, statusOfCode } from "./codes.js"

export interface ApiErrorInit {
  readonly code: number
  readonly msg: string
  /** HTTP status; derived from the code table when left out. */
  readonly status?: number
  /** The offending parameter of a 10001 answer (`data.field`). */
  readonly field?: string | undefined
}

const brand = Symbol.for("@wm/client/ApiError")

export class ApiError extends Error {
  /** `instanceof` recognises ApiErrors of every copy of this package (ESM and CJS builds, client and msw entries). */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === "object" && value !== null && brand in value
  }
  readonly [brand] = true
  override readonly name = "ApiError"
  /** The envelope code (see `ApiCodes`); 0 when the answer was not an envelope at all. */
  readonly code: ApiCode | (number & {})
  readonly msg: string
  readonly status: number
  readonly field: string | undefined

  constructor(init: ApiErrorInit) {
    super(`${init.code} ${init.msg}`)
    this.code = init.code
    this.msg = init.msg
    this.status = init.status ?? statusOfCode(init.code)
    this.field = init.field
  }

  /** The `{code, msg, data}` envelope the server answers for this failure. */
  toEnvelope(): { code: number; msg: string; data: { field: string } | null } {
    return { code: this.code, msg: this.msg, data: this.field === undefined ? null : { field: this.field } }
  }
}

/** Whether `error` is an ApiError, optionally of the given code (number or name from `ApiCodes`). */
export const isApiError = (error: unknown, code?: number | ApiCodeName): error is ApiError =>
  error instanceof ApiError &&
  (code === undefined || error.code === (typeof code === "number" ? code : ApiCodes[code].code))

/** An ApiError for `code` with its usual status, e.g. `apiError("invalidCredentials")` in a mock. */
export const apiError = (code: ApiCode | ApiCodeName, msg?: string, field?: string): ApiError => {
  const entry = typeof code === "number" ? Object.values(ApiCodes).find((e) => e.code === code) : ApiCodes[code]
  const numeric = entry?.code ?? (code as number)
  return new ApiError({ code: numeric, msg: msg ?? defaultMessages[numeric] ?? "error", field })
}

const defaultMessages: Record<number, string> = {
  10001: "invalid parameter",
  10002: "not signed in",
  10003: "wrong username or password, or too many attempts: wait a few minutes",
  10005: "password must be changed: call /api/usermanage/initialize_user",
  10006: "forbidden",
  10007: "not found",
  10008: "conflicts with existing data",
  30004: "a data update or recompute is already running",
  30005: "the uploaded file was rejected",
  50003: "the database is unavailable; retry later",
  50000: "internal error"
}
