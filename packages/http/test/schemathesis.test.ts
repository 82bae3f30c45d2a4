/**
 * Schemathesis (the property-based API fuzzer, from PyPI; scripts/system-packages.sh installs the pinned version
 * under .tools/) over the whole /openapi.json with every check, against the real server process on a free
 * 127.0.0.1 port with the demo bank, signed in with bearer tokens (schemathesis/hooks.py). The run must report no
 * failure and no error. Every check runs (schemathesis/schemathesis.toml, with the few per-operation exceptions, each
 * with its reason).
 * SCHEMATHESIS names another executable; SCHEMATHESIS_EXAMPLES changes the examples per operation.
 */
import { spawn } from "node:child_process"
import { existsSync, mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { repoRoot, type ServerProcess, startServer, stopServer } from "./support/serverProcess.js"

const fuzzer = process.env.SCHEMATHESIS || join(repoRoot, ".tools/schemathesis/bin/schemathesis")
const EXAMPLES = process.env.SCHEMATHESIS_EXAMPLES ?? "20"
const here = join(repoRoot, "packages/http/test/schemathesis")
/** The demo bank's password (README): the run signs in as its bank admin. */
const DEMO_PASSWORD = "Demo@2026"

const run = (args: string[], env: Record<string, string>) =>
  new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn(fuzzer, args, {
      cwd: here,
      env: { ...process.env, ...env, NO_COLOR: "1", SCHEMATHESIS_TELEMETRY: "false", PYTHONPATH: here }
    })
    let output = ""
    child.stdout.on("data", (d) => (output += d))
    child.stderr.on("data", (d) => (output += d))
    child.on("close", (code) => resolve({ code, output }))
  })

describe("schemathesis over /openapi.json", () => {
  let server: ServerProcess
  let dataDir = ""
  beforeAll(async () => {
    if (!existsSync(fuzzer)) throw new Error(`${fuzzer} is missing: run scripts/system-packages.sh ensure`)
    dataDir = mkdtempSync(join(tmpdir(), "wm-fuzz-"))
    // Guessed passwords on the password-change route must not lock the fuzzer's own sign-ins out of the run.
    server = await startServer(
      { DATA_DIR: dataDir, EXPORT_DIR: join(dataDir, "exports"), LOCKOUT_THRESHOLD: "100" },
      180_000,
      ["--demo"]
    )
  }, 240_000)
  afterAll(async () => {
    if (server) await stopServer(server, "SIGTERM")
    rmSync(dataDir, { recursive: true, force: true })
  })

  // About 3 minutes on a quiet 2-core machine; the limit leaves room for a busy one.
  it("finds no failure and no error with every check", { timeout: 1_200_000 }, async () => {
    const started = Date.now()
    const { code, output } = await run(
      [
        "--config-file",
        join(here, "schemathesis.toml"),
        "run",
        `${server.url}/openapi.json`,
        "--max-examples",
        EXAMPLES,
        "--seed",
        "1",
        "--header",
        "X-Consumer-Custom-ID: @staff_fuzz:bank.example"
      ],
      {
        SCHEMATHESIS_HOOKS: "hooks",
        FUZZ_BASE: server.url,
        FUZZ_ADMIN: "admin",
        FUZZ_SESSION_USER: "admin",
        FUZZ_PASSWORD: DEMO_PASSWORD
      }
    )
    const summary = output.trim().split("\n").at(-1) ?? ""
    const cases = /(\d+) generated, (\d+) passed[^\n]*/.exec(output)
    const operations = /Tested: (\d+)/.exec(output)?.[1]
    const seconds = Math.round((Date.now() - started) / 1000)
    console.info(
      `schemathesis: ${operations} operations, ${cases?.[0]}; ${summary.replace(/=/g, "").trim()} (${seconds} s)`
    )
    expect(code, output.slice(-30_000)).toBe(0)
    expect(summary).not.toMatch(/failure|error/i)
    // Every generated case was checked and passed (none errored).
    expect(cases?.[1], output.slice(-5_000)).toBe(cases?.[2])
    expect(Number(operations)).toBeGreaterThan(60)
  })
})
