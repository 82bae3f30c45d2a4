/**
 * Domain failures, one tagged error each, carrying only what identifies the failure.
 * How each maps to an HTTP status and envelope code is decided in packages/http, nowhere else.
 */
import { Data } from "effect"
import type { UploadRejected } from "./Upload/UploadErrors.js"

/** A request value broke a rule the schema cannot express (e.g. passwords do not match). */
export class InvalidInput extends Data.TaggedError("InvalidInput")<{
  readonly field: string
  readonly reason: string
}> {
  override get message() {
    return `${this.field}: ${this.reason}`
  }
}

/** No valid session came with the request. */
export class NotSignedIn extends Data.TaggedError("NotSignedIn")<{}> {}

/** Wrong username or password, or too many guesses (throttled); deliberately does not say which. */
export class InvalidCredentials extends Data.TaggedError("InvalidCredentials")<{}> {}

/** The user still has the initial password and must set its own first. */
export class PasswordChangeRequired extends Data.TaggedError("PasswordChangeRequired")<{}> {}

/** The caller's role may not do this. */
export class Forbidden extends Data.TaggedError("Forbidden")<{ readonly action: string }> {}

/** No such record, or one outside the caller's scope (the two answer alike on purpose). */
export class NotFound extends Data.TaggedError("NotFound")<{ readonly entity: string; readonly key: string }> {}

/** The change would break a rule about existing data (duplicate code, outlet still in use, last admin…). */
export class Conflict extends Data.TaggedError("Conflict")<{ readonly reason: string }> {
  override get message() {
    return this.reason
  }
}

/** An update or recompute is already running (code 30004). */
export class UpdateRunning extends Data.TaggedError("UpdateRunning")<{}> {}

/** An export file was asked for before its task finished (queued, running) or after it failed. */
export class ExportNotReady extends Data.TaggedError("ExportNotReady")<{
  readonly taskId: string
  readonly state: string
}> {}

/** The storage could not be reached or failed; classified by each adapter in one place. */
export class StorageError extends Data.TaggedError("StorageError")<{
  readonly operation: string
  readonly unavailable: boolean
  readonly cause?: unknown
}> {
  /** The operation and the classified reason (the adapter's cause message), never a secret. */
  override get message(): string {
    return `${this.operation} failed${this.cause instanceof Error ? `: ${this.cause.message}` : ""}`
  }
}

export type DomainError =
  | UploadRejected
  | InvalidInput
  | NotSignedIn
  | InvalidCredentials
  | PasswordChangeRequired
  | Forbidden
  | NotFound
  | Conflict
  | UpdateRunning
  | ExportNotReady
  | StorageError

/** Every tag of DomainError; a Record so that adding an error without listing it fails to compile. */
const domainErrorTags: Record<DomainError["_tag"], true> = {
  UploadRejected: true,
  InvalidInput: true,
  NotSignedIn: true,
  InvalidCredentials: true,
  PasswordChangeRequired: true,
  Forbidden: true,
  NotFound: true,
  ExportNotReady: true,
  Conflict: true,
  UpdateRunning: true,
  StorageError: true
}

export const isDomainError = (e: unknown): e is DomainError =>
  typeof e === "object" && e !== null && Object.hasOwn(domainErrorTags, (e as { _tag?: unknown })._tag as string)
