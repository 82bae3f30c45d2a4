// A data directory the server cannot use stops the start with one line naming the directory and exit code 1;
// storage errors are classified into plain reasons in one place.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { spawnServer } from "../../http/test/support/serverProcess.js"
import { checkDataDir, classify, reasonOf } from "../src/index.js"

const scratch = mkdtempSync(join(tmpdir(), "wm-start-errors-"))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

describe("an unusable data directory", () => {
  it("stops the server at start: one line naming the directory, exit 1", { timeout: 60_000 }, async () => {
    const file = join(scratch, "a-file")
    writeFileSync(file, "not a directory")
    const dataDir = join(file, "data")
    const s = spawnServer({ DATA_DIR: dataDir })
    expect(await s.exited).toEqual({ code: 1, signal: null })
    const lines = s.stderr().trim().split("\n")
    expect(lines).toHaveLength(1)
    expect(lines[0]).toBe(
      `Cannot use the data directory ${dataDir}: the data directory or a file in it cannot be opened (ENOTDIR)`
    )
  })

  it("is told apart from a usable one by checkDataDir", () => {
    expect(checkDataDir(join(scratch, "fresh", "nested"))).toBeNull()
  })
})

describe("storage errors", () => {
  const coded = (code: string) => Object.assign(new Error(`raw ${code}`), { code })
  it.each([
    ["SQLITE_FULL", "the disk is full (SQLITE_FULL)", true],
    ["ENOSPC", "the disk is full (ENOSPC)", true],
    ["SQLITE_READONLY_DBMOVED", "the data directory is not writable (SQLITE_READONLY_DBMOVED)", true],
    ["EACCES", "the data directory is not writable (EACCES)", true],
    ["SQLITE_CANTOPEN", "the data directory or a file in it cannot be opened (SQLITE_CANTOPEN)", true],
    ["SQLITE_CORRUPT", "the database file is damaged or not a database (SQLITE_CORRUPT)", false]
  ])("%s reads as a plain reason", (code, reason, unavailable) => {
    expect(reasonOf(coded(code))).toEqual({ reason, unavailable })
    const error = classify("records.write", coded(code))
    expect(error.message).toBe(`records.write failed: ${reason}`)
    expect(error.unavailable).toBe(unavailable)
  })
})
