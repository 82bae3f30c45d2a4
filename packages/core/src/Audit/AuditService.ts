/**
 * Reading the audit trail (审计日志): bank admins read every event, sub-branch admins the events of their
 * sub-branch's staff, everyone else is refused. Events older than the retention period are purged as the trail
 * is read (and by the server's periodic purge), so none is ever shown past it.
 */
import { Clock, Context, Effect, Layer } from "effect"
import type { Actor } from "../Accounts/Actor.js"
import type { PageRequest } from "../Domain/Paging.js"
import { Forbidden } from "../Errors.js"
import { AuditLog, type AuditQuery } from "../Ports/AuditLog.js"

export interface AuditConfigShape {
  /** How long events are kept. */
  readonly retentionMs: number
}

export const defaultAuditConfig: AuditConfigShape = { retentionMs: 400 * 24 * 60 * 60_000 }

export class AuditConfig extends Context.Tag("@wm/core/AuditConfig")<AuditConfig, AuditConfigShape>() {
  static readonly layer = (config: AuditConfigShape) => Layer.succeed(AuditConfig, config)
}

/** What a reader asks for; the reader's scope narrows it further. */
export type AuditFilter = Omit<AuditQuery, "branchId">

export class AuditService extends Effect.Service<AuditService>()("@wm/core/AuditService", {
  effect: Effect.gen(function* () {
    const log = yield* AuditLog
    const config = yield* AuditConfig

    /** Deletes what is past retention; answers how many events went. */
    const purgeExpired = () =>
      Effect.flatMap(Clock.currentTimeMillis, (now) => log.purgeBefore(now - config.retentionMs))

    /** The reader's scope as a query restriction, or Forbidden. */
    const scopeOf = (actor: Actor) => {
      const { role, branchId } = actor.user
      if (role === 1) return Effect.succeed({})
      if (role === 3 && branchId !== null) return Effect.succeed({ branchId })
      return Effect.fail(new Forbidden({ action: "read the audit trail" }))
    }

    return {
      purgeExpired,
      list: (actor: Actor, filter: AuditFilter, page: PageRequest) =>
        Effect.gen(function* () {
          const scope = yield* scopeOf(actor)
          yield* purgeExpired()
          return yield* log.list({ ...filter, ...scope }, page)
        })
    } as const
  })
}) {}
