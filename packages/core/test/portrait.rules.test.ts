/**
 * Portrait engine rules on hand-made examples: zero-filled months, equal trade times, in-bank share, idle
 * funds, customers quiet during the window (DOMAIN.md §3). Expected values are worked out by hand here.
 */
import { describe, expect, it } from "vitest"
import { company, portraitOf, portraitsOf, type TinyRow, yuan } from "./portrait-support/tinyTrades.js"

describe("portrait: a customer starting inside the window", () => {
  const rows: Array<TinyRow> = [
    ["E", "2024-10-03 10:00:00", "借", 100.1, 899.9],
    ["E", "2024-10-20 10:00:00", "借", 200.2, 699.7],
    ["E", "2024-12-05 10:00:00", "贷", 300.3, 1000]
  ]
  const e = portraitOf(portraitsOf([company("E")], rows, { analysisDate: "2024-12-31" }), "E")

  it("zero-fills October to December only", () => {
    expect(e.borrow.trade?.amount).toEqual([300.3, 0, 100.1])
    expect(e.borrow.trade?.quantity).toEqual([2, 0, 0.67])
    expect(e.lend.trade?.amount).toEqual([300.3, 0, 100.1])
    expect(e.lend.trade?.quantity).toEqual([1, 0, 0.33])
    expect(e.all.trade?.amount).toEqual([300.3, 0, 200.2])
    expect(e.all.trade?.quantity).toEqual([2, 0, 1])
    expect(e.all.trade?.quantityFluctuationDegree).toBe("高") // [2, 0, 1]: sd √(2/3) / mean 1
  })

  it("averages end-of-day balances over the known days of each month", () => {
    const october = (17 * 899.9 + 12 * 699.7) / 29 // Oct 3–19, Oct 20–31
    const december = (4 * 699.7 + 27 * 1000) / 31
    expect(e.all.monthBalance?.balance).toEqual([yuan(december), 699.7, yuan((october + 699.7 + december) / 3)])
    expect(e.months.map((m) => m.avgBalance)).toEqual([...Array(9).fill(null), yuan(october), 699.7, yuan(december)])
    expect(e.idleFunds).toBe(699.7)
  })
})

describe("portrait: ties, in-bank share, idle funds, quiet customers", () => {
  it("orders equal trade times by upload order", () => {
    const rows: Array<TinyRow> = [
      ["T", "2024-05-10 10:00:00", "贷", 100, 500],
      ["T", "2024-05-10 10:00:00", "贷", 200, 700], // same second, uploaded later: the day ends at 700
      ["T", "2024-05-09 09:00:00", "贷", 400, 400] // uploaded last, but earlier in time
    ]
    const t = portraitOf(portraitsOf([company("T")], rows), "T")
    expect(t.all.monthBalance?.balance).toEqual([550, 550, 550]) // May 9 at 400, May 10 at 700
    expect(t.all.hourBalance?.balance).toEqual([700, 400, yuan(1600 / 3)])
  })

  it("shares in-bank amounts and counts of the window only", () => {
    const rows: Array<TinyRow> = [
      ["I", "2023-01-05 09:00:00", "借", 999, 1000, "ICBC"], // before the window
      ["I", "2024-05-01 09:00:00", "借", 100, 900, ""],
      ["I", "2024-05-02 09:00:00", "借", 300, 600, "ICBC"],
      ["I", "2024-05-03 09:00:00", "贷", 50, 650, "OUR"]
    ]
    const i = portraitOf(portraitsOf([company("I")], rows, { ourBankCodes: ["OUR"] }), "I")
    expect(i.innerScale).toEqual({
      trade: 0.3333,
      quantity: 0.6667,
      borrowTrade: 0.25,
      borrowQuantity: 0.5,
      lendTrade: 1,
      lendQuantity: 1
    })
  })

  it("takes idle funds as the lowest of the last 6 monthly averages", () => {
    const rows: Array<TinyRow> = [
      ["J", "2023-12-15 09:00:00", "贷", 10, 10],
      ["J", "2024-07-01 00:00:00", "贷", 990, 1000],
      ["J", "2024-10-01 00:00:00", "借", 500, 500],
      ["J", "2024-12-01 00:00:00", "贷", 1500, 2000]
    ]
    const j = portraitOf(portraitsOf([company("J")], rows, { analysisDate: "2024-12-31" }), "J")
    expect(j.months.map((m) => m.avgBalance)).toEqual([10, 10, 10, 10, 10, 10, 1000, 1000, 1000, 500, 500, 2000])
    expect(j.idleFunds).toBe(500)
  })

  it("keeps balance and trade blocks for a customer quiet during the window", () => {
    const rows: Array<TinyRow> = [
      ["Q", "2022-02-01 09:00:00", "贷", 300, 300],
      ["R", "2024-12-31 09:00:00", "贷", 1, 1]
    ]
    const q = portraitOf(portraitsOf([company("Q"), company("R")], rows), "Q")
    expect(q.all.hourBalance).toBeNull()
    expect(q.all.monthBalance?.balance).toEqual([300, 300, 300])
    expect(q.lend.monthBalance).toBeNull()
    expect(q.all.trade).toMatchObject({ amount: [0, 0, 0], quantity: [0, 0, 0], amountFluctuationDegree: "无" })
    expect(q.idleFunds).toBe(300)
    expect(q.innerScale.trade).toBe(0)
  })
})
