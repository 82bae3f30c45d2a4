/**
 * The real server for end-to-end runs: `main.ts --demo` on a free port with a small demo bank in a fresh data
 * directory, and the web app built once. Resolves when /healthz answers 200.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process"
import { existsSync, mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join, resolve } from "node:path"

const repo = resolve(import.meta.dirname, "../../..")

export const buildWebApp = () => {
  execFileSync("npx", ["vite", "build", "--logLevel", "error"], { cwd: join(repo, "packages/web"), stdio: "inherit" })
  if (!existsSync(join(repo, "packages/web/dist/index.html"))) throw new Error("the web app did not build")
}

export interface RunningServer {
  readonly url: string
  readonly stop: () => Promise<void>
}

export const startServer = async (): Promise<RunningServer> => {
  const dir = mkdtempSync(join(tmpdir(), "wm-e2e-"))
  const child: ChildProcess = spawn("npx", ["tsx", join(repo, "packages/http/src/main.ts"), "--demo"], {
    cwd: repo,
    env: {
      ...process.env,
      PORT: "0",
      SCRYPT_N: "1024",
      LOG_LEVEL: "info",
      DEMO_SCALE: "0.02",
      DEMO_DATA_DIR: join(dir, "demo"),
      DATA_DIR: join(dir, "data")
    },
    stdio: ["ignore", "pipe", "inherit"],
    detached: true
  })
  let log = ""
  const url = await new Promise<string>((done, fail) => {
    child.stdout!.on("data", (chunk: Buffer) => {
      log += chunk.toString()
      const match = log.match(/"event":"listening","url":"([^"]+)"/)
      if (match) done(match[1]!)
    })
    child.on("exit", (code) => fail(new Error(`server exited with ${code}: ${log.slice(-2000)}`)))
  })
  for (let i = 0; i < 600; i++) {
    if ((await fetch(`${url}/healthz`).catch(() => undefined))?.status === 200) break
    await new Promise((r) => setTimeout(r, 500))
  }
  // The server, then its demo files and data directory.
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null) return done()
      child.once("exit", () => done())
      process.kill(-child.pid!, "SIGTERM")
    }).then(() => rmSync(dir, { recursive: true, force: true }))
  return { url, stop }
}
