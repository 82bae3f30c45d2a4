// Columns sent to a worker thread and back (Pipeline/ColumnTransfer.ts): every row comes back as written —
// nulls, values kept aside and absent fields included, past one block — and columns the sender keeps serving
// are copied, so transferring the message leaves them readable.
import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import { packRows, packRowsInSlices, unpackRows } from "../src/Pipeline/ColumnTransfer.js"
import { RowColumns } from "../src/Pipeline/RowColumns.js"
import { BLOCK } from "../src/Pipeline/StoredColumn.js"
import type { UploadRow } from "../src/Upload/Specs.js"

const rows = (n: number) => {
  const columns = new RowColumns("trade_flow")
  for (let i = 0; i < n; i++) {
    const row: Record<string, unknown> = {
      companyCode: `C${i % 7}`,
      accountNo: `A${i % 13}`,
      // Every 1000th time is not canonical: kept aside as given.
      tradeTime: i % 1000 === 0 ? "2026-01-05T09:00:00" : "2026-01-05 09:00:00",
      direction: i % 2 === 0 ? "借" : "贷",
      amount: i + 0.5,
      balance: i % 500 === 0 ? null : -i,
      counterpartyBank: i % 3 === 0 ? null : "OURBANK"
    }
    if (i % 4 !== 0) row.channel = "网银"
    columns.push(row as unknown as UploadRow<"trade_flow">)
  }
  return columns
}

/** Sends the message as postMessage would, moving the listed buffers. */
const send = <A>(message: A, transfer: Array<ArrayBuffer>): A => structuredClone(message, { transfer })

describe("ColumnTransfer", () => {
  const n = BLOCK + 1_234
  it("gives back every row, in slices or at once", async () => {
    const source = rows(n)
    const expected = source.slice(0, n)
    const copied = await Effect.runPromise(packRowsInSlices(source))
    expect(unpackRows(send(copied.packed, copied.transfer)).slice(0, n)).toEqual(expected)
    const moved = packRows(rows(n), false)
    expect(unpackRows(send(moved.packed, moved.transfer)).slice(0, n)).toEqual(expected)
  })

  it("copies what the sender keeps, and moves what it gives away", () => {
    const kept = rows(n)
    const copy = packRows(kept, true)
    send(copy.packed, copy.transfer)
    expect(kept.slice(0, n)).toEqual(rows(n).slice(0, n))
    const given = rows(n)
    const move = packRows(given, false)
    send(move.packed, move.transfer)
    expect(given.allColumns[0]!.blocks[0]!.length).toBe(0)
  })
})
