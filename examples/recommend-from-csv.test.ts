// Runs the recommend-from-csv example as a newcomer would, on a small generated demo bank.
import { execFileSync } from "node:child_process"
import { mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, expect, it } from "vitest"
import { generateDemoBank } from "../packages/demo/src/index.js"

const dir = mkdtempSync(join(tmpdir(), "example-recommend-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

it("recommends products within the customer's rating, each with its reasons, from upload files alone", async () => {
  await generateDemoBank({ outDir: dir, seed: 3, scale: 0.05, today: new Date("2026-06-30T12:00:00") })
  const code = "C000002"
  const out = execFileSync("npx", ["tsx", join(import.meta.dirname, "recommend-from-csv.ts"), dir, code], {
    encoding: "utf8"
  })
  expect(out).toMatch(/^analysis date 2026-06-30: \d+ customers, \d+ products, \d+ trades$/m)
  expect(out).toMatch(/^score: (learned|baseline|rules) \(/m)
  const rating = readFileSync(join(dir, "company.csv"), "utf8")
    .split("\n")
    .find((line) => line.startsWith(`${code},`))!
    .split(",")[5]!
  const recommended = [...out.matchAll(/^ {2}(\S+) \S+ R(\d) score ([\d.]+)$/gm)]
  expect(recommended.length).toBeGreaterThan(0)
  expect(recommended.length).toBeLessThanOrEqual(5)
  for (const [, , risk] of recommended) expect(Number(risk)).toBeLessThanOrEqual(Number(rating.slice(1) || 5))
  // Best first, and every recommendation states the hard rule and at least one fact behind it.
  const scores = recommended.map((m) => Number(m[3]))
  expect(scores).toEqual([...scores].sort((a, b) => b - a))
  const reasons = out.split(/^ {2}\S+ \S+ R\d score [\d.]+$/m).slice(1)
  for (const block of reasons) expect(block.match(/^ {4}- /gm)?.length ?? 0).toBeGreaterThanOrEqual(2)
}, 180_000)
