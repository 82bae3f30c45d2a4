/**
 * Contract for AuditLog: append-only events with every field kept, newest first, filtered by period, user, kinds
 * and sub-branch, paged with the full total, and purged by age only.
 */
import { Effect } from "effect"
import { describe, expect } from "vitest"
import type { NewAuditEvent } from "../../Audit/AuditEvent.js"
import { AuditLog } from "../../Ports/AuditLog.js"
import { T0 } from "./fixtures.js"
import type { ContractTest } from "./harness.js"

const event = (patch: Partial<NewAuditEvent> = {}): NewAuditEvent => ({
  at: T0,
  kind: "sign_in",
  outcome: "success",
  userId: 7,
  username: "east.rm",
  role: 5,
  branchId: 2,
  outletId: null,
  address: "10.0.0.1",
  target: null,
  details: {},
  ...patch
})

const ids = (events: ReadonlyArray<{ readonly id: string }>) => events.map((e) => e.id)

export const auditLog = (test: ContractTest) =>
  describe("AuditLog", () => {
    test(
      "append answers the event with a unique id, and list answers it with every field as appended",
      Effect.gen(function* () {
        const log = yield* AuditLog
        const draft = event({
          kind: "user_edit",
          outcome: "failure",
          target: "user:9",
          outletId: 4,
          details: { role: 4, name: "改名", initial: true, none: null }
        })
        const a = yield* log.append(draft)
        const b = yield* log.append(draft)
        expect(a.id).not.toBe(b.id)
        expect(a).toEqual({ ...draft, id: a.id })
        const listed = yield* log.list({}, { page: 1, count: 10 })
        expect(listed.total).toBe(2)
        expect(listed.items.find((e) => e.id === a.id)).toEqual({ ...draft, id: a.id })
      })
    )

    test(
      "list answers the newest first, events of the same millisecond the later appended first",
      Effect.gen(function* () {
        const log = yield* AuditLog
        const first = yield* log.append(event({ at: T0 }))
        const third = yield* log.append(event({ at: T0 + 2 }))
        const secondA = yield* log.append(event({ at: T0 + 1 }))
        const secondB = yield* log.append(event({ at: T0 + 1 }))
        const listed = yield* log.list({}, { page: 1, count: 10 })
        expect(ids(listed.items)).toEqual(ids([third, secondB, secondA, first]))
      })
    )

    test(
      "filters by period (both ends included), user, kinds and sub-branch, together",
      Effect.gen(function* () {
        const log = yield* AuditLog
        const early = yield* log.append(event({ at: T0 - 1 }))
        const failed = yield* log.append(event({ at: T0, kind: "sign_in_failed", outcome: "failure" }))
        const other = yield* log.append(event({ at: T0 + 5, userId: 8, branchId: 3 }))
        const late = yield* log.append(event({ at: T0 + 10, kind: "upload", userId: null, branchId: null }))
        const page = { page: 1, count: 100 }
        expect(ids((yield* log.list({ from: T0, to: T0 + 10 }, page)).items)).toEqual(ids([late, other, failed]))
        expect(ids((yield* log.list({ to: T0 }, page)).items)).toEqual(ids([failed, early]))
        expect(ids((yield* log.list({ userId: 7 }, page)).items)).toEqual(ids([failed, early]))
        expect(ids((yield* log.list({ kinds: ["upload", "sign_in_failed"] }, page)).items)).toEqual(ids([late, failed]))
        expect(ids((yield* log.list({ kinds: [] }, page)).items)).toHaveLength(4)
        expect(ids((yield* log.list({ branchId: 3 }, page)).items)).toEqual(ids([other]))
        expect((yield* log.list({ branchId: 2, from: T0, kinds: ["sign_in"] }, page)).total).toBe(0)
      })
    )

    test(
      "pages with the full total",
      Effect.gen(function* () {
        const log = yield* AuditLog
        for (let i = 0; i < 7; i++) yield* log.append(event({ at: T0 + i, details: { i } }))
        const second = yield* log.list({}, { page: 2, count: 3 })
        expect(second.total).toBe(7)
        expect(second.items.map((e) => e.details.i)).toEqual([3, 2, 1])
        expect((yield* log.list({}, { page: 4, count: 3 })).items).toEqual([])
      })
    )

    test(
      "purgeBefore deletes only the events older than the limit and answers how many",
      Effect.gen(function* () {
        const log = yield* AuditLog
        yield* log.append(event({ at: T0 - 2 }))
        yield* log.append(event({ at: T0 - 1 }))
        const kept = yield* log.append(event({ at: T0 }))
        expect(yield* log.purgeBefore(T0)).toBe(2)
        expect(ids((yield* log.list({}, { page: 1, count: 10 })).items)).toEqual(ids([kept]))
        expect(yield* log.purgeBefore(T0)).toBe(0)
        // Appending after a purge still gives fresh ids.
        const next = yield* log.append(event({ at: T0 }))
        expect(next.id).not.toBe(kept.id)
      })
    )
  })
