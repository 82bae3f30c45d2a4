/**
 * Recording audit events from services and route handlers.
 *
 * The HTTP layer sets who is calling and from where once per request (`withAuditOrigin`); code deeper down then
 * records an event with one line and never passes the actor or address along:
 *
 * @example
 * // in a route handler or a service method, after the change succeeded:
 * yield* audit("export", { type: 4 }, { target: `export:${task.id}` })
 * // or around the whole action, recording success or failure (with the error's tag) exactly once:
 * handle: ({ actor, body }) =>
 *   Effect.flatMap(MarketingService, (s) => s.delete(actor, body.id)).pipe(
 *     audited("marketing_record_delete", { target: `record:${body.id}` })
 *   )
 *
 * `resultDetails` adds details from the result; annotate its parameter (`(r: ExportTask) => ({ id: r.id })`),
 * since the result type is not known where `audited(…)` is written. Details hold ids, codes and counts only:
 * never passwords, tokens or customer data beyond an id. Reads are not audited; the kinds are in AuditEvent.ts
 * (add a kind there when a new feature needs one).
 */
import { Clock, Effect, FiberRef } from "effect"
import type { User } from "../Domain/User.js"
import type { StorageError } from "../Errors.js"
import { AuditLog } from "../Ports/AuditLog.js"
import type { AuditDetails, AuditKind, NewAuditEvent } from "./AuditEvent.js"

/** Who is acting and from where: the signed-in user (if any) and the client address. */
export interface AuditOrigin {
  readonly user: Pick<User, "id" | "username" | "role" | "branchId" | "outletId"> | null
  readonly address: string
}

/** The server acting on its own (start-up, scheduled work). */
export const internalOrigin: AuditOrigin = { user: null, address: "internal" }

export const currentAuditOrigin = FiberRef.unsafeMake<AuditOrigin>(internalOrigin)

/** Runs `effect` with `origin` as the actor and address of the events it records. */
export const withAuditOrigin =
  (origin: AuditOrigin) =>
  <A, E, R>(effect: Effect.Effect<A, E, R>): Effect.Effect<A, E, R> =>
    Effect.locally(effect, currentAuditOrigin, origin)

export interface AuditOptions {
  readonly outcome?: "success" | "failure"
  /** What was acted on, e.g. "user:12". */
  readonly target?: string | null
  /** Another actor than the current origin's (a sign-in names the user it signs in). */
  readonly user?: AuditOrigin["user"]
  /** The username to record when there is no user (a sign-in under an unknown username). */
  readonly username?: string
  /** Another address than the current origin's. */
  readonly address?: string
}

/** The event as it will be stored, from the current origin and clock. */
export const auditEvent = (kind: AuditKind, details: AuditDetails = {}, options: AuditOptions = {}) =>
  Effect.gen(function* () {
    const origin = yield* FiberRef.get(currentAuditOrigin)
    const user = options.user === undefined ? origin.user : options.user
    return {
      at: yield* Clock.currentTimeMillis,
      kind,
      outcome: options.outcome ?? "success",
      userId: user?.id ?? null,
      username: user?.username ?? options.username ?? "",
      role: user?.role ?? null,
      branchId: user?.branchId ?? null,
      outletId: user?.outletId ?? null,
      address: options.address ?? origin.address,
      target: options.target ?? null,
      details
    } satisfies NewAuditEvent
  })

/** Records one audit event. */
export const audit = (
  kind: AuditKind,
  details?: AuditDetails,
  options?: AuditOptions
): Effect.Effect<void, StorageError, AuditLog> =>
  Effect.flatMap(auditEvent(kind, details, options), (event) =>
    Effect.flatMap(AuditLog, (log) => Effect.asVoid(log.append(event)))
  )

/** `audit` bound to the AuditLog at hand, for services that resolve their ports once when built. */
export const auditor = Effect.map(
  AuditLog,
  (log) =>
    (kind: AuditKind, details?: AuditDetails, options?: AuditOptions): Effect.Effect<void, StorageError> =>
      Effect.provideService(audit(kind, details, options), AuditLog, log)
)

/**
 * Records one event when `self` ends: success with `details` (plus `resultDetails` of the result), or failure
 * with the error's tag. A failure to record a failure does not hide the original error.
 */
export const audited =
  <A>(
    kind: AuditKind,
    options: AuditOptions & { readonly details?: AuditDetails; readonly resultDetails?: (a: A) => AuditDetails } = {}
  ) =>
  <B extends A, E, R>(self: Effect.Effect<B, E, R>): Effect.Effect<B, E | StorageError, R | AuditLog> =>
    Effect.matchEffect(self, {
      onSuccess: (a) => Effect.as(audit(kind, { ...options.details, ...options.resultDetails?.(a) }, options), a),
      onFailure: (e) =>
        Effect.zipRight(
          Effect.ignore(audit(kind, { ...options.details, error: tagOf(e) }, { ...options, outcome: "failure" })),
          Effect.fail(e)
        )
    })

const tagOf = (e: unknown): string =>
  typeof e === "object" && e !== null && "_tag" in e ? String((e as { _tag: unknown })._tag) : "error"
