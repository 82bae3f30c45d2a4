// The real server process (main.ts: the embedded store on disk, an update's heavy stages on worker threads)
// while it applies a large trade_flow file: a second apply and a recompute answer 30004 at once, the status
// says 1, and /healthz and a portrait read answer — all of them before the apply itself has answered.
// Order, not timings: the machine may be loaded, but a busy request thread could not answer them first.
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, expect, it } from "vitest"
import { companyCsv, organizationCsv, tradeFlowCsv } from "../../http/test/support/bankData.js"
import {
  initializeAdmin,
  request,
  type ServerProcess,
  startServer,
  stopServer,
  upload,
  uploadAndApply
} from "../../http/test/support/serverProcess.js"

const scratch = mkdtempSync(join(tmpdir(), "wm-offload-server-"))
let server: ServerProcess | undefined
afterAll(async () => {
  if (server !== undefined) await stopServer(server, "SIGTERM")
  rmSync(scratch, { recursive: true, force: true })
})

/** `n` transactions of C1–C3 after the small bank's, on a few accounts each. */
const largeTradeFlow = (n: number) => {
  const lines = ["companyCode,accountNo,tradeTime,direction,amount,balance,counterpartyBank,channel"]
  const start = Date.UTC(2026, 2, 1)
  for (let i = 0; i < n; i++) {
    const t = new Date(start + i * 10_000).toISOString().replace("T", " ").slice(0, 19)
    lines.push(`C${(i % 3) + 1},L${i % 11},${t},${i % 4 === 0 ? "借" : "贷"},${(i % 900) + 1},${i + 1},OTHER,网银`)
  }
  return lines.join("\n")
}

it("answers other requests, and 30004 to a second update, while a large apply runs", { timeout: 600_000 }, async () => {
  server = await startServer({ DATA_DIR: join(scratch, "data") })
  const { url } = server
  const token = await initializeAdmin(url, "Kestrel-Harbour-42")
  for (const [type, text] of [
    ["organization", organizationCsv],
    ["company", companyCsv],
    ["trade_flow", tradeFlowCsv]
  ] as const) {
    const applied = await uploadAndApply(url, token, type, text)
    expect(applied.json.code, applied.json.msg).toBe(10000)
  }
  const before = await request(url, "GET", "/api/company/detail?id=C1", { token })
  expect(before.json.code).toBe(10000)

  const staged = await upload(url, token, "trade_flow", largeTradeFlow(600_000))
  expect(staged.json.code, staged.json.msg).toBe(10000)
  const id = staged.json.data.status as number
  expect(id).toBeGreaterThan(0)

  let applyAnswered = false
  const apply = request(url, "POST", "/api/updatedatabutton", { token, body: { type: "trade_flow", ids: [id] } }).then(
    (answer) => {
      applyAnswered = true
      return answer
    }
  )
  // The apply holds the update lock once the status says 1.
  let running = false
  while (!running && !applyAnswered) {
    running = (await request(url, "GET", "/api/organ/status", { token })).json.data.status === 1
    if (!running) await new Promise((r) => setTimeout(r, 20))
  }
  expect(running, "the status showed 1 while the apply ran").toBe(true)

  const second = await request(url, "POST", "/api/updatedatabutton", { token, body: { type: "trade_flow", ids: [id] } })
  const secondBeforeApply = !applyAnswered
  const recompute = await request(url, "POST", "/api/organ/update", { token })
  const recomputeBeforeApply = !applyAnswered
  const health = await fetch(`${url}/healthz`)
  const healthBeforeApply = !applyAnswered
  const portrait = await request(url, "GET", "/api/company/detail?id=C1", { token })
  const portraitBeforeApply = !applyAnswered

  expect(second.json.code).toBe(30004)
  expect(recompute.json.code).toBe(30004)
  expect(health.status).toBe(200)
  // The previous version is served while the new one is built.
  expect(portrait.json).toEqual(before.json)
  expect({ secondBeforeApply, recomputeBeforeApply, healthBeforeApply, portraitBeforeApply }).toEqual({
    secondBeforeApply: true,
    recomputeBeforeApply: true,
    healthBeforeApply: true,
    portraitBeforeApply: true
  })

  const applied = await apply
  expect(applied.json.code, applied.json.msg).toBe(10000)
  const status = (await request(url, "GET", "/api/organ/status", { token })).json.data
  expect(status.status).toBe(0)
  const after = await request(url, "GET", "/api/company/detail?id=C1", { token })
  expect(after.json.code).toBe(10000)
  expect(after.json.data).not.toEqual(before.json.data)
})
