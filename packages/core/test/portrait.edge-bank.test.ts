/**
 * A hand-made bank of edge cases for DOMAIN.md §3, with every expected figure worked out by hand (in the
 * comments) rather than by the code under test: customers with two and three accounts, an account that starts
 * mid-window, same-time rows across accounts, overdrafts, exact x.xx5 ties, CVs of exactly 0.2 and 0.5, and ranks
 * with equal shown keys. The same bank then goes through the DuckDB computation, which must agree on every figure.
 */
/// <reference types="node" />
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { crossCheckWithDuckDB } from "./portrait-support/crossCheck.js"
import { company, portraitOf, portraitsOf, type TinyRow } from "./portrait-support/tinyTrades.js"

const D = "2025-12-31" // window 2025-01-01 … 2025-12-31

const companies = [
  company("E1", "B1", "O1"),
  company("E2", "B1", "O1"),
  company("E3", "B1", "O1"),
  company("E4", "B1", "O2"),
  company("E5", "B1", "O2"),
  company("E7", "B2", "O3"),
  company("E8", "B2", "O3"),
  company("E9", "B2", "O3"),
  company("E10", "B2", "O3")
]

// [company, time, direction, amount, balance, counterpartyBank, accountNo]
const rows: ReadonlyArray<TinyRow> = [
  // E1, two accounts, same time, overdraft. Openings: a = 100 − 100 = 0, b = −250 + 50 = −200; total −200.
  // After each row: −100 (a = 100), −150 (b = −250), −250 (a = 0).
  ["E1", "2025-12-01 09:00:00", "贷", 100, 100, "", "E1-a"],
  ["E1", "2025-12-01 09:00:00", "借", 50, -250, "", "E1-b"],
  ["E1", "2025-12-02 09:00:00", "借", 100, 0, "", "E1-a"],
  // E2, three accounts, y and z first seen mid-window. Openings x 0, y 2000, z 1000: total 3000.
  // After each row: 4000, 4500, 4200 — the total never jumps when y or z first shows activity.
  ["E2", "2025-03-10 10:00:00", "贷", 1000, 1000, "", "E2-x"],
  ["E2", "2025-06-15 10:00:00", "贷", 500, 2500, "OTHER", "E2-y"],
  ["E2", "2025-09-01 10:00:00", "借", 300, 700, "OUR", "E2-z"],
  // E3: monthly averages Sep P + 1/3, Oct C1, Nov B + 2/3, Dec C2 fen (P = 68559703, C1 = 107858458,
  // B = 28468239, C2 = 18387429): their mean is exactly 55818457.5 fen, where a float sum lands on …57.4999….
  ["E3", "2025-09-28 10:00:00", "贷", 685597.03, 685597.03, "", "E3-1"],
  ["E3", "2025-09-30 10:00:00", "贷", 0.01, 685597.04, "", "E3-1"],
  ["E3", "2025-10-01 10:00:00", "贷", 392987.54, 1078584.58, "", "E3-1"],
  ["E3", "2025-11-01 10:00:00", "借", 793902.19, 284682.39, "", "E3-1"],
  ["E3", "2025-11-11 10:00:00", "贷", 0.01, 284682.4, "", "E3-1"],
  ["E3", "2025-12-01 10:00:00", "借", 100808.11, 183874.29, "", "E3-1"],
  // E4: balances 400 then 600, monthly averages 400 and 600: CV exactly 0.2.
  ["E4", "2025-11-01 09:00:00", "贷", 400, 400, "", "E4-1"],
  ["E4", "2025-12-01 09:00:00", "贷", 200, 600, "", "E4-1"],
  // E5: monthly amounts 100 and 300, counts 1 and 3: CVs exactly 0.5.
  ["E5", "2025-11-10 09:00:00", "贷", 100, 100, "", "E5-1"],
  ["E5", "2025-12-10 09:00:00", "贷", 100, 200, "", "E5-1"],
  ["E5", "2025-12-11 09:00:00", "贷", 100, 300, "", "E5-1"],
  ["E5", "2025-12-12 09:00:00", "借", 100, 200, "", "E5-1"],
  // E7 overdrawn −0.01, −0.02: average −0.015 → −0.02. E8 0.01, 0.02: 0.015 → 0.02. E9 0.02: shown like E8.
  ["E7", "2025-12-01 09:00:00", "借", 0.01, -0.01, "", "E7-1"],
  ["E7", "2025-12-02 09:00:00", "借", 0.01, -0.02, "", "E7-1"],
  ["E8", "2025-12-01 09:00:00", "贷", 0.01, 0.01, "", "E8-1"],
  ["E8", "2025-12-02 09:00:00", "贷", 0.01, 0.02, "", "E8-1"],
  ["E9", "2025-12-01 09:00:00", "贷", 0.02, 0.02, "", "E9-1"],
  // E10: one transaction in May, 8 trade months: amount 20 fen / 8 = 2.5 → 0.03, count 1 / 8 = 0.125 → 0.13.
  ["E10", "2025-05-20 09:00:00", "贷", 0.2, 0.2, "", "E10-1"]
]

const set = portraitsOf(companies, rows, { analysisDate: D, ourBankCodes: ["OUR"] })
const of = (code: string) => portraitOf(set, code)

describe("the edge-case bank, figures written by hand", () => {
  it("sums a customer's accounts, same-time rows in file order, overdrafts included (E1)", () => {
    const p = of("E1")
    // Balances −100, −150, −250: mean −166.666…; CV = 62.36 / 166.67 = 0.374 → 中.
    expect(p.all.hourBalance).toMatchObject({ balance: [-100, -250, -166.67], fluctuationDegree: "中" })
    expect(p.lend.hourBalance).toMatchObject({ balance: [-100, -100, -100], fluctuationDegree: "低" })
    // −150, −250: sd 50 / mean 200 = 0.25 → 中.
    expect(p.borrow.hourBalance).toMatchObject({ balance: [-150, -250, -200], fluctuationDegree: "中" })
    // Dec 1 ends at −150, Dec 2–31 at −250: (−150 + 30 × −250) / 31 = −246.774… → −246.77.
    expect(p.all.monthBalance).toMatchObject({ balance: [-246.77, -246.77, -246.77], fluctuationDegree: "低" })
    expect(p.idleFunds).toBe(-246.77)
  })

  it("counts an account first seen mid-window from the customer's first transaction on (E2)", () => {
    const p = of("E2")
    // 4000, 4500, 4200: mean 4233.333… → 4233.33.
    expect(p.all.hourBalance).toMatchObject({ balance: [4500, 4000, 4233.33], fluctuationDegree: "低" })
    expect(p.lend.hourBalance?.balance).toEqual([4500, 4000, 4250])
    expect(p.borrow.hourBalance?.balance).toEqual([4200, 4200, 4200])
    // Mar–May 4000, Jun (14 × 4000 + 16 × 4500) / 30 = 4266.666…, Jul–Aug 4500, Sep–Dec 4200:
    // mean of the 10 months 42066.666… / 10 = 4206.666… → 4206.67; CV 0.041 → 低.
    expect(p.all.monthBalance).toMatchObject({ balance: [4500, 4000, 4206.67], fluctuationDegree: "低" })
    expect(p.months.map((m) => m.avgBalance)).toEqual([
      null,
      null,
      4000,
      4000,
      4000,
      4266.67,
      4500,
      4500,
      4200,
      4200,
      4200,
      4200
    ])
    expect(p.idleFunds).toBe(4200)
    // Trade months Mar–Dec: amounts 1000, 500, 300 and seven zeros → avg 180; counts avg 0.3.
    expect(p.all.trade).toMatchObject({
      amount: [1000, 0, 180],
      quantity: [1, 0, 0.3],
      amountFluctuationDegree: "高",
      quantityFluctuationDegree: "高"
    })
    // In-bank: the empty bank and OUR: 1300 of 1800 yuan, 2 of 3 rows; borrow 300/300; lend 1000/1500, 1 of 2.
    expect(p.innerScale).toEqual({
      trade: 0.7222,
      quantity: 0.6667,
      borrowTrade: 1,
      borrowQuantity: 1,
      lendTrade: 0.6667,
      lendQuantity: 0.5
    })
  })

  it("rounds an exact half fen away from zero, where a float sum would round it down (E3)", () => {
    const p = of("E3")
    const [P, C1, B, C2] = [68559703, 107858458, 28468239, 18387429]
    // The trap is real: summing the monthly averages as floats gives …57.4999…, which rounds down.
    expect(Math.round(((3 * P + 1) / 3 + (31 * C1) / 31 + (30 * B + 20) / 30 + (31 * C2) / 31) / 4)).toBe(55818457)
    // Sep 685597.0333…, Oct 1078584.58, Nov 284682.3966…, Dec 183874.29; mean 558184.575 → 558184.58.
    expect(p.all.monthBalance).toMatchObject({ balance: [1078584.58, 183874.29, 558184.58], fluctuationDegree: "高" })
    expect(p.months.slice(8).map((m) => m.avgBalance)).toEqual([685597.03, 1078584.58, 284682.4, 183874.29])
    expect(p.idleFunds).toBe(183874.29)
    // Six balances summing to 320301773 fen: / 6 = 53383628.83… → 533836.29.
    expect(p.all.hourBalance).toMatchObject({ balance: [1078584.58, 183874.29, 533836.29], fluctuationDegree: "高" })
    // Lend rows P, P + 1, C1, B + 1: 273446105 / 4 = 68361526.25 fen; borrow B, C2: 23427834 fen.
    expect(p.lend.hourBalance?.balance).toEqual([1078584.58, 284682.4, 683615.26])
    expect(p.borrow.hourBalance?.balance).toEqual([284682.39, 183874.29, 234278.34])
    // Trade months Sep–Dec: 68559704, 39298754, 79390220, 10080811 fen: / 4 = 49332372.25 → 493323.72.
    expect(p.all.trade).toMatchObject({
      amount: [793902.2, 100808.11, 493323.72],
      quantity: [2, 1, 1.5],
      quantityFluctuationDegree: "中"
    })
  })

  it("classes a CV of exactly 0.2 as 中 (E4) and of exactly 0.5 as 高 (E5)", () => {
    const e4 = of("E4")
    expect(e4.all.hourBalance).toMatchObject({ balance: [600, 400, 500], fluctuationDegree: "中" })
    expect(e4.all.monthBalance).toMatchObject({ balance: [600, 400, 500], fluctuationDegree: "中" })
    expect(e4.lend.monthBalance).toMatchObject({ balance: [600, 400, 500], fluctuationDegree: "中" })
    // Amounts 400, 200: CV 1/3 → 中; counts 1, 1 → 低; no borrowing: zeros, degrees 无.
    expect(e4.all.trade).toMatchObject({ amountFluctuationDegree: "中", quantityFluctuationDegree: "低" })
    expect(e4.borrow.trade).toMatchObject({
      amount: [0, 0, 0],
      quantity: [0, 0, 0],
      amountFluctuationDegree: "无",
      quantityFluctuationDegree: "无"
    })
    expect(e4.borrow.hourBalance).toBeNull()
    const e5 = of("E5")
    expect(e5.all.trade).toMatchObject({
      amount: [300, 100, 200],
      quantity: [3, 1, 2],
      amountFluctuationDegree: "高",
      quantityFluctuationDegree: "高"
    })
    // Balances 100, 200, 300, 200: CV √5000 / 200 = 0.354 → 中.
    expect(e5.all.hourBalance).toMatchObject({ balance: [300, 100, 200], fluctuationDegree: "中" })
    // Nov 100 (21 days), Dec (9 × 100 + 200 + 300 + 20 × 200) / 31 = 174.19…; mean 137.096… → 137.10; CV 0.27.
    expect(e5.all.monthBalance).toMatchObject({ balance: [174.19, 100, 137.1], fluctuationDegree: "中" })
    // Borrow amounts 0, 100 and counts 0, 1: CV 1 → 高; lend amounts 100, 200: CV 1/3 → 中.
    expect(e5.borrow.trade).toMatchObject({
      amount: [100, 0, 50],
      quantity: [1, 0, 0.5],
      amountFluctuationDegree: "高"
    })
    expect(e5.lend.trade).toMatchObject({ amount: [200, 100, 150], quantityFluctuationDegree: "中" })
  })

  it("rounds ties of small and negative figures away from zero (E7, E8, E10)", () => {
    expect(of("E7").all.hourBalance).toMatchObject({ balance: [-0.01, -0.02, -0.02], fluctuationDegree: "中" })
    // (−1 − 30 × 2) / 31 = −1.97 fen → −0.02.
    expect(of("E7").all.monthBalance?.balance).toEqual([-0.02, -0.02, -0.02])
    expect(of("E8").all.hourBalance?.balance).toEqual([0.02, 0.01, 0.02])
    expect(of("E10").all.trade).toMatchObject({ amount: [0.2, 0, 0.03], quantity: [1, 0, 0.13] })
  })

  it("ranks by the shown average, equal shown keys sharing a rank (hourBalance, all)", () => {
    // Shown averages: E3 533836.29, E2 4233.33, E4 500, E5 200, E10 0.20, E8 0.02 (0.015), E9 0.02, E7 −0.02,
    // E1 −166.67. N = 9; level = min(5, floor((rank − 1) × 5 / 9) + 1).
    const standing = (code: string) => {
      const { rank, branchRank, outletRank, level } = of(code).all.hourBalance!
      return [rank, branchRank, outletRank, level]
    }
    expect(Object.fromEntries(companies.map((c) => [c.code, standing(c.code)]))).toEqual({
      E3: [1, 1, 1, 1],
      E2: [2, 2, 2, 1],
      E4: [3, 3, 1, 2],
      E5: [4, 4, 2, 2],
      E10: [5, 1, 1, 3],
      E8: [6, 2, 2, 3],
      E9: [6, 2, 2, 3],
      E7: [8, 4, 4, 4],
      E1: [9, 5, 3, 5]
    })
  })
})

describe("the edge-case bank through DuckDB", () => {
  const dir = mkdtempSync(join(tmpdir(), "portrait-edge-"))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it("agrees with the engine on every figure of every customer", async () => {
    const trades = join(dir, "trade_flow.csv")
    const header = "companyCode,accountNo,tradeTime,direction,amount,balance,counterpartyBank\n"
    const money = (x: number) => x.toFixed(2)
    const lines = rows.map(([c, t, d, a, b, bank = "", acc = "A"]) =>
      [c, acc, t, d, money(a), money(b), bank].join(",")
    )
    writeFileSync(trades, `${header}${lines.join("\n")}\n`)
    const list = join(dir, "companies.csv")
    const co = companies.map((c) => `${c.code},${c.outletCode},${c.branchCode}`)
    writeFileSync(list, `code,outletCode,branchCode\n${co.join("\n")}\n`)
    const report = await crossCheckWithDuckDB(trades, list, { analysisDate: D, ourBankCodes: ["OUR"] })
    expect(report.transactions).toBe(rows.length)
    expect(report.figuresCompared).toBeGreaterThan(60)
    expect(report.mismatches).toEqual([])
  })
})
