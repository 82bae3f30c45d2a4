/**
 * Storage port for the audit trail: append-only. Nothing updates an event; the only deletion is the retention
 * purge of events older than the configured period.
 */
import { Context, type Effect } from "effect"
import type { AuditEvent, AuditKind, NewAuditEvent } from "../Audit/AuditEvent.js"
import type { Paged, PageRequest } from "../Domain/Paging.js"
import type { StorageError } from "../Errors.js"

export interface AuditQuery {
  /** Events with from <= at <= to (epoch ms); either end open when absent. */
  readonly from?: number | undefined
  readonly to?: number | undefined
  readonly userId?: number | undefined
  /** Any of these kinds; every kind when absent or empty. */
  readonly kinds?: ReadonlyArray<AuditKind> | undefined
  /** Only events of actors of this sub-branch. */
  readonly branchId?: number | undefined
}

export class AuditLog extends Context.Tag("@wm/core/AuditLog")<
  AuditLog,
  {
    /** Stores the event durably before succeeding; answers it with its id. */
    readonly append: (event: NewAuditEvent) => Effect.Effect<AuditEvent, StorageError>
    /** Matching events, newest first (ties: the later appended first). */
    readonly list: (query: AuditQuery, page: PageRequest) => Effect.Effect<Paged<AuditEvent>, StorageError>
    /** Deletes the events with at < before (retention); answers how many. */
    readonly purgeBefore: (before: number) => Effect.Effect<number, StorageError>
  }
>() {}
