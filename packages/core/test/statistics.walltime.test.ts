// Wall-clock numbers of instants equal what Intl formats in the same zone, across zones with odd offsets and
// daylight saving (changes on the hour, the half hour, the quarter hour), and months and years cut as the bank's.
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { monthAndYearOf, wallKeyOfMs, wallKeyOfText, wallText } from "../src/index.js"

const intlKey = (ms: number, timeZone: string) =>
  Number(
    new Intl.DateTimeFormat("sv-SE", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      hourCycle: "h23"
    })
      .format(new Date(ms))
      .replace(/\D/g, "")
  )

describe("bank wall-clock numbers", () => {
  it.each(["Asia/Shanghai", "America/New_York", "Asia/Kathmandu", "Australia/Lord_Howe", "UTC"])(
    "wallKeyOfMs agrees with Intl in %s",
    (zone) => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 4_102_444_800_000 }), (ms) => {
          expect(wallKeyOfMs(ms, zone)).toBe(intlKey(ms, zone))
        }),
        { numRuns: 3000 }
      )
    }
  )

  it("text and numbers convert both ways and order like the text", () => {
    expect(wallKeyOfText("2026-11-23 09:05:07")).toBe(20261123090507)
    expect(wallKeyOfText("2026-11-23")).toBe(20261123000000)
    expect(wallText(20260101000000)).toBe("2026-01-01 00:00:00")
    expect(wallKeyOfText("2026-09-30 23:59:59")).toBeLessThan(wallKeyOfText("2026-10-01"))
  })

  it("this month and this year (January to the end of this month), December included", () => {
    expect(monthAndYearOf(20261123100000)).toEqual({
      month: { from: 20261101000000, until: 20261201000000 },
      year: { from: 20260101000000, until: 20261201000000 }
    })
    expect(monthAndYearOf(20261231235959).month).toEqual({ from: 20261201000000, until: 20270101000000 })
  })
})
