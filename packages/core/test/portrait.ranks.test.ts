/**
 * Portrait ranks, levels and fluctuation degrees on hand-made examples (DOMAIN.md §3): competition ranking
 * with ties, quintile levels, thresholds hit exactly. Expected values are worked out by hand here.
 */
import { describe, expect, it } from "vitest"
import { company, portraitOf, portraitsOf, type TinyRow, yuan } from "./portrait-support/tinyTrades.js"

describe("portrait: competition ranks and levels", () => {
  // hourBalance avg per customer; G's two balances average 600.003, shown 600.00: it ties with the 600s.
  const spec: Array<[string, string, string, Array<number>]> = [
    ["F1", "B1", "O1", [700]],
    ["F2", "B1", "O2", [600]],
    ["F3", "B2", "O3", [600]],
    ["G", "B2", "O3", [600, 600.01, 600]],
    ["F5", "B1", "O1", [300]],
    ["F6", "B2", "O4", [200]],
    ["F7", "B1", "O2", [100]],
    ["F8", "B1", "O1", []]
  ]
  const rows = spec.flatMap(([code, , , balances]) =>
    balances.map((b, i): TinyRow => [code, `2024-05-0${i + 1} 09:00:00`, "贷", 1, b])
  )
  const set = portraitsOf(
    spec.map(([code, branch, outlet]) => company(code, branch, outlet)),
    rows
  )
  const standing = (code: string) => {
    const { rank, branchRank, outletRank, level } = portraitOf(set, code).all.hourBalance ?? {}
    return [rank, branchRank, outletRank, level]
  }

  it("gives ties the same rank and skips the following ones (1224)", () => {
    // N = 7; level = min(5, floor((rank − 1) × 5 / 7) + 1)
    expect(standing("F1")).toEqual([1, 1, 1, 1])
    expect(standing("F2")).toEqual([2, 2, 1, 1]) // floor(5/7) + 1 = 1
    expect(standing("F3")).toEqual([2, 1, 1, 1])
    expect(standing("G")).toEqual([2, 1, 1, 1])
    expect(standing("F5")).toEqual([5, 3, 2, 3]) // floor(20/7) + 1 = 3
    expect(standing("F6")).toEqual([6, 3, 1, 4]) // floor(25/7) + 1 = 4
    expect(standing("F7")).toEqual([7, 4, 2, 5]) // floor(30/7) + 1 = 5
    expect(portraitOf(set, "F8").all.hourBalance).toBeNull()
  })

  it("ranks trade among every customer with a first transaction, zero months included", () => {
    // G: amounts 3 in May, the others 1: G first, the six others tie at 2.
    expect(portraitOf(set, "G").all.trade?.rank).toBe(1)
    expect(portraitOf(set, "F7").all.trade).toMatchObject({ rank: 2, level: 1 })
    expect(portraitOf(set, "F1").borrow.trade).toMatchObject({ amount: [0, 0, 0], rank: 1, level: 1 })
  })
})

describe("portrait: fluctuation thresholds", () => {
  // Quantities [1, 3]: mean 2, sd 1, CV exactly 0.5.
  const rows: Array<TinyRow> = [
    ["H", "2024-11-10 09:00:00", "贷", 10, 10],
    ["H", "2024-12-01 09:00:00", "贷", 10, 20],
    ["H", "2024-12-02 09:00:00", "贷", 10, 30],
    ["H", "2024-12-03 09:00:00", "贷", 10, 40],
    ["Z", "2024-12-01 09:00:00", "贷", 5, 5],
    ["Z", "2024-12-02 09:00:00", "借", 10, -5]
  ]
  const degrees = (thresholds?: { low?: number; medium?: number }) => {
    const set = portraitsOf([company("H"), company("Z")], rows, thresholds ? { thresholds } : {})
    const h = portraitOf(set, "H").all.trade
    return [h?.quantityFluctuationDegree, h?.amountFluctuationDegree]
  }

  it("puts a CV equal to a threshold in the upper class", () => {
    expect(degrees()).toEqual(["高", "高"])
    expect(degrees({ medium: 0.51 })).toEqual(["中", "中"])
    expect(degrees({ low: 0.51, medium: 0.9 })).toEqual(["低", "低"])
  })

  it("says 无 for a zero mean", () => {
    const z = portraitOf(portraitsOf([company("H"), company("Z")], rows), "Z")
    expect(z.all.hourBalance?.balance).toEqual([5, -5, 0])
    expect(z.all.hourBalance?.fluctuationDegree).toBe("无")
  })

  it("stays exact on monthly counts where floating point would say 低", () => {
    // Monthly counts April..December 3,3,3,3,3,3,3,4,5: CV exactly 0.2 (25·(9·104 − 30²) = 30²).
    const counts = [3, 3, 3, 3, 3, 3, 3, 4, 5]
    const many = counts.flatMap((n, m) =>
      Array.from(
        { length: n },
        (_, i): TinyRow => ["K", `2024-${String(m + 4).padStart(2, "0")}-0${i + 1} 09:00:00`, "贷", 1, 1]
      )
    )
    const k = portraitOf(portraitsOf([company("K")], many, { analysisDate: "2024-12-31" }), "K")
    expect(k.all.trade?.quantity).toEqual([5, 3, yuan(30 / 9)])
    expect(k.all.trade?.quantityFluctuationDegree).toBe("中")
  })

  it("rounds negative averages half away from zero", () => {
    const rows: Array<TinyRow> = [
      ["N", "2024-12-01 09:00:00", "借", 0.01, -0.01],
      ["N", "2024-12-02 09:00:00", "借", 0.01, -0.02]
    ]
    expect(portraitOf(portraitsOf([company("N")], rows), "N").all.hourBalance?.balance).toEqual([-0.01, -0.02, -0.02])
  })

  it("rejects thresholds out of order", () => {
    expect(() => degrees({ low: 0.6, medium: 0.5 })).toThrow(RangeError)
  })
})
