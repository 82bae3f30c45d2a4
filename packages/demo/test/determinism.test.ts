/**
 * Reproducibility: the demo bank is a pure function of (seed, today, scale), down to the byte.
 */
import { afterAll, describe, expect, it } from "vitest"
import { cleanup, extent, generateSmall, readBytes, readTable, TODAY_TEXT } from "./support.js"

const FILES = [
  "organization.csv",
  "company.csv",
  "trade_flow.csv",
  "product.csv",
  "peer_product.csv",
  "holding.csv",
  "financial_trade.csv",
  "listed_company.csv",
  "shareholder.csv",
  "hidden_preferences.csv"
]

afterAll(cleanup)

describe("determinism", () => {
  it("the same seed, scale and today produce byte-identical files", async () => {
    const a = await generateSmall({ seed: 5 })
    const b = await generateSmall({ seed: 5 })
    for (const file of FILES) {
      const [x, y] = await Promise.all([readBytes(a.outDir, file), readBytes(b.outDir, file)])
      expect(x.length, file).toBeGreaterThan(0)
      expect(x.equals(y), `${file} differs between two runs`).toBe(true)
    }
  })

  it("a different seed produces different customers and transactions", async () => {
    const a = await generateSmall({ seed: 5 })
    const b = await generateSmall({ seed: 6 })
    for (const file of ["company.csv", "trade_flow.csv", "financial_trade.csv"]) {
      const [x, y] = await Promise.all([readBytes(a.outDir, file), readBytes(b.outDir, file)])
      expect(x.equals(y), `${file} should depend on the seed`).toBe(false)
    }
  })

  it("the data ends on today: the latest transaction is dated today and none is later", async () => {
    const m = await generateSmall()
    const { rows } = await readTable(m.outDir, "trade_flow.csv")
    const [, latest] = extent(rows.map((r) => r.tradeTime!))
    expect(latest.slice(0, 10)).toBe(TODAY_TEXT)
    const other = await generateSmall({ today: new Date(2025, 6, 1) })
    const otherRows = (await readTable(other.outDir, "trade_flow.csv")).rows
    const [, otherLatest] = extent(otherRows.map((r) => r.tradeTime!))
    expect(otherLatest.slice(0, 10)).toBe("2025-07-01")
  })

  it("the manifest reports the options used and the row count of every file", async () => {
    const m = await generateSmall({ seed: 9 })
    expect(m).toMatchObject({ seed: 9, scale: 0.02, today: TODAY_TEXT })
    expect(m.files.map((f) => f.file).sort()).toEqual(FILES.filter((f) => f !== "hidden_preferences.csv").sort())
    for (const f of [...m.files, m.hiddenPreferences]) {
      const { rows } = await readTable(m.outDir, f.file)
      expect(rows.length, f.file).toBe(f.rows)
      expect((await readBytes(m.outDir, f.file)).length, f.file).toBe(f.bytes)
    }
  })

  it("progress is reported in non-decreasing steps ending at the total", async () => {
    const seen: Array<readonly [number, number]> = []
    const m = await generateSmall({ onProgress: (done, total) => seen.push([done, total]) })
    const total = [...m.files, m.hiddenPreferences].reduce((n, f) => n + f.rows, 0)
    expect(seen.length).toBeGreaterThan(2)
    expect(seen.every(([, t]) => t === total)).toBe(true)
    expect(seen.every(([d], i) => i === 0 || d >= seen[i - 1]![0])).toBe(true)
    expect(seen.at(-1)).toEqual([total, total])
  })
})
