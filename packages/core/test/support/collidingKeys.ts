/**
 * Colliding hashes and a spread of trade_flow keys for the exact de-duplication tests (KeySet on apply, KeyIndex
 * on upload): with too few fingerprints, every match must be settled by comparing the keys themselves.
 */
import { Lanes } from "../../src/Pipeline/FingerprintTable.js"
import { Invalid } from "../../src/Upload/Cell.js"
import { signedYuan, yuan } from "../../src/Upload/Numbers.js"
import type { UploadRow } from "../../src/Upload/Specs.js"

/** Every key hashes to one fingerprint: each match must be settled by comparing keys. */
export class OneFingerprint extends Lanes {
  private readonly constant = new Int32Array([0x1234, 0x5678, 0x9abc])
  override finish(): Int32Array {
    return this.constant
  }
}

/** Only 4,096 fingerprints (spread over the table): as it grows, it holds many slots with equal fingerprints. */
export class FewFingerprints extends Lanes {
  private readonly few = new Int32Array(3)
  override finish(): Int32Array {
    this.few[0] = super.finish()[0]! & 0xfff
    this.few[1] = Math.imul(this.few[0], 0x9e3779b1)
    return this.few
  }
}

export const parsed = (cell: typeof yuan, text: string): number => {
  const value = cell.parse(text)
  if (value instanceof Invalid) throw new Error(text)
  return value
}

export const flow = (patch: Partial<UploadRow<"trade_flow">> = {}): UploadRow<"trade_flow"> => ({
  companyCode: "C1",
  accountNo: "A1",
  tradeTime: "2024-02-29 23:59:59",
  direction: "借",
  amount: 100,
  balance: 0,
  counterpartyBank: null,
  channel: "网银",
  ...patch
})

/** Keys that differ in every part, and spellings of one key (100.00 is 100, -0.00 is 0, null is ""). */
export const variety = (): Array<UploadRow<"trade_flow">> => {
  const rows: Array<UploadRow<"trade_flow">> = []
  let n = 0
  for (const companyCode of ["C1", "C2", "", null as unknown as string])
    for (const tradeTime of ["2024-02-29 23:59:59", "2024-03-01 00:00:00", "2024-03-01T00:00:00"])
      for (const direction of ["借", "贷"] as const)
        for (const amount of [100, parsed(yuan, "100.00"), parsed(yuan, "100.01")])
          for (const balance of [0, parsed(signedYuan, "-0.00"), -0.01])
            rows.push(flow({ companyCode, tradeTime, direction, amount, balance, channel: n++ % 2 ? "柜台" : null }))
  // A fixed shuffle, so duplicates arrive far from their first occurrence.
  return rows
    .map((row, i) => ({ row, at: (i * 7919) % 1009 }))
    .sort((a, b) => a.at - b.at)
    .map(({ row }) => row)
}
