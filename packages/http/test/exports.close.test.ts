// Closing the app stops its background export runner: nothing of an export queued before the close is written
// after it (the runner is a fiber of its own, which disposing of the runtime alone would leave running).
import { existsSync } from "node:fs"
import { expect, it } from "vitest"
import { makeHarness } from "./support/harness.js"

it("writes nothing to the export folder once the app and its runtime are closed", async () => {
  const h = await makeHarness()
  const admin = await h.signIn("admin")
  for (let i = 0; i < 12; i++) {
    const created = await h.call("POST", "/api/download/create_download", { token: admin, body: { type: 8, info: {} } })
    expect(created.json.code, created.json.msg).toBe(10000)
  }
  // close() stops the runner, disposes of the runtime and removes the harness's export folder.
  await h.close()
  await new Promise((r) => setTimeout(r, 1_000))
  expect(existsSync(h.exportDir)).toBe(false)
})
