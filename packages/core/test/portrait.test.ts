/**
 * Portrait engine on tiny hand-made examples; every expected value is worked out by hand here (DOMAIN.md §3).
 */
import { describe, expect, it } from "vitest"
import { company, portraitOf, portraitsOf, type TinyRow, yuan } from "./portrait-support/tinyTrades.js"

describe("portrait: carry-forward and the first known balance", () => {
  // D = 2024-03-10 (latest trade), window 2023-04-01 .. 2024-03-10.
  const rows: Array<TinyRow> = [
    ["A", "2023-03-15 09:00:00", "贷", 100, 100], // before the window: A's first known balance
    ["A", "2024-03-05 10:00:00", "贷", 100, 200],
    ["A", "2024-03-05 15:00:00", "贷", 100, 300],
    ["B", "2024-02-20 12:00:00", "贷", 50, 50], // B has no earlier balance: days before Feb 20 are left out
    ["B", "2024-03-10 08:00:00", "借", 20, 30]
  ]
  const set = portraitsOf([company("A"), company("B")], rows)
  const a = portraitOf(set, "A")
  const b = portraitOf(set, "B")

  it("derives D and the window from the latest trade", () => {
    expect(set.analysisDate).toBe("2024-03-10")
    expect(set.window).toEqual({ first: "2023-04-01", last: "2024-03-10" })
  })

  it("carries the pre-window balance over every day, and end-of-day balances after", () => {
    // Apr 2023 .. Feb 2024 at 100; March: days 1–4 at 100, days 5–10 at 300 (the day's last balance).
    const march = (4 * 100 + 6 * 300) / 10
    expect(march).toBe(220)
    expect(a.all.monthBalance?.balance).toEqual([220, 100, (11 * 100 + 220) / 12])
    // mean 110; spread = 11·10² + 110² = 13200; sd = √1100 ≈ 33.17; CV ≈ 0.30
    expect(a.all.monthBalance?.fluctuationDegree).toBe("中")
    expect(a.months.map((m) => m.avgBalance)).toEqual([...Array(11).fill(100), 220])
    expect(a.idleFunds).toBe(100)
  })

  it("starts a customer's month series at its first transaction when nothing came before", () => {
    // Feb 2024 (leap): days 20–29 at 50; March: days 1–9 at 50, day 10 at 30.
    expect(b.all.monthBalance?.balance).toEqual([50, 48, 49])
    expect(b.all.monthBalance?.fluctuationDegree).toBe("低") // sd 1 / mean 49
    expect(b.months.slice(0, 10).every((m) => m.avgBalance === null)).toBe(true)
    expect(b.idleFunds).toBe(48)
  })

  it("takes hourBalance from the window's time-point balances, per direction", () => {
    expect(a.all.hourBalance?.balance).toEqual([300, 200, 250])
    expect(a.all.hourBalance?.fluctuationDegree).toBe("中") // sd 50 / mean 250 = 0.2 exactly: not below 0.2
    expect(a.lend.hourBalance?.balance).toEqual([300, 200, 250])
    expect(a.borrow.hourBalance).toBeNull()
    expect(b.all.hourBalance?.balance).toEqual([50, 30, 40])
    expect(b.borrow.hourBalance?.balance).toEqual([30, 30, 30])
    expect(b.borrow.hourBalance?.fluctuationDegree).toBe("低")
  })

  it("averages a direction's time-point balances per month for its monthBalance", () => {
    expect(a.lend.monthBalance?.balance).toEqual([250, 250, 250])
    expect(a.borrow.monthBalance).toBeNull()
    expect(b.borrow.monthBalance?.balance).toEqual([30, 30, 30])
    expect(b.lend.monthBalance?.balance).toEqual([50, 50, 50])
  })

  it("zero-fills trade months from the first transaction's month, even before the window", () => {
    // A's first trade (2023-03) predates the window: all 12 months count, 11 of them zero.
    expect(a.all.trade?.amount).toEqual([200, 0, yuan(200 / 12)])
    expect(a.all.trade?.quantity).toEqual([2, 0, yuan(2 / 12)])
    expect(a.all.trade?.amountFluctuationDegree).toBe("高") // one non-zero month of 12: CV = √11
    expect(a.borrow.trade).toMatchObject({ amount: [0, 0, 0], quantity: [0, 0, 0] })
    expect(a.borrow.trade?.amountFluctuationDegree).toBe("无")
    expect(a.borrow.trade?.quantityFluctuationDegree).toBe("无")
    // B: February and March only.
    expect(b.all.trade?.amount).toEqual([50, 20, 35])
    expect(b.all.trade?.amountFluctuationDegree).toBe("中") // sd 15 / mean 35 ≈ 0.43
    expect(b.all.trade?.quantityFluctuationDegree).toBe("低") // [1, 1]
    expect(b.borrow.trade?.amount).toEqual([20, 0, 10])
    expect(b.borrow.trade?.quantity).toEqual([1, 0, 0.5])
    expect(b.borrow.trade?.quantityFluctuationDegree).toBe("高") // [0, 1]: CV 1
  })

  it("ranks among the customers having the block", () => {
    expect(a.all.hourBalance).toMatchObject({ rank: 1, branchRank: 1, outletRank: 1, level: 1 })
    // N = 2: level = floor((2 − 1) × 5 / 2) + 1 = 3
    expect(b.all.hourBalance).toMatchObject({ rank: 2, branchRank: 2, outletRank: 2, level: 3 })
    expect(b.all.trade).toMatchObject({ rank: 1, level: 1 }) // 35 > 16.67
    expect(a.all.trade).toMatchObject({ rank: 2, level: 3 })
    expect(b.borrow.hourBalance).toMatchObject({ rank: 1, branchRank: 1, outletRank: 1, level: 1 }) // N = 1
  })

  it("computes the in-bank share of the window's transactions", () => {
    expect(a.innerScale).toEqual({
      trade: 1,
      quantity: 1,
      borrowTrade: 0,
      borrowQuantity: 0,
      lendTrade: 1,
      lendQuantity: 1
    })
  })
})
