// MongoDB out of reach: the server process refuses to start with a clear message, and a running app answers 503
// (code 50003) while its server is down, then recovers when it is back, without a restart of the app.
import { rmSync } from "node:fs"
import { Redacted } from "effect"
import { afterAll, describe, expect, it } from "vitest"
import { type Harness, makeHarness } from "../../http/test/support/harness.js"
import { spawnServer } from "../../http/test/support/serverProcess.js"
import { MongoStore } from "../src/index.js"
import { freePort, startTestServer, type TestServer } from "./support/testServer.js"
import { uniqueDbName } from "./support.js"

describe("the server process with MongoDB unreachable", () => {
  it("exits non-zero within 15 s, naming the host but not the password", { timeout: 30_000 }, async () => {
    const port = await freePort()
    const started = Date.now()
    const s = spawnServer({ MONGODB_URI: `mongodb://wm_user:S3cret-Pw@127.0.0.1:${port}/?authSource=admin` })
    const killer = setTimeout(() => s.proc.kill("SIGKILL"), 20_000)
    const exit = await s.exited
    clearTimeout(killer)
    expect(Date.now() - started).toBeLessThan(15_000)
    expect(exit.code).not.toBe(0)
    expect(exit.code).not.toBeNull()
    const output = `${s.stderr()}\n${s
      .lines()
      .map((l) => JSON.stringify(l))
      .join("\n")}`
    expect(s.stderr()).toMatch(/Cannot open the store/)
    expect(s.stderr()).toContain(`127.0.0.1:${port}`)
    expect(output).not.toContain("S3cret-Pw")
    expect(s.lines().find((l) => l.event === "listening")).toBeUndefined()
  })
})

describe("the connection lost while serving", () => {
  let server: TestServer | undefined
  let h: Harness | undefined
  afterAll(async () => {
    await h?.close()
    await server?.stop()
    if (server) rmSync(server.dir, { recursive: true, force: true })
  })

  it("answers 503 with code 50003 while the database server is down and 200 once it is back", {
    timeout: 90_000
  }, async () => {
    server = await startTestServer()
    h = await makeHarness({
      store: MongoStore.layer({
        uri: Redacted.make(server.uri),
        dbName: uniqueDbName("lost"),
        clientOptions: { serverSelectionTimeoutMS: 2_000 }
      })
    })
    const token = await h.signIn("admin")
    const list = () => h!.call("GET", "/api/organ/list", { token })
    expect((await list()).status).toBe(200)

    await server.stop()
    const down = await list()
    expect({ status: down.status, code: down.json.code }).toEqual({ status: 503, code: 50003 })
    expect(down.json.data).toBeNull()
    const signIn = await h.call("POST", "/api/sign_in", { body: { username: "admin", password: "Test@2026" } })
    expect({ status: signIn.status, code: signIn.json.code }).toEqual({ status: 503, code: 50003 })

    server = await startTestServer({ port: server.port, dir: server.dir })
    // The driver reconnects on its own; the first call may still meet the pool being cleared.
    let up = await list()
    for (let i = 0; i < 20 && up.status !== 200; i++) {
      await new Promise((r) => setTimeout(r, 250))
      up = await list()
    }
    expect({ status: up.status, code: up.json.code }).toEqual({ status: 200, code: 10000 })
    expect(up.json.data.outletList.length).toBe(3)
  })
})
