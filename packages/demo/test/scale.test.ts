/**
 * Full size: at scale 1 the demo has 2,000 customers and exactly 500,000 account transactions, streamed
 * to disk. Slower than the other tests (a few seconds), so it reads only counts from the manifest.
 */
import { afterAll, describe, expect, it } from "vitest"
import { cleanup, generateSmall } from "./support.js"

afterAll(cleanup)

describe("scale", () => {
  it("scale 1 writes 2,000 customers and exactly 500,000 transactions", { timeout: 120_000 }, async () => {
    const m = await generateSmall({ scale: 1 })
    const rows = Object.fromEntries(m.files.map((f) => [f.type, f.rows]))
    expect(rows.company).toBe(2000)
    expect(rows.trade_flow).toBe(500_000)
    expect(rows.product).toBe(40)
    expect(rows.listed_company).toBe(100)
    expect(rows.holding).toBeGreaterThan(500)
    expect(rows.financial_trade).toBeGreaterThan(5000)
  })

  it("scale multiplies customers and transactions", async () => {
    const m = await generateSmall({ scale: 0.04 })
    const rows = Object.fromEntries(m.files.map((f) => [f.type, f.rows]))
    expect(rows.company).toBe(80)
    expect(rows.trade_flow).toBe(20_000)
  })

  it("rejects a non-positive scale and a non-integer seed", async () => {
    await expect(generateSmall({ scale: 0 })).rejects.toThrow(RangeError)
    await expect(generateSmall({ seed: 1.5 })).rejects.toThrow(RangeError)
  })
})
