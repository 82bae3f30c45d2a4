/**
 * The local MongoDB-compatible test server (DocumentDB, scripts/mongo-test-server.sh) as processes for globalSetup,
 * the tests that stop and restart their own server, the multi-instance tests and the benchmark.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process"
import { mkdtempSync, rmSync } from "node:fs"
import { createServer } from "node:net"
import { tmpdir } from "node:os"
import { join, resolve } from "node:path"

export const repoRoot = resolve(import.meta.dirname, "../../../..")
const script = join(repoRoot, "scripts/mongo-test-server.sh")

/** A port nothing listens on now: taken from the OS, then released. */
export const freePort = () =>
  new Promise<number>((done, fail) => {
    const server = createServer()
    server.once("error", fail)
    server.listen(0, "127.0.0.1", () => {
      const address = server.address()
      server.close(() => (typeof address === "object" && address !== null ? done(address.port) : fail(address)))
    })
  })

/** Builds and installs the server unless this build is there (a few minutes the first time on a machine). */
export const ensureTestServer = (stdio: "inherit" | "ignore" = "inherit") =>
  execFileSync("bash", [script, "ensure"], { stdio: ["ignore", stdio, stdio] })

export interface TestServer {
  readonly uri: string
  readonly port: number
  readonly dir: string
  /** Stops the process and keeps the data directory (start it again with the same port and dir). */
  readonly stop: () => Promise<void>
  /** Stops the process and removes the data directory, unless it was given. */
  readonly close: () => Promise<void>
}

const stopProcess = (server: ChildProcess) =>
  new Promise<void>((done) => {
    if (server.exitCode !== null || server.signalCode !== null) return done()
    const killer = setTimeout(() => server.kill("SIGKILL"), 20_000)
    server.once("exit", () => {
      clearTimeout(killer)
      done()
    })
    server.kill("SIGTERM")
  })

/** Starts the server on `port` (default a free one) with its data in `dir` (default a new temporary directory). */
export const startTestServer = async (options: { port?: number; dir?: string } = {}): Promise<TestServer> => {
  const ownDir = options.dir === undefined
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), "wm-mongo-"))
  const port = options.port ?? (await freePort())
  const server = spawn("bash", [script, "run", String(port), dir], { stdio: ["ignore", "pipe", "pipe"] })
  // Keep the tail of its output for error messages only; a passing run stays quiet.
  let output = ""
  const uri = new Promise<string>((done, fail) => {
    let pending = ""
    server.stdout?.on("data", (chunk: Buffer) => {
      pending += chunk.toString()
      const found = /^MONGODB_URI=(\S+)$/m.exec(pending)
      if (found !== null) done(found[1]!)
    })
    server.stderr?.on("data", (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-8_000)
    })
    server.once("exit", (code) => fail(new Error(`the test server exited with code ${code}:\n${output}`)))
    setTimeout(() => fail(new Error(`the test server did not start within 120 s:\n${output}`)), 120_000).unref()
  })
  const stop = () => stopProcess(server)
  const close = async () => {
    await stop()
    if (ownDir) rmSync(dir, { recursive: true, force: true })
  }
  try {
    return { uri: await uri, port, dir, stop, close }
  } catch (error) {
    await close()
    throw error
  }
}
