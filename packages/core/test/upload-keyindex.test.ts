// The within-file duplicate check is exact even when fingerprints collide: with a hashing that gives every key
// the same fingerprint, a row is reported as a duplicate exactly when naturalKeyOf says its key came before,
// naming the row that had it first.
import { describe, expect, it } from "vitest"
import { KeyIndex } from "../src/Upload/KeyIndex.js"
import { signedYuan, yuan } from "../src/Upload/Numbers.js"
import { naturalKeyOf, type UploadRow, uploadSpecOf } from "../src/Upload/Specs.js"
import { FewFingerprints, flow, OneFingerprint, parsed, variety } from "./support/collidingKeys.js"

type Flow = UploadRow<"trade_flow">

const keyValues = (row: Flow): Array<unknown> =>
  uploadSpecOf("trade_flow").naturalKey.map((name) => (row as unknown as Record<string, unknown>)[name])

/** What naturalKeyOf says each row (numbered from 2, as under a header) answers: 0, or its first row. */
const expectedFirstRows = (rows: ReadonlyArray<Flow>): Array<number> => {
  const seen = new Map<string, number>()
  return rows.map((row, i) => {
    const key = naturalKeyOf("trade_flow", row)
    const first = seen.get(key)
    if (first !== undefined) return first
    seen.set(key, i + 2)
    return 0
  })
}

describe("KeyIndex when every key has the same fingerprint", () => {
  it("accepts every distinct key and reports exactly the true duplicates, naming the first row", () => {
    const rows = variety()
    const keys = new KeyIndex("trade_flow", new OneFingerprint())
    const expected = expectedFirstRows(rows)
    expect(rows.map((row, i) => keys.firstRow(keyValues(row), i + 2))).toEqual(expected)
    // 3 customers ("" and null are one), 3 times, 2 directions, 2 amounts (100.00 is 100), 2 balances (-0 is 0).
    expect(expected.filter((first) => first === 0)).toHaveLength(3 * 3 * 2 * 2 * 2)
    expect(expected.some((first) => first !== 0)).toBe(true)
  })

  it("reports 100 after 100.00 and null after the empty text on the later row, naming the earlier one", () => {
    const keys = new KeyIndex("trade_flow", new OneFingerprint())
    expect(keys.firstRow(keyValues(flow({ amount: parsed(yuan, "100.00") })), 2)).toBe(0)
    expect(keys.firstRow(keyValues(flow({ amount: 100.01 })), 3)).toBe(0)
    expect(keys.firstRow(keyValues(flow({ companyCode: "" })), 4)).toBe(0)
    expect(keys.firstRow(keyValues(flow({ companyCode: " " })), 5)).toBe(0)
    expect(keys.firstRow(keyValues(flow({ amount: 100 })), 6)).toBe(2)
    expect(keys.firstRow(keyValues(flow({ companyCode: null as unknown as string })), 7)).toBe(4)
    expect(keys.firstRow(keyValues(flow({ balance: parsed(signedYuan, "-0.00") })), 8)).toBe(2)
    expect(keys.firstRow(keyValues(flow({ amount: 100.01, channel: null })), 9)).toBe(3)
  })

  it("keeps the first row of a key however often it comes back", () => {
    const keys = new KeyIndex("financial_trade", new OneFingerprint())
    expect(keys.firstRow(["F1"], 10)).toBe(0)
    expect(keys.firstRow(["F2"], 11)).toBe(0)
    expect(keys.firstRow(["F1"], 12)).toBe(10)
    expect(keys.firstRow(["F1"], 13)).toBe(10)
    expect(keys.firstRow(["F2"], 14)).toBe(11)
  })
})

describe("KeyIndex with few fingerprints", () => {
  it("accepts each of a hundred thousand keys across table growth, and names its row when it comes again", () => {
    const keys = new KeyIndex("financial_trade", new FewFingerprints())
    let accepted = 0
    for (let i = 0; i < 100_000; i++) if (keys.firstRow([`F${i}`], i + 2) === 0) accepted++
    expect(accepted).toBe(100_000)
    const wrong: Array<number> = []
    for (let i = 99_999; i >= 0; i--) if (keys.firstRow([`F${i}`], 200_000 + i) !== i + 2) wrong.push(i)
    expect(wrong).toEqual([])
  })
})

describe("KeyIndex with its own hashing", () => {
  it("tells keys apart as naturalKeyOf does", () => {
    const rows = variety()
    const keys = new KeyIndex("trade_flow")
    expect(rows.map((row, i) => keys.firstRow(keyValues(row), i + 2))).toEqual(expectedFirstRows(rows))
  })
})
