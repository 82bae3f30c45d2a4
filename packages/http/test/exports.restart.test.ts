// Exports survive a restart: a task a crashed process left running is run again by the next one (never stuck), and
// tasks older than the retention are removed with their files. Both processes share the store's record backing
// and the export directory, as a restart on the same data directory does.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import {
  BulkFiles,
  type ExportTask,
  ExportTaskRepo,
  MemoryStore,
  makeMemoryBulkFiles,
  makeMemoryRecordBacking,
  RecordBacking
} from "@wm/core"
import { Effect, Layer } from "effect"
import { afterAll, describe, expect, it } from "vitest"
import { waitDone } from "./support/exports.js"
import { type Harness, makeHarness } from "./support/harness.js"
import { readXlsx } from "./support/xlsxRead.js"

const dir = mkdtempSync(join(tmpdir(), "exports-restart-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const task = (h: Harness, id: string, patch: Partial<ExportTask>): ExportTask => ({
  id,
  userId: h.staff.admin.id,
  username: "admin",
  type: 8,
  info: {},
  state: "queued",
  reason: null,
  rows: 0,
  totalRows: null,
  fileName: `${id}.xlsx`,
  fileKey: `${id}.xlsx`,
  createdAt: h.clock.now(),
  startedAt: null,
  finishedAt: null,
  ...patch
})

describe("exports across a restart", () => {
  it("a task left running is run again to done; one past the retention is removed with its file", async () => {
    const backing = makeMemoryRecordBacking()
    const storeOn = (records: RecordBacking["Type"]) =>
      MemoryStore.layerOn.pipe(
        Layer.provide(
          Layer.merge(Layer.succeed(RecordBacking, records), Layer.succeed(BulkFiles, makeMemoryBulkFiles()))
        )
      )
    const first = await makeHarness({ store: storeOn(backing), exportDir: dir })
    await first.runtime.runPromise(
      Effect.flatMap(ExportTaskRepo, (repo) =>
        Effect.all([
          repo.save(
            task(first, "crashed", { state: "running", rows: 40, totalRows: 100, startedAt: first.clock.now() })
          ),
          repo.save(task(first, "old", { state: "done", createdAt: first.clock.now() - 8 * 86_400_000 }))
        ])
      )
    )
    // What the crash left on disk: a partial file of the running export, the old export's file.
    writeFileSync(join(dir, "crashed.xlsx.part"), "partial")
    writeFileSync(join(dir, "old.xlsx"), "old")
    await first.close()

    // The restarted process: the export tasks as the store kept them, on a bank the harness seeds afresh (it seeds
    // the same staff with the same ids, so the tasks' owner is the new admin).
    const restarted = makeMemoryRecordBacking()
    const tasks = await Effect.runPromise(backing.load("exportTasks"))
    await Effect.runPromise(restarted.write(tasks.map(([key, value]) => ({ collection: "exportTasks", key, value }))))
    const second = await makeHarness({ store: storeOn(restarted), exportDir: dir })
    try {
      const admin = await second.signIn("admin")
      const done = await waitDone(second, admin, "crashed")
      expect([done.status, done.rows]).toEqual(["done", 0])
      const res = await second.app.request("/api/download/get_download?taskId=crashed", {
        headers: { authorization: `Bearer ${admin}` }
      })
      expect(res.status).toBe(200)
      expect(readXlsx(Buffer.from(await res.arrayBuffer()))[0]?.[0]?.text).toBe("理财产品名称")
      const list = (await second.call("GET", "/api/download/download_list", { token: admin })).json.data
      expect(list.downloadList.map((t: { taskId: string }) => t.taskId)).toEqual(["crashed"])
      expect(existsSync(join(dir, "old.xlsx"))).toBe(false)
      expect(existsSync(join(dir, "crashed.xlsx.part"))).toBe(false)
    } finally {
      await second.close()
    }
  })
})
