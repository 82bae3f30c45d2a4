// Runs the portrait-from-csv example as a newcomer would, on a small generated demo bank.
import { execFileSync } from "node:child_process"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, expect, it } from "vitest"
import { generateDemoBank } from "../packages/demo/src/index.js"

const dir = mkdtempSync(join(tmpdir(), "example-portrait-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

it("computes portraits from upload files with the core library alone and prints one", async () => {
  await generateDemoBank({ outDir: dir, seed: 3, scale: 0.02, today: new Date("2026-06-30T12:00:00") })
  const out = execFileSync("npx", ["tsx", join(import.meta.dirname, "portrait-from-csv.ts"), dir, "C000001"], {
    encoding: "utf8"
  })
  expect(out).toMatch(/^\d+ transactions, \d+ customers, analysis date 2026-06-30/m)
  const json = JSON.parse(out.slice(out.indexOf("{")))
  expect(json.monthBalance.balance).toHaveLength(3)
  expect(json.monthBalance.level).toBeGreaterThanOrEqual(1)
  expect(json.innerScale.trade).toBeGreaterThanOrEqual(0)
}, 120_000)
