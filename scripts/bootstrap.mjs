#!/usr/bin/env node
// Set-up for a fresh machine that has only Node and npm: find or fetch pnpm, install the workspace
// when the lockfile changed, then run the requested task (start | test). Used by `npm start` / `npm test`.
import { execFileSync, spawn, spawnSync } from "node:child_process"
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"

const root = join(dirname(fileURLToPath(import.meta.url)), "..")
const pnpmVersion = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).packageManager.split("@")[1]

const pnpmCommand = () => {
  try {
    execFileSync("pnpm", ["--version"], { stdio: "ignore" })
    return ["pnpm"]
  } catch {
    return ["npx", "--yes", `pnpm@${pnpmVersion}`]
  }
}

const run = (cmd, args) => {
  const r = spawnSync(cmd[0], [...cmd.slice(1), ...args], { cwd: root, stdio: "inherit" })
  if (r.status !== 0) process.exit(r.status ?? 1)
}

const pnpm = pnpmCommand()
const install = () => {
  const marker = join(root, "node_modules", ".modules.yaml")
  const stale = !existsSync(marker) || statSync(join(root, "pnpm-lock.yaml")).mtimeMs > statSync(marker).mtimeMs
  if (stale || process.env.CI) run(pnpm, ["install", "--frozen-lockfile"])
}

/** The web app's built files are older than its sources (or absent): `npm start` serves them under /app. */
const webStale = () => {
  const web = join(root, "packages", "web")
  const built = join(web, "dist", "index.html")
  if (!existsSync(built)) return true
  const builtAt = statSync(built).mtimeMs
  const newest = (dir) =>
    readdirSync(dir, { withFileTypes: true }).reduce((m, e) => {
      const path = join(dir, e.name)
      return Math.max(m, e.isDirectory() ? newest(path) : statSync(path).mtimeMs)
    }, 0)
  return Math.max(newest(join(web, "src")), statSync(join(web, "index.html")).mtimeMs) > builtAt
}

/** The long-running task: SIGTERM and SIGINT reach it (npm start stops the server), its exit code is ours. */
const serve = (cmd, args) => {
  const child = spawn(cmd[0], [...cmd.slice(1), ...args], { cwd: root, stdio: "inherit" })
  for (const signal of ["SIGTERM", "SIGINT"]) process.on(signal, () => child.kill(signal))
  child.on("exit", (code, signal) => process.exit(code ?? (signal === "SIGTERM" || signal === "SIGINT" ? 0 : 1)))
}

const task = process.argv[2]
if (task === "start") {
  install()
  // WEB_BUILD=skip: tests of `npm start` itself, so that they never build the app while the web tests build it.
  if (process.env.WEB_BUILD !== "skip" && webStale()) run(pnpm, ["--filter", "@wm/web", "run", "build"])
  // tsx directly, not through `pnpm run`: pnpm does not pass SIGTERM on to the script it runs, tsx does.
  serve([join(root, "node_modules", ".bin", "tsx")], ["packages/http/src/main.ts", "--demo", ...process.argv.slice(3)])
} else if (task === "test") {
  run(["bash"], [join(root, "scripts", "system-packages.sh"), "ensure"])
  // The MongoDB tests' server takes minutes to build on a new machine, mostly compiling: it builds while the
  // packages install and the lint and type checks run. The tests' global setup waits for it (one build at a time,
  // under a lock) and reports a failed build itself. After the apt-get above: two package installs cannot overlap.
  if (!process.env.MONGODB_URI)
    spawn("bash", [join(root, "scripts", "mongo-test-server.sh"), "ensure"], {
      cwd: root,
      stdio: ["ignore", "ignore", "inherit"]
    }).on("error", () => {})
  install()
  run(pnpm, ["run", "check"])
} else {
  console.error("usage: node scripts/bootstrap.mjs start|test")
  process.exit(2)
}
