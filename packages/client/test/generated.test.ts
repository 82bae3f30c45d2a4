/**
 * The committed contract is current: a fresh generation from the server's route definitions equals
 * packages/client/openapi.json and src/generated/api.ts byte for byte. When this fails, run
 * `npx tsx packages/client/scripts/generate.ts` and commit the result.
 */
import { spawnSync } from "node:child_process"
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { createRequire } from "node:module"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { clientDir, type GeneratedFile, generate, generatedFiles, staleFiles } from "../scripts/codegen.js"

const regenerate = "stale: run `npx tsx packages/client/scripts/generate.ts` and commit the result"

describe("generated client files", () => {
  let fresh: Record<GeneratedFile, string>
  beforeAll(async () => {
    fresh = await generate()
  })

  it.each(Object.keys(generatedFiles) as GeneratedFile[])("%s is current", (file) => {
    const committed = readFileSync(join(clientDir, generatedFiles[file]), "utf8")
    expect(committed === fresh[file], `packages/client/${generatedFiles[file]} is ${regenerate}`).toBe(true)
  })

  it("the committed document parses and lists the API's routes", () => {
    const doc = JSON.parse(readFileSync(join(clientDir, generatedFiles.document), "utf8"))
    expect(doc.openapi).toMatch(/^3\.1\./)
    expect(Object.keys(doc.paths)).toContain("/api/sign_in")
  })

  describe("staleness detection", () => {
    const dir = mkdtempSync(join(tmpdir(), "wm-client-"))
    afterAll(() => rmSync(dir, { recursive: true, force: true }))

    it("names exactly the files that differ", async () => {
      cpSync(join(clientDir, "openapi.json"), join(dir, "openapi.json"))
      cpSync(join(clientDir, "src/generated"), join(dir, "src/generated"), { recursive: true })
      writeFileSync(join(dir, generatedFiles.types), `${fresh.types}// edited by hand\n`)
      expect(await staleFiles(dir)).toEqual(["types"])
      rmSync(join(dir, generatedFiles.document))
      expect(await staleFiles(dir)).toEqual(["document", "types"])
    })

    it("`generate.ts --check` exits 0 on the committed files", () => {
      const tsx = createRequire(import.meta.url).resolve("tsx/cli")
      const run = spawnSync(process.execPath, [tsx, join(clientDir, "scripts/generate.ts"), "--check"], {
        encoding: "utf8"
      })
      expect(run.status, `${run.stdout}${run.stderr}\n${regenerate}`).toBe(0)
    }, 90_000)
  })
})
