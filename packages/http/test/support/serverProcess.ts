/**
 * The real server process (packages/http/src/main.ts under tsx) for the durability tests of the embedded store
 * (packages/sqlite) and of MongoDB (packages/mongo): started with the given
 * environment on a free port, ready once /healthz answers 200; its JSON log lines are kept.
 */
import { type ChildProcess, spawn } from "node:child_process"
import { join } from "node:path"
import { fileURLToPath } from "node:url"

export const repoRoot = fileURLToPath(new URL("../../../..", import.meta.url))

export const BOOTSTRAP_ADMIN = "root_admin"
export const INITIAL_PASSWORD = "Initial@2026"

export interface ServerProcess {
  readonly proc: ChildProcess
  readonly url: string
  /** Log lines (stdout) parsed as JSON, and stderr as text. */
  readonly lines: () => ReadonlyArray<Record<string, unknown>>
  readonly stderr: () => string
  /** Resolves with the exit code (null when killed by a signal) and the signal. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>
}

/** Spawns `node --import tsx packages/http/src/main.ts`: one process, so signals reach the server itself. */
export const spawnServer = (env: Record<string, string>, args: ReadonlyArray<string> = []) => {
  const proc = spawn(process.execPath, ["--import", "tsx", join(repoRoot, "packages/http/src/main.ts"), ...args], {
    cwd: repoRoot,
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "",
      HOST: "127.0.0.1",
      PORT: "0",
      LOG_LEVEL: "info",
      SCRYPT_N: "1024",
      INITIAL_PASSWORD,
      BOOTSTRAP_ADMIN,
      ...env
    },
    stdio: ["ignore", "pipe", "pipe"]
  })
  const parsed: Array<Record<string, unknown>> = []
  let pending = ""
  let stderr = ""
  proc.stdout?.on("data", (chunk: Buffer) => {
    pending += chunk.toString()
    const parts = pending.split("\n")
    pending = parts.pop() ?? ""
    for (const line of parts) {
      try {
        parsed.push(JSON.parse(line))
      } catch {
        parsed.push({ text: line })
      }
    }
  })
  proc.stderr?.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-20_000)
  })
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    proc.once("exit", (code, signal) => done({ code, signal }))
  )
  return { proc, lines: () => parsed, stderr: () => stderr, exited }
}

/** Starts the server and waits for its `listening` line and /healthz 200. */
export const startServer = async (
  env: Record<string, string>,
  timeoutMs = 60_000,
  args: ReadonlyArray<string> = []
): Promise<ServerProcess> => {
  const s = spawnServer(env, args)
  const describe = () =>
    `stdout:\n${s
      .lines()
      .map((l) => JSON.stringify(l))
      .join("\n")}\nstderr:\n${s.stderr()}`
  const deadline = Date.now() + timeoutMs
  let url: string | undefined
  for (;;) {
    if (s.proc.exitCode !== null) throw new Error(`the server exited with ${s.proc.exitCode}\n${describe()}`)
    if (Date.now() > deadline) {
      s.proc.kill("SIGKILL")
      throw new Error(`the server was not ready within ${timeoutMs} ms\n${describe()}`)
    }
    url ??= s.lines().find((l) => l.event === "listening")?.url as string | undefined
    if (url !== undefined) {
      const ok = await fetch(`${url}/healthz`).then(
        (r) => r.status === 200,
        () => false
      )
      if (ok) return { ...s, url }
    }
    await new Promise((r) => setTimeout(r, 100))
  }
}

/** Sends `signal` and waits for the exit (SIGKILL after 15 s). */
export const stopServer = async (s: ServerProcess | ReturnType<typeof spawnServer>, signal: NodeJS.Signals) => {
  if (s.proc.exitCode === null && s.proc.signalCode === null) s.proc.kill(signal)
  const killer = setTimeout(() => s.proc.kill("SIGKILL"), 15_000)
  try {
    return await s.exited
  } finally {
    clearTimeout(killer)
  }
}

export interface Answer {
  readonly status: number
  readonly json: { code: number; msg: string; data: any }
}

/** A JSON call to the running server, with a bearer token. */
export const request = async (
  url: string,
  method: string,
  path: string,
  options: { token?: string; body?: unknown; form?: FormData } = {}
): Promise<Answer> => {
  const headers: Record<string, string> = { "accept-language": "en" }
  if (options.token) headers.authorization = `Bearer ${options.token}`
  if (options.body !== undefined) headers["content-type"] = "application/json"
  const res = await fetch(`${url}${path}`, {
    method,
    headers,
    body: options.form ?? (options.body === undefined ? undefined : JSON.stringify(options.body))
  })
  const text = await res.text()
  try {
    return { status: res.status, json: JSON.parse(text) }
  } catch {
    throw new Error(`${method} ${path} answered ${res.status} with a non-JSON body: ${text.slice(0, 200)}`)
  }
}

export const upload = (url: string, token: string, type: string, text: string) => {
  const form = new FormData()
  form.set("type", type)
  form.set("file", new File([text], `${type}.csv`, { type: "text/csv" }))
  return request(url, "POST", "/api/upload_update_data", { token, form })
}

/** Uploads one file and applies it; answers the apply's answer. */
export const uploadAndApply = async (url: string, token: string, type: string, text: string) => {
  const up = await upload(url, token, type, text)
  if (up.json.code !== 10000 || !(up.json.data?.status > 0)) {
    throw new Error(`upload of ${type} refused: ${JSON.stringify(up.json).slice(0, 500)}`)
  }
  return request(url, "POST", "/api/updatedatabutton", { token, body: { type, ids: [up.json.data.status] } })
}

/** Signs the bootstrap admin in with the initial password and sets `password`; answers a token. */
export const initializeAdmin = async (url: string, password: string) => {
  const first = await request(url, "POST", "/api/sign_in", {
    body: { username: BOOTSTRAP_ADMIN, password: INITIAL_PASSWORD }
  })
  if (first.json.code !== 10000) throw new Error(`bootstrap sign-in failed: ${JSON.stringify(first.json)}`)
  const token = first.json.data.token as string
  const init = await request(url, "POST", "/api/usermanage/initialize_user", {
    token,
    body: { pwd: INITIAL_PASSWORD, newPwd: password, newPwdConfirm: password }
  })
  if (init.json.code !== 10000) throw new Error(`initialize failed: ${JSON.stringify(init.json)}`)
  return token
}
