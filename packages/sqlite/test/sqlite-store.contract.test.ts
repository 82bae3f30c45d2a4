// The embedded store on disk (SQLite records, files for bulk data) against the storage-port contract; a fresh
// data directory per test.
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { portContract } from "@wm/core/testing"
import { afterAll } from "vitest"
import { SqliteStore } from "../src/index.js"

const dirs: Array<string> = []
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
})

portContract("SqliteStore", async () => {
  const dataDir = mkdtempSync(join(tmpdir(), "wm-sqlite-contract-"))
  dirs.push(dataDir)
  return { layer: SqliteStore.layer({ dataDir }) }
})
