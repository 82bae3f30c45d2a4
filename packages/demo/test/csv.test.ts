/**
 * Unit tests of the CSV building blocks and the seeded random generator the whole demo rests on.
 */
import { parse } from "csv-parse/sync"
import { describe, expect, it } from "vitest"
import { csvField, csvLine, fixed2 } from "../src/csv.js"
import { Rng } from "../src/rng.js"

describe("csv", () => {
  it("quotes a field only when it holds a comma, a quote, a line break or edge spaces", () => {
    expect(csvField("城东支行")).toBe("城东支行")
    expect(csvField("a,b")).toBe('"a,b"')
    expect(csvField('say "hi"')).toBe('"say ""hi"""')
    expect(csvField("two\nlines")).toBe('"two\nlines"')
    expect(csvField(" padded")).toBe('" padded"')
  })

  it("a line with awkward fields parses back to the same cells", () => {
    const cells = ["C000001", 'He said "ok", then left', "多行\r\n备注", "", "12.50"]
    expect(parse(csvLine(cells))).toEqual([cells])
  })

  it("formats integer hundredths with exactly two decimals, including negatives", () => {
    expect(fixed2(0)).toBe("0.00")
    expect(fixed2(5)).toBe("0.05")
    expect(fixed2(123456)).toBe("1234.56")
    expect(fixed2(-250)).toBe("-2.50")
    expect(fixed2(30385120000)).toBe("303851200.00")
  })
})

describe("seeded random numbers", () => {
  it("the same seed gives the same sequence and a different seed a different one", () => {
    const draw = (seed: number) => {
      const rng = new Rng(seed)
      return Array.from({ length: 8 }, () => rng.nextU32())
    }
    expect(draw(42)).toEqual(draw(42))
    expect(draw(42)).not.toEqual(draw(43))
  })

  it("derived streams depend on label and index", () => {
    const first = (rng: Rng) => rng.nextU32()
    expect(first(Rng.derive(1, "flow", 0))).toBe(first(Rng.derive(1, "flow", 0)))
    expect(first(Rng.derive(1, "flow", 0))).not.toBe(first(Rng.derive(1, "flow", 1)))
    expect(first(Rng.derive(1, "flow", 0))).not.toBe(first(Rng.derive(1, "wealth", 0)))
  })

  it("uniform draws stay in [0, 1) and integers in their inclusive range", () => {
    const rng = new Rng(7)
    const ints = new Set<number>()
    for (let i = 0; i < 10_000; i++) {
      const u = rng.next()
      expect(u >= 0 && u < 1).toBe(true)
      ints.add(rng.int(1, 5))
    }
    expect([...ints].sort()).toEqual([1, 2, 3, 4, 5])
  })
})
