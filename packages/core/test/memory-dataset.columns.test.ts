// Rows held column by column (staged files, the embedded store's events) come back exactly as written, and the
// de-duplication fingerprints agree between row objects and columns.
import { describe, expect, it } from "vitest"
import { KeySet } from "../src/Pipeline/KeySet.js"
import { RowColumns } from "../src/Pipeline/RowColumns.js"
import { formatTradeTime } from "../src/Pipeline/TimeText.js"
import { parseTradeTime } from "../src/Portrait/Calendar.js"
import type { UploadRow } from "../src/Upload/Specs.js"

const flow = (patch: Partial<UploadRow<"trade_flow">> = {}): UploadRow<"trade_flow"> => ({
  companyCode: "C1",
  accountNo: "A1",
  tradeTime: "2024-02-29 23:59:59",
  direction: "借",
  amount: 1234.56,
  balance: -0.01,
  counterpartyBank: null,
  channel: "网银",
  ...patch
})

const financial = (tradeId: string, patch: Partial<UploadRow<"financial_trade">> = {}) =>
  ({
    tradeId,
    companyCode: "C1",
    productCode: "P1",
    businessType: "认购",
    tradeTime: "2024-03-01 10:15:00",
    valueDate: "2024-03-02",
    expiryDate: null,
    amount: 0.000001,
    balance: null,
    interestRate: 4.05,
    channel: "柜台",
    allRedeemFlag: false,
    ...patch
  }) satisfies UploadRow<"financial_trade">

describe("RowColumns", () => {
  it("gives back every row equal to the one pushed: nulls, empty text, flags, decimals, negative and large numbers", () => {
    const flows = [
      flow(),
      flow({ channel: "", counterpartyBank: "102100099996", amount: 9_999_999_999_999.99, balance: 2_147_483_648 }),
      flow({ companyCode: "C2", tradeTime: "1970-01-01 00:00:00", direction: "贷", channel: null, balance: 0 })
    ]
    const trades = [financial("F1"), financial("F2", { allRedeemFlag: true, interestRate: null, balance: 12.345678 })]
    const a = RowColumns.of("trade_flow", flows)
    const b = RowColumns.of("financial_trade", trades)
    expect(a.slice(0, a.length)).toEqual(flows)
    expect(b.slice(0, b.length)).toEqual(trades)
    expect(Object.keys(a.row(0))).toEqual(Object.keys(flows[0]!))
  })

  it("keeps a value its column cannot encode exactly as it was given, and leaves an absent field absent", () => {
    const odd = [
      flow({ tradeTime: "2024-01-01T10:00:00" }),
      flow({ tradeTime: "0999-01-01 00:00:00" }),
      flow({ tradeTime: "2024-02-30 10:00:00" }),
      { ...flow(), amount: Number.NaN },
      { ...flow(), channel: undefined } as unknown as UploadRow<"trade_flow">
    ]
    const columns = RowColumns.of("trade_flow", odd)
    expect(columns.slice(0, columns.length)).toEqual(odd)
    expect(Object.hasOwn(columns.row(4), "channel")).toBe(false)
    expect(columns.row(3).amount).toBeNaN()
  })

  it("grows past one block of rows without losing any", () => {
    const columns = new RowColumns("trade_flow")
    for (let i = 0; i < 70_000; i++) columns.push(flow({ amount: i, accountNo: `A${i % 7}` }))
    expect(columns.length).toBe(70_000)
    expect(columns.row(69_999)).toEqual(flow({ amount: 69_999, accountNo: "A6" }))
    expect(columns.slice(32_767, 32_769).map((r) => r.amount)).toEqual([32_767, 32_768])
  })
})

describe("formatTradeTime", () => {
  it("is the inverse of parseTradeTime on canonical times, across days, months and leap years", () => {
    for (const text of ["2024-02-29 00:00:00", "2024-03-01 23:59:59", "2023-12-31 12:34:56", "2000-01-01 09:05:07"]) {
      expect(formatTradeTime(parseTradeTime(text))).toBe(text)
    }
  })
})

describe("KeySet", () => {
  it("finds a key again whether it was added from a row object or from columns", () => {
    const rows = [flow(), flow({ tradeTime: "2024-03-01 00:00:00" }), flow({ tradeTime: "2024-01-01T10:00:00" })]
    const fromObjects = new KeySet("trade_flow")
    for (const row of rows) expect(fromObjects.add(row)).toBe(true)
    const columns = RowColumns.of("trade_flow", rows)
    for (let i = 0; i < columns.length; i++) expect(fromObjects.addAt(columns, i)).toBe(false)
    const fromColumns = new KeySet("trade_flow")
    for (let i = 0; i < columns.length; i++) expect(fromColumns.addAt(columns, i)).toBe(true)
    for (const row of rows) expect(fromColumns.add(row)).toBe(false)
    expect(fromColumns.size).toBe(3)
  })

  it("compares keys as the natural key does: by value, ignoring the columns outside the key", () => {
    const keys = new KeySet("trade_flow")
    expect(keys.add(flow({ amount: 100 }))).toBe(true)
    expect(keys.add(flow({ amount: 100.0, channel: "柜台", counterpartyBank: "X" }))).toBe(false)
    expect(keys.add(flow({ amount: 100.01 }))).toBe(true)
    expect(keys.add(flow({ accountNo: "A1C", companyCode: "C" }))).toBe(true)
    expect(keys.add(flow({ accountNo: "A", companyCode: "C1" }))).toBe(true)
    expect(keys.add(flow({ direction: "贷" }))).toBe(true)
    expect(keys.add(flow({ balance: 0 }))).toBe(true)
    expect(keys.add(flow({ balance: -0 }))).toBe(false)
  })

  it("tells apart a hundred thousand different keys and finds each again", () => {
    const keys = new KeySet("financial_trade")
    for (let i = 0; i < 100_000; i++) expect(keys.add(financial(`F${i}`))).toBe(true)
    const again = RowColumns.of(
      "financial_trade",
      Array.from({ length: 100_000 }, (_, i) => financial(`F${i}`))
    )
    let found = 0
    for (let i = 0; i < again.length; i++) if (!keys.addAt(again, i)) found++
    expect(found).toBe(100_000)
    expect(keys.size).toBe(100_000)
  })
})
