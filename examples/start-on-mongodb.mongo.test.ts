// Runs the start-on-mongodb example against the test MongoDB-wire server: the demo bank on MongoDB, served.
import { type ChildProcess, spawn } from "node:child_process"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, expect, inject, it } from "vitest"

declare module "vitest" {
  /** Given by the mongo test project's global setup (the local test server, or MONGODB_URI). */
  export interface ProvidedContext {
    mongoUri: string
  }
}

let child: ChildProcess | undefined
const dataDir = mkdtempSync(join(tmpdir(), "example-mongo-"))
// The example runs a few processes (bash, npx, node): end the whole group, then remove the demo files it wrote.
afterAll(async () => {
  if (child?.pid !== undefined && child.exitCode === null) {
    const exited = new Promise((done) => child!.once("exit", done))
    process.kill(-child.pid, "SIGTERM")
    await exited
  }
  rmSync(dataDir, { recursive: true, force: true })
})

/** Resolves with the URL the server printed in its `listening` log line. */
const listening = (proc: ChildProcess) =>
  new Promise<string>((resolve, reject) => {
    let buffered = ""
    proc.stdout!.on("data", (chunk: Buffer) => {
      buffered += chunk.toString()
      const match = buffered.match(/"event":"listening","url":"([^"]+)"/)
      if (match) resolve(match[1]!)
    })
    proc.on("exit", (code) => reject(new Error(`the example exited with ${code}: ${buffered.slice(-2000)}`)))
  })

it("serves the demo bank on MongoDB with the same start command", async () => {
  child = spawn("bash", [join(import.meta.dirname, "start-on-mongodb.sh")], {
    env: {
      ...process.env,
      MONGODB_URI: inject("mongoUri"),
      MONGODB_DB: `example_${Date.now()}`,
      PORT: "0",
      SCRYPT_N: "1024",
      // A fifth of the demo bank (100,000 transactions): the full one takes minutes on a busy machine (its
      // figures are in bench/README.md); the start path is the same.
      DEMO_SCALE: "0.2",
      DEMO_DATA_DIR: dataDir
    },
    stdio: ["ignore", "pipe", "inherit"],
    detached: true
  })
  const url = await listening(child)
  let health = 503
  // Healthy once the demo bank is loaded: tens of seconds alone, more while other test files run.
  for (let i = 0; i < 480 && health !== 200; i++) {
    await new Promise((r) => setTimeout(r, 500))
    health = (await fetch(`${url}/healthz`)).status
  }
  expect(health).toBe(200)
  const signIn = await fetch(`${url}/api/sign_in`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username: "outlet_rm", password: "Demo@2026" })
  })
  const body = (await signIn.json()) as { code: number; data: { token: string } }
  expect(body.code).toBe(10000)
  const search = await fetch(`${url}/api/company/search?count=1`, {
    headers: { authorization: `Bearer ${body.data.token}` }
  })
  const found = (await search.json()) as { code: number; data: { total: number } }
  expect(found.code).toBe(10000)
  expect(found.data.total).toBeGreaterThan(0)
}, 300_000)
