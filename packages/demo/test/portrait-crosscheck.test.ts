// The portrait engine against an independent DuckDB computation of DOMAIN.md §3, on the real Berka data and
// on the demo bank: every customer's blocks, every figure exactly as shown (money to the fen, shares to 0.0001).
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join, resolve } from "node:path"
import { parse } from "csv-parse/sync"
import { afterAll, describe, expect, it } from "vitest"
import { crossCheckWithDuckDB } from "../../core/test/portrait-support/crossCheck.js"
import { convertBerka } from "../src/berka/index.js"
import { generateDemoBank } from "../src/index.js"

const BERKA_DIR = resolve(import.meta.dirname, "../../../../shared/data/berka")
const work = mkdtempSync(join(tmpdir(), "wm-crosscheck-"))
afterAll(() => rmSync(work, { recursive: true, force: true }))

/** companies.csv for the cross-check: each customer with its outlet and the outlet's sub-branch. */
const writeCompanies = (dir: string) => {
  const rows = (file: string) =>
    parse(readFileSync(join(dir, file)), { columns: true, bom: true }) as Array<Record<string, string>>
  const branchOf = new Map(rows("organization.csv").map((r) => [r.outletCode, r.branchCode]))
  const lines = rows("company.csv").map((c) => `${c.code},${c.outletCode},${branchOf.get(c.outletCode!) ?? ""}`)
  const path = join(dir, "companies-with-branch.csv")
  writeFileSync(path, `code,outletCode,branchCode\n${lines.join("\n")}\n`)
  return path
}

describe.skipIf(!existsSync(BERKA_DIR))("on the Berka bank data", () => {
  it("agrees with DuckDB on every customer's figures", async () => {
    const out = join(work, "berka")
    await convertBerka({ inDir: BERKA_DIR, outDir: out })
    const report = await crossCheckWithDuckDB(join(out, "trade_flow.csv"), writeCompanies(out))
    expect(report.transactions).toBe(49_102)
    expect(report.figuresCompared).toBeGreaterThan(10_000)
    expect(report.mismatches.slice(0, 5)).toEqual([])
  }, 180_000)
})

describe("on the demo bank", () => {
  it("agrees with DuckDB on every customer's figures", async () => {
    const out = join(work, "demo")
    await generateDemoBank({ outDir: out, seed: 7, scale: 0.1, today: new Date("2026-06-30T12:00:00") })
    const report = await crossCheckWithDuckDB(join(out, "trade_flow.csv"), writeCompanies(out), {
      ourBankCodes: ["OURBANK"]
    })
    expect(report.transactions).toBeGreaterThan(40_000)
    expect(report.figuresCompared).toBeGreaterThan(1_000)
    expect(report.mismatches.slice(0, 5)).toEqual([])
  }, 180_000)
})
