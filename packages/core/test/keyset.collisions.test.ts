// De-duplication of appended events is exact even when fingerprints collide: with a hashing that gives every
// key the same fingerprint, each key still counts as new exactly when its naturalKeyOf text is new, whether
// rows come as objects (the store port) or as columns (stored parts and staged files).
import { describe, expect, it } from "vitest"
import { KeySet } from "../src/Pipeline/KeySet.js"
import { RowColumns } from "../src/Pipeline/RowColumns.js"
import { yuan } from "../src/Upload/Numbers.js"
import { naturalKeyOf, type UploadRow } from "../src/Upload/Specs.js"
import { FewFingerprints, flow, OneFingerprint, parsed, variety } from "./support/collidingKeys.js"

/** What naturalKeyOf says: is each row's key new? */
const expectedFresh = (rows: ReadonlyArray<UploadRow<"trade_flow">>) => {
  const seen = new Set<string>()
  return rows.map((row) => {
    const key = naturalKeyOf("trade_flow", row)
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

describe("KeySet when every key has the same fingerprint", () => {
  it("keeps every distinct key and drops exactly the true duplicates, from row objects", () => {
    const rows = variety()
    const keys = new KeySet("trade_flow", 0, new OneFingerprint())
    const fresh = expectedFresh(rows)
    expect(rows.map((row) => keys.add(row))).toEqual(fresh)
    expect(keys.size).toBe(fresh.filter(Boolean).length)
    // 3 customers ("" and null are one), 3 times, 2 directions, 2 amounts (100.00 is 100), 2 balances (-0 is 0).
    expect(keys.size).toBe(3 * 3 * 2 * 2 * 2)
    for (const row of rows) expect(keys.add(row)).toBe(false)
  })

  it("keeps every distinct key and drops exactly the true duplicates, from columns", () => {
    const rows = variety()
    const fresh = expectedFresh(rows)
    // A stored part and two staged files, each with its own text dictionary (ids differ for one text).
    const parts = [rows.slice(0, 100), rows.slice(100, 150), rows.slice(150)].map((p) => RowColumns.of("trade_flow", p))
    const keys = new KeySet("trade_flow", 0, new OneFingerprint())
    const flags = parts.map((part) => {
      const marks = new Uint8Array(part.length)
      keys.addAll(part, marks)
      return [...marks].map((m) => m === 1)
    })
    expect(flags.flat()).toEqual(fresh)
    expect(keys.size).toBe(fresh.filter(Boolean).length)
    const again = RowColumns.of("trade_flow", [...rows].reverse())
    expect(keys.addAll(again)).toBe(0)
  })

  it("compares a row object's key with a key in columns, and columns with a key copied from an object", () => {
    const keys = new KeySet("trade_flow", 0, new OneFingerprint())
    const staged = RowColumns.of("trade_flow", [
      flow({ companyCode: "Q" }),
      flow({ companyCode: "X", amount: 1 }),
      flow({ companyCode: "X", amount: 2 })
    ])
    expect(keys.addAt(staged, 0)).toBe(true)
    expect(keys.add(flow({ companyCode: "Y" }))).toBe(true)
    expect(keys.addAt(staged, 1)).toBe(true)
    expect(keys.add(flow({ companyCode: "X", amount: parsed(yuan, "2.00"), channel: null }))).toBe(true)
    // "X" was not among the copied keys when row 1 was compared with them; it is now.
    expect(keys.addAt(staged, 2)).toBe(false)
    expect(keys.add(flow({ companyCode: "Q", counterpartyBank: "102" }))).toBe(false)
    expect(keys.size).toBe(4)
  })

  it("tells null from empty text only as naturalKeyOf does: not at all", () => {
    const blank = { ...flow(), accountNo: null } as unknown as UploadRow<"trade_flow">
    const objects = new KeySet("trade_flow", 0, new OneFingerprint())
    expect(objects.add(blank)).toBe(true)
    expect(objects.add(flow({ accountNo: "" }))).toBe(false)
    expect(objects.add(flow({ accountNo: " " }))).toBe(true)
    const columns = new KeySet("trade_flow", 0, new OneFingerprint())
    expect(
      columns.addAll(RowColumns.of("trade_flow", [blank, flow({ accountNo: "" }), flow({ accountNo: " " })]))
    ).toBe(2)
  })
})

describe("KeySet with few fingerprints", () => {
  it("keeps every one of twenty thousand keys across table growth, and finds each again", () => {
    const trade = (tradeId: string) => ({ tradeId }) as unknown as UploadRow<"financial_trade">
    const keys = new KeySet("financial_trade", 0, new FewFingerprints())
    let added = 0
    for (let i = 0; i < 20_000; i++) if (keys.add(trade(`F${i}`))) added++
    expect(added).toBe(20_000)
    const again = RowColumns.of(
      "financial_trade",
      Array.from({ length: 20_000 }, (_, i) => trade(`F${19_999 - i}`))
    )
    expect(keys.addAll(again)).toBe(0)
    expect(keys.size).toBe(20_000)
  })
})
