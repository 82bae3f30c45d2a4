/**
 * FerretDB v1 processes (SQLite backend, binary built by scripts/ferretdb.sh) for globalSetup, the tests that stop
 * and restart their own server, and the benchmark.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process"
import { mkdtempSync, rmSync } from "node:fs"
import { createServer } from "node:net"
import { tmpdir } from "node:os"
import { join, resolve } from "node:path"
import { MongoClient } from "mongodb"

export const repoRoot = resolve(import.meta.dirname, "../../../..")

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

/** Builds the binary unless a working one of the pinned version is there. */
export const ensureFerretDb = (stdio: "inherit" | "ignore" = "inherit") =>
  execFileSync("bash", [join(repoRoot, "scripts/ferretdb.sh"), "ensure"], { stdio })

/** Polls with a driver ping: the process listening is not enough, the server must answer commands. */
const waitForPing = async (uri: string, server: ChildProcess, log: () => string) => {
  const deadline = Date.now() + 30_000
  for (;;) {
    if (server.exitCode !== null) throw new Error(`FerretDB exited with code ${server.exitCode}:\n${log()}`)
    const client = new MongoClient(uri, { serverSelectionTimeoutMS: 500 })
    try {
      await client.db("admin").command({ ping: 1 })
      return
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`FerretDB did not answer a ping within 30 s (${error}):\n${log()}`)
      await new Promise((r) => setTimeout(r, 200))
    } finally {
      await client.close()
    }
  }
}

const stopProcess = (server: ChildProcess) =>
  new Promise<void>((done) => {
    if (server.exitCode !== null || server.signalCode !== null) return done()
    const killer = setTimeout(() => server.kill("SIGKILL"), 5_000)
    server.once("exit", () => {
      clearTimeout(killer)
      done()
    })
    server.kill("SIGTERM")
  })

export interface FerretDb {
  readonly uri: string
  readonly port: number
  readonly dir: string
  /** Stops the process and keeps the data directory (start it again with the same port and dir). */
  readonly stop: () => Promise<void>
  /** Stops the process and removes the data directory, unless it was given. */
  readonly close: () => Promise<void>
}

/** Starts FerretDB on `port` (default a free one) with its data in `dir` (default a new temporary directory). */
export const startFerretDb = async (options: { port?: number; dir?: string } = {}): Promise<FerretDb> => {
  const ownDir = options.dir === undefined
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), "wm-ferretdb-"))
  const port = options.port ?? (await freePort())
  const server = spawn(
    join(repoRoot, ".tools/bin/ferretdb"),
    [
      "--handler=sqlite",
      `--sqlite-url=file:${dir}/`,
      `--state-dir=${dir}`,
      `--listen-addr=127.0.0.1:${port}`,
      "--debug-addr=-",
      "--telemetry=disable",
      "--log-level=warn"
    ],
    { stdio: ["ignore", "pipe", "pipe"] }
  )
  // Keep the tail of its output for error messages only; a passing run stays quiet.
  let output = ""
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-8_000)
  }
  server.stdout?.on("data", keep)
  server.stderr?.on("data", keep)
  const stop = () => stopProcess(server)
  const close = async () => {
    await stop()
    if (ownDir) rmSync(dir, { recursive: true, force: true })
  }
  const uri = `mongodb://127.0.0.1:${port}/`
  try {
    await waitForPing(uri, server, () => output)
  } catch (error) {
    await close()
    throw error
  }
  return { uri, port, dir, stop, close }
}
