/**
 * The one table of envelope codes and HTTP statuses (DOMAIN.md §10). Nothing else in the code base
 * decides a status or a code: domain errors are values, and this table maps each tag once.
 */
import type { DomainError } from "@wm/core"
import type { ContentfulStatusCode } from "hono/utils/http-status"
import { both, type Localized } from "./language.js"
import { entityZh, reasonZh } from "./messagesZh.js"

export interface CodeEntry {
  readonly code: number
  readonly status: ContentfulStatusCode
  readonly meaning: string
  /** The code's message in both languages, before any detail. */
  readonly message: Localized
}

export const Codes = {
  ok: { code: 10000, status: 200, meaning: "success", message: both("成功", "success") },
  invalidParameter: {
    code: 10001,
    status: 400,
    meaning: "invalid parameter: a query or body field is missing or wrong",
    message: both("参数错误", "invalid parameter")
  },
  notSignedIn: {
    code: 10002,
    status: 401,
    meaning: "not signed in, or the session expired",
    message: both("未登录或登录已过期", "not signed in")
  },
  invalidCredentials: {
    code: 10003,
    status: 401,
    meaning: "wrong username or password, or too many attempts (the two answer alike)",
    message: both(
      "用户名或密码错误，或尝试次数过多：请几分钟后再试",
      "wrong username or password, or too many attempts: wait a few minutes"
    )
  },
  passwordChangeRequired: {
    code: 10005,
    status: 403,
    meaning: "the initial password must be changed first",
    message: both(
      "须先修改初始密码：请调用 /api/usermanage/initialize_user",
      "password must be changed: call /api/usermanage/initialize_user"
    )
  },
  forbidden: {
    code: 10006,
    status: 403,
    meaning: "the caller's role may not do this",
    message: both("无权限", "forbidden")
  },
  notFound: {
    code: 10007,
    status: 404,
    meaning: "no such record (or not inside the caller's scope)",
    message: both("记录不存在", "not found")
  },
  conflict: {
    code: 10008,
    status: 409,
    meaning: "conflicts with existing data",
    message: both("与现有数据冲突", "conflicts with existing data")
  },
  noRoute: {
    code: 10404,
    status: 404,
    meaning: "no such route (the path is not part of the API)",
    message: both("接口不存在", "no such route")
  },
  methodNotAllowed: {
    code: 10405,
    status: 405,
    meaning: "the route exists but not with this method; the Allow header lists its methods",
    message: both("接口不支持该请求方法", "method not allowed")
  },
  updateRunning: {
    code: 30004,
    status: 409,
    meaning: "a data update or recompute is already running",
    message: both("数据更新或重算正在进行中", "a data update or recompute is already running")
  },
  uploadRejected: {
    code: 30005,
    status: 422,
    meaning: "the uploaded file was rejected",
    message: both("上传的文件被拒绝", "the uploaded file was rejected")
  },
  exportNotReady: {
    code: 30006,
    status: 409,
    meaning: "the export is not ready (queued, running or failed)",
    message: both("导出文件尚未就绪", "the export is not ready")
  },
  storageUnavailable: {
    code: 50003,
    status: 503,
    meaning: "the database is unavailable; retry later",
    message: both("数据库暂不可用，请稍后重试", "the database is unavailable; retry later")
  },
  internal: { code: 50000, status: 500, meaning: "internal error", message: both("系统内部错误", "internal error") }
} as const satisfies Record<string, CodeEntry>

export type CodeName = keyof typeof Codes

/**
 * The advisor zone's own statuses (its document: 200, 400 for a bad parameter, 404, 500): a conflict (a taken
 * product code) is a bad parameter there; a refused gateway secret is 401. The body still carries the code.
 */
export const plainStatusOf = (entry: CodeEntry): ContentfulStatusCode =>
  entry === Codes.conflict ? 400 : entry === Codes.notSignedIn ? 401 : entry.status

/** A field named in a message, in both languages (the name itself is the API's, in either). */
const onField = (field: string, zh: string, en: string): Localized => both(`${field}：${zh}`, `${field}: ${en}`)

/** The entry and the message, in both languages, for a domain failure. Messages never carry secrets. */
export const describeError = (error: DomainError): { entry: CodeEntry; msg: Localized; field?: string } => {
  switch (error._tag) {
    case "InvalidInput":
      return {
        entry: Codes.invalidParameter,
        msg: onField(error.field, reasonZh(error.reason), error.reason),
        field: error.field
      }
    case "NotSignedIn":
      return { entry: Codes.notSignedIn, msg: Codes.notSignedIn.message }
    case "InvalidCredentials":
      return { entry: Codes.invalidCredentials, msg: Codes.invalidCredentials.message }
    case "PasswordChangeRequired":
      return { entry: Codes.passwordChangeRequired, msg: Codes.passwordChangeRequired.message }
    case "Forbidden":
      return {
        entry: Codes.forbidden,
        msg: both(`无权限：您的角色不能执行 ${error.action}`, `forbidden: your role may not ${error.action}`)
      }
    case "NotFound":
      return {
        entry: Codes.notFound,
        msg: both(`${entityZh(error.entity)}不存在：${error.key}`, `${error.entity} not found: ${error.key}`)
      }
    case "Conflict":
      return { entry: Codes.conflict, msg: both(`与现有数据冲突：${reasonZh(error.reason)}`, error.reason) }
    case "UpdateRunning":
      return { entry: Codes.updateRunning, msg: Codes.updateRunning.message }
    case "ExportNotReady":
      return {
        entry: Codes.exportNotReady,
        msg: both(
          `导出任务 ${error.taskId} 的状态为 ${error.state}，尚不能下载`,
          `export ${error.taskId} is ${error.state}, not ready to download`
        )
      }
    case "UploadRejected":
      return {
        entry: Codes.uploadRejected,
        msg: both(`${error.fileName}：${reasonZh(error.reason)}`, `${error.fileName}: ${error.reason}`)
      }
    case "StorageError":
      return error.unavailable
        ? { entry: Codes.storageUnavailable, msg: Codes.storageUnavailable.message }
        : { entry: Codes.internal, msg: Codes.internal.message }
  }
}
