// The update's heavy stages on worker threads (packages/http/src/offload), on the embedded store on disk: a
// worker that fails (an exception, a crash, running out of memory) fails the apply with the reason and the
// previous version stays served (status 2 with the reason, the portrait unchanged); a working one answers
// exactly what the in-process update answers.
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, afterEach, describe, expect, it } from "vitest"
import type { WorkerOffloadOptions } from "../../http/src/offload/WorkerOffload.js"
import { loadBank, uploadAndApply } from "../../http/test/support/bankData.js"
import { type Harness, makeHarness } from "../../http/test/support/harness.js"
import { SqliteStore } from "../src/index.js"

const scratch = mkdtempSync(join(tmpdir(), "wm-offload-"))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))
let dirs = 0
/** A harness on a fresh data directory. */
const onDisk = (computeWorkers?: WorkerOffloadOptions) =>
  makeHarness({
    store: SqliteStore.layer({ dataDir: join(scratch, `d${++dirs}`) }),
    ...(computeWorkers === undefined ? {} : { computeWorkers })
  })

const workerFixture = (name: string) => new URL(`./support/workers/${name}.ts`, import.meta.url)

/** `n` new C1 transactions after the harness bank's. */
const manyTrades = (n: number) => {
  const lines = ["companyCode,accountNo,tradeTime,direction,amount,balance,counterpartyBank,channel"]
  const start = Date.UTC(2026, 2, 1)
  for (let i = 0; i < n; i++) {
    const t = new Date(start + i * 60_000).toISOString().replace("T", " ").slice(0, 19)
    lines.push(`C1,A9${i % 5},${t},贷,${(i % 90) + 1},${i + 1},OTHER,网银`)
  }
  return lines.join("\n")
}

let h: Harness | undefined
afterEach(async () => {
  await h?.close()
  h = undefined
})

describe("a failing compute worker", () => {
  it.each([
    ["throws", /injected failure inside the worker/],
    ["exits", /exit code 7/],
    ["outOfMemory", /memory/i]
  ])("that %s fails the apply with the reason and leaves the previous version served", async (name, reason) => {
    // The small bank is computed in process (below minRows); the 2,000-row apply goes to the failing worker.
    h = await onDisk({ entry: workerFixture(name), minRows: 1_000, maxHeapMb: 32 })
    await loadBank(h)
    const token = await h.signIn("admin")
    const before = await h.call("GET", "/api/company/detail?id=C1", { token })
    expect(before.json.code).toBe(10000)
    const versionBefore = (await h.call("GET", "/api/organ/status", { token })).json.data

    const apply = await uploadAndApply(h, token, "trade_flow", manyTrades(2_000))
    expect(apply.json.code).not.toBe(10000)
    expect(apply.status).toBe(503)

    const status = (await h.call("GET", "/api/organ/status", { token })).json.data
    expect(status.status).toBe(2)
    expect(status.message).toMatch(reason)
    expect(status.message).toMatch(/previous data kept/)
    expect(status.version).toBe(versionBefore.version)
    const after = await h.call("GET", "/api/company/detail?id=C1", { token })
    expect(after.json).toEqual(before.json)
  })

  it("on a working worker gives the answers of the in-process update, byte for byte", async () => {
    const answers = async (harness: Harness) => {
      await loadBank(harness)
      const token = await harness.signIn("admin")
      const apply = await uploadAndApply(harness, token, "trade_flow", manyTrades(2_000))
      expect(apply.json.code, apply.json.msg).toBe(10000)
      const status = (await harness.call("GET", "/api/organ/status", { token })).json.data
      expect(status.status).toBe(0)
      const read = async (path: string) => (await harness.call("GET", path, { token })).res.text()
      return [await read("/api/company/detail?id=C1"), await read("/api/company/search?page=1&count=10")]
    }
    h = await onDisk({ minRows: 1_000, minUploadBytes: 1_000 })
    const inWorker = await answers(h)
    await h.close()
    h = await onDisk()
    const inProcess = await answers(h)
    expect(inWorker[0]).toContain("C1")
    expect(inWorker).toEqual(inProcess)
  })
})
