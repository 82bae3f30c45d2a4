// The disk fills up while an apply writes its version's files (the embedded store on disk, through the HTTP app):
// the apply answers 503 with the reason in the status, the previous version stays served, and once there is
// room again the same staged file applies.
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { BulkFiles, MemoryStore, RecordBacking } from "@wm/core"
import { Context, Effect, Layer } from "effect"
import { afterAll, afterEach, expect, it } from "vitest"
import { loadBank, moreTradeFlowCsv, uploadRight } from "../../http/test/support/bankData.js"
import { type Harness, makeHarness } from "../../http/test/support/harness.js"
import { classify } from "../src/index.js"
import { backings } from "../src/SqliteStore.js"

const scratch = mkdtempSync(join(tmpdir(), "wm-disk-full-"))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))
const dataDir = join(scratch, "data")

/** The store on `dataDir` whose bulk writes fail with ENOSPC while `full.now` is set. */
const full = { now: false }
const enospc = Object.assign(new Error("no space left on device"), { code: "ENOSPC" })
const storeWithFullDisk = () =>
  MemoryStore.layerOn.pipe(
    Layer.provide(
      Layer.effectContext(
        Effect.gen(function* () {
          const bulk = yield* BulkFiles
          const filling: BulkFiles["Type"] = {
            ...bulk,
            write: (name, parts) => (full.now ? Effect.fail(classify("bulk.write", enospc)) : bulk.write(name, parts))
          }
          return Context.make(RecordBacking, yield* RecordBacking).pipe(Context.add(BulkFiles, filling))
        })
      ).pipe(Layer.provide(backings({ dataDir })))
    )
  )

let h: Harness | undefined
afterEach(async () => {
  await h?.close()
  h = undefined
})

it("a full disk during an apply answers 503, keeps the previous version served, and the file applies later", async () => {
  h = await makeHarness({ store: storeWithFullDisk() })
  await loadBank(h)
  const token = await h.signIn("admin")
  const before = await h.call("GET", "/api/company/detail?id=C1", { token })
  const id = await uploadRight(h, token, "trade_flow", moreTradeFlowCsv)

  full.now = true
  const apply = await h.call("POST", "/api/updatedatabutton", { token, body: { type: "trade_flow", ids: [id] } })
  expect(apply.status).toBe(503)
  const status = (await h.call("GET", "/api/organ/status", { token })).json.data
  expect(status.status).toBe(2)
  expect(status.message).toMatch(/the disk is full \(ENOSPC\)/)
  expect((await h.call("GET", "/api/company/detail?id=C1", { token })).json).toEqual(before.json)

  full.now = false
  const again = await h.call("POST", "/api/updatedatabutton", { token, body: { type: "trade_flow", ids: [id] } })
  expect(again.json.code, again.json.msg).toBe(10000)
  const after = await h.call("GET", "/api/company/detail?id=C1", { token })
  expect(after.json.data).not.toEqual(before.json.data)
})
