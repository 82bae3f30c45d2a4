/**
 * Vitest global setup for the MongoDB adapter tests: a MongoDB-wire server for the whole run.
 * With MONGODB_URI set, that server is used as it is. Otherwise FerretDB v1 (SQLite backend, built by
 * scripts/ferretdb.sh) is started on a free port in a fresh temporary directory, and stopped and removed at the end.
 * Tests read the URI with `inject("mongoUri")`.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process"
import { mkdtempSync, rmSync } from "node:fs"
import { createServer } from "node:net"
import { tmpdir } from "node:os"
import { join, resolve } from "node:path"
import { MongoClient } from "mongodb"
import type { TestProject } from "vitest/node"

declare module "vitest" {
  export interface ProvidedContext {
    mongoUri: string
  }
}

const repoRoot = resolve(import.meta.dirname, "../../..")

const freePort = () =>
  new Promise<number>((done, fail) => {
    const server = createServer()
    server.once("error", fail)
    server.listen(0, "127.0.0.1", () => {
      const address = server.address()
      server.close(() => (typeof address === "object" && address !== null ? done(address.port) : fail(address)))
    })
  })

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

const stop = (server: ChildProcess) =>
  new Promise<void>((done) => {
    if (server.exitCode !== null || server.signalCode !== null) return done()
    const killer = setTimeout(() => server.kill("SIGKILL"), 5_000)
    server.once("exit", () => {
      clearTimeout(killer)
      done()
    })
    server.kill("SIGTERM")
  })

export default async function setup(project: TestProject) {
  const given = process.env.MONGODB_URI
  if (given !== undefined && given !== "") {
    project.provide("mongoUri", given)
    return
  }
  execFileSync("bash", [join(repoRoot, "scripts/ferretdb.sh"), "ensure"], { stdio: "inherit" })
  const dir = mkdtempSync(join(tmpdir(), "wm-ferretdb-"))
  const port = await freePort()
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
  const teardown = async () => {
    await stop(server)
    rmSync(dir, { recursive: true, force: true })
  }
  const uri = `mongodb://127.0.0.1:${port}/`
  try {
    await waitForPing(uri, server, () => output)
  } catch (error) {
    await teardown()
    throw error
  }
  project.provide("mongoUri", uri)
  return teardown
}
