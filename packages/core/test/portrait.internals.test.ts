/**
 * Building blocks of the portrait engine against slow obvious references: calendar arithmetic against `Date`,
 * the company/time ordering against a comparison sort.
 */
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { DAY_MS, formatDay, monthOfDay, parseDay, parseTradeTime } from "../src/Portrait/Calendar.js"
import { sortByTime } from "../src/Portrait/RadixSort.js"
import { makeTradeColumnsBuilder } from "../src/Portrait/TradeColumns.js"
import { groupTrades } from "../src/Portrait/TradeOrder.js"

describe("portrait calendar", () => {
  it("agrees with Date on days, months and trade times", () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), fc.integer({ min: 0, max: 86_399 }), (day, sec) => {
        const iso = new Date(day * DAY_MS + sec * 1000).toISOString()
        expect(formatDay(day)).toBe(iso.slice(0, 10))
        expect(parseDay(iso.slice(0, 10))).toBe(day)
        const date = new Date(day * DAY_MS)
        expect(monthOfDay(day)).toBe(date.getUTCFullYear() * 12 + date.getUTCMonth())
        expect(parseTradeTime(`${iso.slice(0, 10)} ${iso.slice(11, 19)}`)).toBe(day * DAY_MS + sec * 1000)
      })
    )
  })

  it("refuses impossible dates and times", () => {
    for (const bad of ["2023-02-29", "2024-13-01", "2024-04-31", "2024-1-01", "20240101"]) {
      expect(parseDay(bad)).toBeNaN()
    }
    expect(parseDay("2024-02-29")).toBe(19782)
    for (const bad of ["2024-01-01 24:00:00", "2024-01-01 10:60:00", "2024-01-01 10:00", "2024-01-01x10:00:00"]) {
      expect(parseTradeTime(bad)).toBeNaN()
    }
  })
})

describe("portrait trade order", () => {
  const naive = (company: Int32Array, time: Float64Array) =>
    Array.from(company, (_, i) => i).sort((a, b) => company[a]! - company[b]! || time[a]! - time[b]! || a - b)

  const check = (times: fc.Arbitrary<number>) =>
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 4 }), times), { maxLength: 300 }), (rows) => {
        const b = makeTradeColumnsBuilder(2)
        // The balance column carries the upload index, to see where each row went.
        for (const [i, [c, t]] of rows.entries()) b.push(c, t, 0, 1, i, true)
        const trades = b.build()
        const g = groupTrades(trades, 5)
        expect(Array.from(g.balance)).toEqual(naive(trades.company, trades.time))
        expect(Array.from(g.time)).toEqual(naive(trades.company, trades.time).map((i) => trades.time[i]))
        for (let c = 0; c < 5; c++) expect(g.start[c + 1]! - g.start[c]!).toBe(rows.filter(([k]) => k === c).length)
      })
    )

  it("sorts whole seconds by (company, time, upload order)", () =>
    check(fc.integer({ min: 0, max: 40 }).map((s) => 1.7e12 + s * 1000)))
  it("sorts millisecond times spanning years", () => check(fc.integer({ min: 0, max: 2 ** 40 })))
  it("falls back for fractional times", () => check(fc.integer({ min: 0, max: 20 }).map((s) => s / 4)))
  it("radix-sorts a huge customer, keeping upload order on ties", () => {
    // 40,000 rows of one customer over 500 distinct seconds: past the insertion-sort budget, many ties.
    const b = makeTradeColumnsBuilder()
    let seed = 7
    for (let i = 0; i < 40_000; i++) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      b.push(0, 1.7e12 + (seed % 500) * 1000, 0, 1, i, true)
    }
    const trades = b.build()
    const g = groupTrades(trades, 1)
    expect(Array.from(g.balance)).toEqual(naive(trades.company, trades.time))
  })

  it("hands a badly shuffled mid-size customer to the comparison sort", () => {
    const b = makeTradeColumnsBuilder()
    for (let i = 0; i < 2_000; i++) b.push(0, (2_000 - i) * 1000, 0, 1, i, true)
    const g = groupTrades(b.build(), 1)
    expect(Array.from(g.balance)).toEqual(Array.from({ length: 2_000 }, (_, i) => 1_999 - i))
  })

  it("agrees with a comparison sort on the radix path", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2 ** 47 }), { maxLength: 500 }), (ts) => {
        const time = Float64Array.from(ts)
        expect(Array.from(sortByTime(time))).toEqual(naive(new Int32Array(ts.length), time))
      })
    )
  })

  it("rejects an unknown company index", () => {
    const b = makeTradeColumnsBuilder()
    b.push(3, 0, 0, 1, 1, true)
    expect(() => groupTrades(b.build(), 2)).toThrow(RangeError)
  })
})
