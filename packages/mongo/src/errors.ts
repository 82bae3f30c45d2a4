/**
 * The one place where MongoDB driver failures become core errors. A duplicate key on an insert is the only failure
 * the domain understands (Conflict); everything else is a StorageError, `unavailable` when retrying later may work.
 */
import { Conflict, StorageError } from "@wm/core"
import { Effect, type ParseResult } from "effect"
import {
  MongoClientClosedError,
  MongoError,
  MongoNetworkError,
  MongoNotConnectedError,
  MongoOperationTimeoutError,
  MongoServerClosedError,
  MongoServerSelectionError,
  MongoTopologyClosedError
} from "mongodb"

/** Server codes that mean "this server cannot answer now" rather than "this request is wrong". */
const unavailableCodes = new Set([
  6, // HostUnreachable
  7, // HostNotFound
  50, // MaxTimeMSExpired
  64, // WriteConcernTimeout
  89, // NetworkTimeout
  91, // ShutdownInProgress
  133, // FailedToSatisfyReadPreference
  189, // PrimarySteppedDown
  262, // ExceededTimeLimit
  9001, // SocketException
  10058, // LegacyNotPrimary
  10107, // NotWritablePrimary
  11600, // InterruptedAtShutdown
  11602, // InterruptedDueToReplStateChange
  13435, // NotPrimaryNoSecondaryOk
  13436 // NotPrimaryOrSecondary
])

/** Socket errors Node raises when a peer is gone; the driver normally wraps them, but not on every path. */
const unavailableSystemCodes = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EAI_AGAIN"])

export const isDuplicateKey = (error: unknown): boolean =>
  error instanceof MongoError && (error.code === 11000 || error.code === 11001 || error.code === 12582)

export const isUnavailable = (error: unknown): boolean =>
  error instanceof MongoNetworkError ||
  error instanceof MongoServerSelectionError ||
  error instanceof MongoOperationTimeoutError ||
  error instanceof MongoTopologyClosedError ||
  error instanceof MongoNotConnectedError ||
  error instanceof MongoClientClosedError ||
  error instanceof MongoServerClosedError ||
  (error instanceof MongoError && typeof error.code === "number" && unavailableCodes.has(error.code)) ||
  (error instanceof MongoError && error.hasErrorLabel("ResetPool")) ||
  (error instanceof Error && unavailableSystemCodes.has(String((error as { code?: unknown }).code)))

/** Hides the user:password part of any connection string that a message might quote. */
export const redactCredentials = (text: string): string =>
  text.replace(/(mongodb(?:\+srv)?:\/\/)[^@/\s]*@/gi, "$1<credentials>@")

const describe = (error: unknown): string =>
  redactCredentials(error instanceof Error ? error.message || error.name : String(error))

/**
 * A StorageError with a readable `message`. StorageError declares no message field, but Data.TaggedError uses a
 * `message` argument as the Error message; passing it through a variable keeps the declared shape for TypeScript.
 */
export const storageError = (operation: string, message: string, unavailable: boolean, cause?: unknown) => {
  const args = { operation, unavailable, cause, message }
  return new StorageError(args)
}

export const classify = (operation: string, error: unknown): StorageError =>
  isUnavailable(error)
    ? storageError(operation, `${operation}: MongoDB is unavailable (${describe(error)})`, true, error)
    : storageError(operation, `${operation} failed: ${describe(error)}`, false, error)

/**
 * Why a new connection failed, naming the servers but never the credentials; `unavailable` when the servers
 * could not be reached at all, so that a caller may retry, rather than e.g. refusing the credentials.
 */
export const connectionError = (hosts: string, dbName: string, error: unknown): StorageError =>
  isUnavailable(error)
    ? storageError("connect", `cannot reach MongoDB at ${hosts} (database ${dbName}): ${describe(error)}`, true, error)
    : storageError("connect", `cannot use MongoDB at ${hosts} (database ${dbName}): ${describe(error)}`, false, error)

/** A stored document the core schema rejects: written by something else, or by an older version. */
export const invalidDocument = (operation: string, error: ParseResult.ParseError): StorageError =>
  storageError(operation, `${operation}: a stored document is invalid: ${error.message}`, false, error)

/** Runs one driver call; every failure is classified. */
export const attempt = <A>(operation: string, run: () => Promise<A>): Effect.Effect<A, StorageError> =>
  Effect.tryPromise({ try: run, catch: (error) => classify(operation, error) })

/** Runs a write guarded by a unique index: a duplicate key is the domain's Conflict. */
export const attemptUnique = <A>(
  operation: string,
  conflictReason: string,
  run: () => Promise<A>
): Effect.Effect<A, Conflict | StorageError> =>
  Effect.tryPromise({
    try: run,
    catch: (error) => (isDuplicateKey(error) ? new Conflict({ reason: conflictReason }) : classify(operation, error))
  })
