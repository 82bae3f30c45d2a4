/**
 * Portrait engine at the edges of the analysis window (DOMAIN.md §3): D's last second counts, later ones do
 * not, the day before the window only supplies the first known balance. Expected values worked out by hand.
 */
import { describe, expect, it } from "vitest"
import { company, portraitOf, portraitsOf, type TinyRow, yuan } from "./portrait-support/tinyTrades.js"

describe("portrait: window edges at D", () => {
  const rows: Array<TinyRow> = [
    ["C", "2023-06-30 23:59:59", "贷", 1000, 1000], // last second before the window
    ["C", "2023-07-01 00:00:00", "借", 400, 600], // first second of the window
    ["C", "2024-06-30 23:59:59", "贷", 900, 1500], // last second of D
    ["C", "2024-07-01 00:00:00", "借", 1500, 0] // after D: ignored
  ]

  it("counts D's last second and ignores anything later", () => {
    const set = portraitsOf([company("C")], rows, { analysisDate: "2024-06-30" })
    const c = portraitOf(set, "C")
    expect(set.window).toEqual({ first: "2023-07-01", last: "2024-06-30" })
    expect(c.all.hourBalance?.balance).toEqual([1500, 600, 1050])
    // Jul 2023 .. May 2024 at 600; June: 29 days at 600, the 30th at 1500 → 630.
    expect(c.all.monthBalance?.balance).toEqual([630, 600, (11 * 600 + 630) / 12])
    expect(c.all.trade?.amount).toEqual([900, 0, yuan(1300 / 12)])
    expect(c.all.trade?.quantity).toEqual([1, 0, yuan(2 / 12)])
    expect(c.months[0]).toEqual({
      month: "2023-07",
      avgBalance: 600,
      borrowAmount: 400,
      borrowCount: 1,
      lendAmount: 0,
      lendCount: 0
    })
    expect(c.idleFunds).toBe(600)
  })

  it("defaults D to the latest trade date", () => {
    const set = portraitsOf([company("C")], rows)
    expect(set.analysisDate).toBe("2024-07-01")
    expect(set.window).toEqual({ first: "2023-08-01", last: "2024-07-01" })
    // July 2024 has one day, ending at 0.
    expect(portraitOf(set, "C").months.at(-1)?.avgBalance).toBe(0)
  })

  it("has no date and only null blocks without any trade", () => {
    const set = portraitsOf([company("Z")], [])
    expect(set.analysisDate).toBeNull()
    expect(portraitOf(set, "Z").all).toEqual({ hourBalance: null, monthBalance: null, trade: null })
  })
})
