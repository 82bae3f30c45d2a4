/**
 * The embedded store's AuditLog over a RecordBacking: one record per event, keyed by time and sequence so that
 * key order is the order events happened in. Appends only; the retention purge deletes in one batch.
 */
import { Effect } from "effect"
import type { AuditEvent } from "../Audit/AuditEvent.js"
import { paginate } from "../Domain/Paging.js"
import type { AuditLog, AuditQuery } from "../Ports/AuditLog.js"
import { plainCodec, RecordTable } from "../Records/RecordTable.js"

const keyOf = (at: number, seq: number) => `${String(at).padStart(15, "0")}-${String(seq).padStart(9, "0")}`

const matches = (q: AuditQuery, e: AuditEvent) =>
  (q.from === undefined || e.at >= q.from) &&
  (q.to === undefined || e.at <= q.to) &&
  (q.userId === undefined || e.userId === q.userId) &&
  (q.branchId === undefined || e.branchId === q.branchId) &&
  (q.kinds === undefined || q.kinds.length === 0 || q.kinds.includes(e.kind))

export const makeMemoryAuditLog = Effect.gen(function* () {
  const events = yield* RecordTable.load("auditEvents", plainCodec<AuditEvent>())
  let seq = 0
  for (const key of events.entries()) seq = Math.max(seq, Number(key[0].split("-")[1]))
  return {
    append: (event) =>
      Effect.suspend(() => {
        seq += 1
        const stored: AuditEvent = { id: keyOf(event.at, seq), ...event, details: { ...event.details } }
        return Effect.as(events.put(stored.id, stored), stored)
      }),
    list: (query, page) =>
      Effect.sync(() => {
        const found = [...events.values()].filter((e) => matches(query, e))
        // Keys sort by time, then by sequence: the newest first is the reverse of key order.
        found.sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
        return paginate(found, page)
      }),
    purgeBefore: (before) =>
      Effect.suspend(() => {
        const expired = [...events.values()].filter((e) => e.at < before).map((e) => [e.id, undefined] as const)
        return Effect.as(events.putAll(expired), expired.length)
      })
  } satisfies AuditLog["Type"]
})
