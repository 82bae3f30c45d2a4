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
  })
