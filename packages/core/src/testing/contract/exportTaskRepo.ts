/** Contract for ExportTaskRepo: tasks by id, per user newest first, by state and by age, replaced and deleted. */
import { Effect, Option } from "effect"
import { describe, expect } from "vitest"
import type { ExportTask } from "../../Exports/ExportTypes.js"
import { ExportTaskRepo } from "../../Ports/ExportTaskRepo.js"
import { T0 } from "./fixtures.js"
import type { ContractTest } from "./harness.js"

export const exportTask = (id: string, patch: Partial<ExportTask> = {}): ExportTask => ({
  id,
  userId: 1,
  username: "admin",
  type: 5,
  info: { keyword: "C1", branchId: 2, nested: { list: [1, "a"] } },
  state: "queued",
  reason: null,
  rows: 0,
  totalRows: null,
  fileName: "持有产品查询-20261123.xlsx",
  fileKey: `${id}.xlsx`,
  createdAt: T0,
  startedAt: null,
  finishedAt: null,
  ...patch
})

export const exportTaskRepo = (test: ContractTest) =>
  describe("ExportTaskRepo", () => {
    test(
      "save then find answers every field; a second save replaces the task",
      Effect.gen(function* () {
        const repo = yield* ExportTaskRepo
        yield* repo.save(exportTask("e1"))
        expect(yield* repo.find("e1")).toEqual(Option.some(exportTask("e1")))
        const done = exportTask("e1", { state: "done", rows: 12, totalRows: 12, startedAt: T0 + 1, finishedAt: T0 + 2 })
        yield* repo.save(done)
        expect(yield* repo.find("e1")).toEqual(Option.some(done))
        expect(Option.isNone(yield* repo.find("e2"))).toBe(true)
      })
    )

    test(
      "listByUser answers one user's tasks newest first, paged, with the total",
      Effect.gen(function* () {
        const repo = yield* ExportTaskRepo
        yield* repo.save(exportTask("a", { createdAt: T0 }))
        yield* repo.save(exportTask("b", { createdAt: T0 + 2 }))
        yield* repo.save(exportTask("c", { createdAt: T0 + 1 }))
        yield* repo.save(exportTask("x", { userId: 2 }))
        const first = yield* repo.listByUser(1, { page: 1, count: 2 })
        expect([first.total, first.items.map((t) => t.id)]).toEqual([3, ["b", "c"]])
        expect((yield* repo.listByUser(1, { page: 2, count: 2 })).items.map((t) => t.id)).toEqual(["a"])
      })
    )

    test(
      "listByState and createdBefore answer oldest first; delete removes",
      Effect.gen(function* () {
        const repo = yield* ExportTaskRepo
        yield* repo.save(exportTask("q", { createdAt: T0 + 5 }))
        yield* repo.save(exportTask("r", { state: "running", createdAt: T0 + 1 }))
        yield* repo.save(exportTask("d", { state: "done", createdAt: T0 }))
        expect((yield* repo.listByState(["queued", "running"])).map((t) => t.id)).toEqual(["r", "q"])
        expect((yield* repo.createdBefore(T0 + 5)).map((t) => t.id)).toEqual(["d", "r"])
        yield* repo.delete("d")
        yield* repo.delete("d")
        expect((yield* repo.createdBefore(T0 + 100)).map((t) => t.id)).toEqual(["r", "q"])
      })
    )

    test(
      "claim takes a queued task once; a live claim is refused, an expired one taken over",
      Effect.gen(function* () {
        const repo = yield* ExportTaskRepo
        yield* repo.save(exportTask("c", { rows: 7 }))
        const first = yield* repo.claim("c", "a", T0, T0 + 100)
        expect(Option.map(first, (t) => [t.state, t.rows, t.startedAt, t.claim, t.attempts])).toEqual(
          Option.some(["running", 0, T0, { owner: "a", until: T0 + 100 }, 1])
        )
        expect(Option.isNone(yield* repo.claim("c", "b", T0 + 50, T0 + 150))).toBe(true)
        expect(Option.isNone(yield* repo.claim("gone", "b", T0, T0 + 1))).toBe(true)
        const over = yield* repo.claim("c", "b", T0 + 101, T0 + 200)
        expect(Option.map(over, (t) => [t.claim?.owner, t.attempts])).toEqual(Option.some(["b", 2]))
        expect(Option.map(yield* repo.find("c"), (t) => t.claim)).toEqual(Option.some({ owner: "b", until: T0 + 200 }))
      })
    )

    test(
      "update and renew succeed for the holder only; a finished task is never claimed again",
      Effect.gen(function* () {
        const repo = yield* ExportTaskRepo
        yield* repo.save(exportTask("u"))
        const task = Option.getOrThrow(yield* repo.claim("u", "a", T0, T0 + 100))
        expect(yield* repo.update({ ...task, rows: 5 }, "b")).toBe(false)
        expect(yield* repo.renew("u", "b", T0 + 500)).toBe(false)
        expect(yield* repo.update({ ...task, rows: 5 }, "a")).toBe(true)
        expect(yield* repo.renew("u", "a", T0 + 300)).toBe(true)
        expect(Option.map(yield* repo.find("u"), (t) => [t.rows, t.claim])).toEqual(
          Option.some([5, { owner: "a", until: T0 + 300 }])
        )
        expect(yield* repo.update({ ...task, rows: 5, state: "done", claim: null }, "a")).toBe(true)
        expect(Option.map(yield* repo.find("u"), (t) => [t.state, t.claim])).toEqual(Option.some(["done", null]))
        expect(Option.isNone(yield* repo.claim("u", "b", T0 + 1000, T0 + 2000))).toBe(true)
        expect(yield* repo.update({ ...task, rows: 6 }, "a")).toBe(false)
      })
    )

    test(
      "of many claims at once on one task exactly one wins",
      Effect.gen(function* () {
        const repo = yield* ExportTaskRepo
        yield* repo.save(exportTask("race"))
        const won = yield* Effect.forEach(
          Array.from({ length: 8 }, (_, i) => `owner${i}`),
          (owner) => repo.claim("race", owner, T0, T0 + 100),
          { concurrency: "unbounded" }
        )
        expect(won.filter(Option.isSome)).toHaveLength(1)
      })
    )
  })
