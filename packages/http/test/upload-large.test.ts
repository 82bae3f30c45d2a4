// CSV uploads larger than one read: characters cut by a read's end, rows decoded from bytes in bulk, and a
// bad byte or bad cell deep in the file still named by its place.
import { uploadColumns } from "@wm/core"
import { describe, expect, it } from "vitest"
import { validateUpload } from "../src/upload/index.js"
import { csvText, file, references } from "./upload-fixtures/examples.js"

/** About 2.6 MiB of transactions whose bank and channel names are three-byte characters. */
const flows = (rows: number) => [
  uploadColumns("trade_flow"),
  ...Array.from({ length: rows }, (_, i) => [
    "C1",
    `62220${i % 7}`,
    `2025-01-${String(1 + (i % 28)).padStart(2, "0")} ${String(i % 24).padStart(2, "0")}:00:${String(i % 60).padStart(2, "0")}`,
    i % 2 === 0 ? "贷" : "借",
    `${i}.${i % 100}`,
    `${i * 3}.5`,
    "中国工商银行股份有限公司北京分行营业部",
    "手机银行"
  ])
]

describe("a CSV upload of several reads", () => {
  it("passes whole, every row decoded, wherever the reads cut its characters", async () => {
    const seen: Array<number> = []
    const report = await validateUpload(file(csvText(flows(30_000)), "flows.csv"), "trade_flow", references, {
      onRow: (row) => seen.push(row.amount)
    })
    expect(report).toMatchObject({ ok: true, rows: 30_000, errors: [], fileErrors: [] })
    expect(seen[29_999]).toBe(29_999.99)
  })

  it("names a bad cell and a non-UTF-8 byte far into the file", async () => {
    const rows = flows(30_000).map((cells, i) => (i === 25_001 ? cells.map((c, j) => (j === 4 ? "12,5" : c)) : cells))
    const bad = await validateUpload(file(csvText(rows), "flows.csv"), "trade_flow", references)
    expect(bad.errors).toEqual([expect.objectContaining({ row: 25_002, column: "amount", value: "12,5" })])
    const bytes = new TextEncoder().encode(csvText(flows(30_000)))
    bytes[2_500_000] = 0xff
    const binary = await validateUpload(file(bytes, "flows.csv"), "trade_flow", references)
    expect(binary.fileErrors).toEqual([expect.stringMatching(/not valid UTF-8.* \(between bytes 2097\d+ and /)])
  })
})
