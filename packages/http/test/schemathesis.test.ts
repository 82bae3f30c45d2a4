/**
 * Schemathesis (a property-based API fuzzer, from PyPI) over the whole /openapi.json with every check: the app is
 * served on a free 127.0.0.1 port over the small market bank, and the run must report no failure. Runs when
 * SCHEMATHESIS names the fuzzer's executable (pip install schemathesis); not yet part of `npm test`, because the
 * document does not yet state every cross-field rule the server enforces (see the README, "API reference").
 */
import { spawn } from "node:child_process"
import type { AddressInfo } from "node:net"
import { serve } from "@hono/node-server"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { loadMarket } from "./matching-support/market.js"
import { type Harness, makeHarness } from "./support/harness.js"

const fuzzer = process.env.SCHEMATHESIS || undefined
const EXAMPLES = process.env.SCHEMATHESIS_EXAMPLES ?? "15"

/** Routes that end the fuzzer's own session or change its password: the rest of the run would be 401s only. */
const sessionEnders = ["/api/logout", "/api/usermanage/password_modify", "/api/usermanage/initialize_user"]

const run = (args: string[]) =>
  new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn(fuzzer!, args, { env: { ...process.env, NO_COLOR: "1", SCHEMATHESIS_TELEMETRY: "false" } })
    let output = ""
    child.stdout.on("data", (d) => (output += d))
    child.stderr.on("data", (d) => (output += d))
    child.on("close", (code) => resolve({ code, output }))
  })

describe.skipIf(fuzzer === undefined)("schemathesis over /openapi.json", () => {
  let h: Harness
  let server: ReturnType<typeof serve>
  let base = ""
  let token = ""
  beforeAll(async () => {
    h = await makeHarness()
    token = await loadMarket(h)
    server = serve({ fetch: h.app.fetch, port: 0, hostname: "127.0.0.1" })
    await new Promise((resolve) => server.once("listening", resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve))
    await h.close()
  })

  it("finds no failure with every check", { timeout: 900_000 }, async () => {
    const { code, output } = await run([
      "run",
      `${base}/openapi.json`,
      "--checks",
      "all",
      "--max-examples",
      EXAMPLES,
      "--seed",
      "1",
      "--header",
      `Authorization: Bearer ${token}`,
      "--header",
      "X-Consumer-Custom-ID: @staff_fuzz:bank.example",
      ...sessionEnders.flatMap((path) => ["--exclude-path", path])
    ])
    expect(code, output.slice(-20_000)).toBe(0)
  })
})
