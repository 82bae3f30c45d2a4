/**
 * `npm test` builds its MongoDB-compatible test server when the machine has none: a missing toolchain (cargo for
 * the gateway), missing sources or missing rights end it with one line saying what is missing and the way around
 * it (MONGODB_URI), never a build log or a stack.
 */
import { spawnSync } from "node:child_process"
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join, resolve } from "node:path"
import { afterAll, describe, expect, it } from "vitest"

const repo = resolve(import.meta.dirname, "..")
// A copy of the script in an empty checkout: nothing is built there, so `ensure` must check its toolchain.
const checkout = mkdtempSync(join(tmpdir(), "wm-toolchain-"))
afterAll(() => rmSync(checkout, { recursive: true, force: true }))
mkdirSync(join(checkout, "scripts"))
copyFileSync(join(repo, "scripts/mongo-test-server.sh"), join(checkout, "scripts/mongo-test-server.sh"))

const ensure = (env: Record<string, string>) =>
  spawnSync("bash", [join(checkout, "scripts/mongo-test-server.sh"), "ensure"], {
    env: { PATH: "/usr/sbin:/usr/bin:/sbin:/bin", HOME: checkout, ...env },
    encoding: "utf8",
    timeout: 60_000
  })

describe("the MongoDB test server's build", () => {
  it("without cargo (or the rights or sources it needs) stops with one line naming what is missing", () => {
    const vendor = process.env.DOCUMENTDB_VENDOR_DIR ?? resolve(repo, "../shared/vendor/documentdb")
    const r = ensure({ DOCUMENTDB_VENDOR_DIR: vendor })
    expect(r.status).toBe(1)
    const lines = r.stderr.trim().split("\n")
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^mongo-test-server: .*(cargo|root|apt-get|sources not found).*MONGODB_URI/)
  })

  it("without the vendored sources stops with one line saying where it looked", () => {
    const r = ensure({ DOCUMENTDB_VENDOR_DIR: join(checkout, "nowhere") })
    expect(r.status).toBe(1)
    expect(r.stderr.trim()).toBe(
      `mongo-test-server: DocumentDB sources not found in ${join(checkout, "nowhere")} (set DOCUMENTDB_VENDOR_DIR, or MONGODB_URI to use an existing MongoDB)`
    )
  })
})
