/**
 * The one table of envelope codes and HTTP statuses (DOMAIN.md §10). Nothing else in the code base
 * decides a status or a code: domain errors are values, and this table maps each tag once.
 */
import type { DomainError } from "@wm/core"
import type { ContentfulStatusCode } from "hono/utils/http-status"

export interface CodeEntry {
  readonly code: number
  readonly status: ContentfulStatusCode
  readonly meaning: string
}

export const Codes = {
  ok: { code: 10000, status: 200, meaning: "success" },
  invalidParameter: {
    code: 10001,
    status: 400,
    meaning: "invalid parameter: a query or body field is missing or wrong"
  },
  notSignedIn: { code: 10002, status: 401, meaning: "not signed in, or the session expired" },
  invalidCredentials: {
    code: 10003,
    status: 401,
    meaning: "wrong username or password, or too many attempts (the two answer alike)"
  },
  passwordChangeRequired: { code: 10005, status: 403, meaning: "the initial password must be changed first" },
  forbidden: { code: 10006, status: 403, meaning: "the caller's role may not do this" },
  notFound: { code: 10007, status: 404, meaning: "no such record (or not inside the caller's scope)" },
  conflict: { code: 10008, status: 409, meaning: "conflicts with existing data" },
  noRoute: { code: 10404, status: 404, meaning: "no such route (the path is not part of the API)" },
  methodNotAllowed: {
    code: 10405,
    status: 405,
    meaning: "the route exists but not with this method; the Allow header lists its methods"
  },
  updateRunning: { code: 30004, status: 409, meaning: "a data update or recompute is already running" },
  uploadRejected: { code: 30005, status: 422, meaning: "the uploaded file was rejected" },
  exportNotReady: { code: 30006, status: 409, meaning: "the export is not ready (queued, running or failed)" },
  storageUnavailable: { code: 50003, status: 503, meaning: "the database is unavailable; retry later" },
  internal: { code: 50000, status: 500, meaning: "internal error" }
} as const satisfies Record<string, CodeEntry>

export type CodeName = keyof typeof Codes

/**
 * The advisor zone's own statuses (its document: 200, 400 for a bad parameter, 404, 500): a conflict (a taken
 * product code) is a bad parameter there; a refused gateway secret is 401. The body still carries the code.
 */
export const plainStatusOf = (entry: CodeEntry): ContentfulStatusCode =>
  entry === Codes.conflict ? 400 : entry === Codes.notSignedIn ? 401 : entry.status

/** The entry and the message for a domain failure. Messages never carry secrets. */
export const describeError = (error: DomainError): { entry: CodeEntry; msg: string; field?: string } => {
  switch (error._tag) {
    case "InvalidInput":
      return { entry: Codes.invalidParameter, msg: `${error.field}: ${error.reason}`, field: error.field }
    case "NotSignedIn":
      return { entry: Codes.notSignedIn, msg: "not signed in" }
    case "InvalidCredentials":
      return {
        entry: Codes.invalidCredentials,
        msg: "wrong username or password, or too many attempts: wait a few minutes"
      }
    case "PasswordChangeRequired":
      return {
        entry: Codes.passwordChangeRequired,
        msg: "password must be changed: call /api/usermanage/initialize_user"
      }
    case "Forbidden":
      return { entry: Codes.forbidden, msg: `forbidden: your role may not ${error.action}` }
    case "NotFound":
      return { entry: Codes.notFound, msg: `${error.entity} not found: ${error.key}` }
    case "Conflict":
      return { entry: Codes.conflict, msg: error.reason }
    case "UpdateRunning":
      return { entry: Codes.updateRunning, msg: "a data update or recompute is already running" }
    case "ExportNotReady":
      return { entry: Codes.exportNotReady, msg: `export ${error.taskId} is ${error.state}, not ready to download` }
    case "UploadRejected":
      return { entry: Codes.uploadRejected, msg: `${error.fileName}: ${error.reason}` }
    case "StorageError":
      return error.unavailable
        ? { entry: Codes.storageUnavailable, msg: "the database is unavailable; retry later" }
        : { entry: Codes.internal, msg: "internal error" }
  }
}
