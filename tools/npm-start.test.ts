/**
 * The README's first command as a newcomer (or a process supervisor) uses it: `npm start` serves the demo bank with
 * its files where the README says, SIGTERM sent to npm alone stops the server, and a port in use or a bad variable
 * ends the start with one line saying which.
 */
import { type ChildProcess, spawn } from "node:child_process"
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs"
import { createServer } from "node:net"
import { tmpdir } from "node:os"
import { join, resolve } from "node:path"
import { afterAll, describe, expect, it } from "vitest"

const repo = resolve(import.meta.dirname, "..")
const dir = mkdtempSync(join(tmpdir(), "wm-npm-start-"))
const groups: Array<number> = []
afterAll(() => {
  for (const pid of groups) {
    try {
      process.kill(-pid, "SIGKILL")
    } catch {
      // Already gone: the start stopped as it should.
    }
  }
  rmSync(dir, { recursive: true, force: true })
})

const npmStart = (env: Record<string, string>) => {
  const child = spawn("npm", ["start"], {
    cwd: repo,
    env: {
      ...process.env,
      PORT: "0",
      SCRYPT_N: "1024",
      LOG_LEVEL: "info",
      DEMO_SCALE: "0.01",
      // The web tests build the app at the same time; two builds into one folder would race.
      WEB_BUILD: "skip",
      EXPORT_DIR: join(dir, "exports"),
      ...env
    },
    stdio: ["ignore", "pipe", "pipe"],
    // Its own process group, so that whatever a failed test leaves running can be stopped (afterAll).
    detached: true
  })
  groups.push(child.pid!)
  let out = ""
  let err = ""
  child.stdout!.on("data", (chunk: Buffer) => {
    out += chunk.toString()
  })
  child.stderr!.on("data", (chunk: Buffer) => {
    err += chunk.toString()
  })
  const exited = new Promise<number | null>((done) => child.on("exit", (code) => done(code)))
  return { child, exited, out: () => out, err: () => err }
}

const waitFor = async <A>(what: () => A | undefined, ms: number): Promise<A> => {
  const until = Date.now() + ms
  for (;;) {
    const found = what()
    if (found !== undefined) return found
    if (Date.now() > until) throw new Error("timed out")
    await new Promise((r) => setTimeout(r, 200))
  }
}

const alive = (child: ChildProcess) => child.exitCode === null && child.signalCode === null

describe("npm start", () => {
  it("serves the demo bank from DEMO_DATA_DIR, and SIGTERM to npm alone stops the server", async () => {
    const run = npmStart({ DATA_DIR: join(dir, "data"), DEMO_DATA_DIR: join(dir, "demo") })
    const url = await waitFor(() => run.out().match(/"event":"listening","url":"([^"]+)"/)?.[1], 240_000)
    await waitFor(() => (/"event":"ready"/.test(run.out()) ? true : undefined), 240_000)
    expect((await fetch(`${url}/healthz`)).status).toBe(200)
    expect(readdirSync(join(dir, "demo"))).toEqual(expect.arrayContaining(["organization.csv", "trade_flow.csv"]))
    expect(existsSync(join(dir, "data", "records.sqlite"))).toBe(true)

    run.child.kill("SIGTERM")
    expect(await run.exited).toBe(0)
    // The server itself is gone, not only npm: its port no longer answers.
    expect(
      await fetch(`${url}/healthz`).then(
        () => "answered",
        () => "closed"
      )
    ).toBe("closed")
    expect(run.out()).toContain('"event":"shutting_down","signal":"SIGTERM"')
  }, 300_000)

  it("a port in use ends the start with one line naming the port", async () => {
    const busy = createServer()
    const port = await new Promise<number>((done) =>
      busy.listen(0, "127.0.0.1", () => done((busy.address() as { port: number }).port))
    )
    try {
      const run = npmStart({ PORT: String(port), DATA_DIR: join(dir, "busy"), DEMO_DATA_DIR: join(dir, "busy-demo") })
      expect(await run.exited).toBe(1)
      expect(run.err().trim().split("\n").at(-1)).toBe(
        `port ${port} is already in use on 127.0.0.1; stop the other server or set PORT`
      )
      expect(alive(run.child)).toBe(false)
    } finally {
      busy.close()
    }
  }, 300_000)

  it("a bad variable ends the start with one line naming it", async () => {
    const run = npmStart({ PORT: "eighty", DATA_DIR: join(dir, "bad") })
    expect(await run.exited).toBe(1)
    const lines = run.err().trim().split("\n")
    expect(lines.filter((l) => l.includes("PORT"))).toHaveLength(1)
    expect(lines.at(-1)).toMatch(/^invalid configuration: PORT="eighty": /)
  }, 120_000)
})
