// The audit helpers and the embedded store's AuditLog: origin from the request, one event per audited action,
// and events kept through the RecordBacking (a store rebuilt on the same backing still has them).
import { Effect, Layer, TestClock, TestContext } from "effect"
import { describe, expect, it } from "vitest"
import {
  AuditLog,
  audit,
  audited,
  Conflict,
  MemoryStore,
  makeMemoryRecordBacking,
  RecordBacking,
  withAuditOrigin
} from "../src/index.js"
import { BulkFiles, makeMemoryBulkFiles } from "../src/Records/BulkFiles.js"

const T0 = 1_700_000_000_000
const run = <A, E>(program: Effect.Effect<A, E, AuditLog>, store = MemoryStore.layer) =>
  Effect.runPromise(
    Effect.zipRight(TestClock.setTime(T0), program).pipe(
      Effect.provide(store),
      Effect.provide(TestContext.TestContext)
    ) as Effect.Effect<A, E>
  )
const everything = Effect.flatMap(AuditLog, (log) => log.list({}, { page: 1, count: 100 }))
const user = { id: 5 as never, username: "east.rm" as never, role: 5 as const, branchId: 2 as never, outletId: null }

describe("audit", () => {
  it("records the origin's user and address, the clock's time, and the given kind, target and details", () =>
    run(
      Effect.gen(function* () {
        yield* withAuditOrigin({ user, address: "10.0.0.7" })(audit("export", { type: 4 }, { target: "export:1" }))
        const [event] = (yield* everything).items
        expect(event).toMatchObject({
          at: T0,
          kind: "export",
          outcome: "success",
          userId: 5,
          username: "east.rm",
          role: 5,
          branchId: 2,
          outletId: null,
          address: "10.0.0.7",
          target: "export:1",
          details: { type: 4 }
        })
      })
    ))

  it("outside a request the actor is the server itself", () =>
    run(
      Effect.gen(function* () {
        yield* audit("recompute")
        expect((yield* everything).items[0]).toMatchObject({ userId: null, username: "", address: "internal" })
      })
    ))
})

describe("audited", () => {
  it("records one success event with the result's details", () =>
    run(
      Effect.gen(function* () {
        const answer = yield* Effect.succeed({ id: 9 }).pipe(
          audited("marketing_record_edit", {
            details: { companyId: "C1" },
            resultDetails: (r: { id: number }) => ({ recordId: r.id })
          })
        )
        expect(answer).toEqual({ id: 9 })
        const { items } = yield* everything
        expect(items).toHaveLength(1)
        expect(items[0]).toMatchObject({ outcome: "success", details: { companyId: "C1", recordId: 9 } })
      })
    ))

  it("records one failure event naming the error, and fails with the original error", () =>
    run(
      Effect.gen(function* () {
        const error = yield* Effect.flip(
          Effect.fail(new Conflict({ reason: "no" })).pipe(audited("marketing_record_delete", { target: "record:3" }))
        )
        expect(error).toEqual(new Conflict({ reason: "no" }))
        const { items } = yield* everything
        expect(items).toHaveLength(1)
        expect(items[0]).toMatchObject({ outcome: "failure", target: "record:3", details: { error: "Conflict" } })
      })
    ))
})

describe("the embedded AuditLog over a RecordBacking", () => {
  it("keeps events when the store is rebuilt on the same backing, and numbers new ones after them", async () => {
    const backing = Layer.merge(
      Layer.succeed(RecordBacking, makeMemoryRecordBacking()),
      Layer.succeed(BulkFiles, makeMemoryBulkFiles())
    )
    const first = MemoryStore.layerOn.pipe(Layer.provide(backing))
    const before = await run(
      Effect.zipRight(
        Effect.all([audit("sign_in"), audit("sign_out")]),
        Effect.map(everything, (p) => p.items)
      ),
      first
    )
    const second = MemoryStore.layerOn.pipe(Layer.provide(backing))
    const after = await run(
      Effect.zipRight(
        audit("password_change"),
        Effect.map(everything, (p) => p.items)
      ),
      second
    )
    expect(after.slice(1)).toEqual(before)
    expect(after[0]!.kind).toBe("password_change")
    expect(after[0]!.id > before[0]!.id).toBe(true)
  })
})
