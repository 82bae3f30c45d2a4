/**
 * The wealth trades of the statistics index as columns ordered by wall-clock time: filled in input order, then
 * ordered by one stable radix sort of the times (no object per trade), with each customer's purchase times.
 */
import { sortByTime } from "../Portrait/RadixSort.js"
import type { UploadRow } from "../Upload/Specs.js"
import { addTo, isPurchase, toMicro } from "./Amounts.js"
import { wallKeyOfText } from "./WallTime.js"

export const tradeColumns = (
  trades: ReadonlyArray<UploadRow<"financial_trade">>,
  customerOutlet: ReadonlyMap<string, number>,
  withWealth: Set<string>,
  boughtByOutlet: ReadonlyArray<Map<string, number>>
) => {
  // Columns in input order first; one stable radix sort by time then orders them (no object per trade).
  const n0 = trades.length
  const time0 = new Float64Array(n0)
  const outlet0 = new Int32Array(n0)
  const kind0 = new Uint8Array(n0)
  const amount0 = new Float64Array(n0)
  let m = 0
  const purchaseLists = new Map<string, Array<number>>()
  for (const t of trades) {
    const o = customerOutlet.get(t.companyCode)
    if (o === undefined) continue
    withWealth.add(t.companyCode)
    const time = wallKeyOfText(t.tradeTime)
    const bought = isPurchase(t)
    const amount = toMicro(t.amount)
    time0[m] = time
    outlet0[m] = o
    kind0[m] = (bought ? 0 : 1) | (t.channel === "柜台" ? 2 : 0)
    amount0[m] = amount
    m++
    if (bought) {
      addTo(boughtByOutlet[o]!, t.productCode, amount)
      const list = purchaseLists.get(t.companyCode)
      if (list === undefined) purchaseLists.set(t.companyCode, [time])
      else list.push(time)
    }
  }
  const order = sortByTime(time0.subarray(0, m))
  const tradeTime = new Float64Array(m)
  const tradeOutlet = new Int32Array(m)
  const tradeKind = new Uint8Array(m)
  const tradeAmount = new Float64Array(m)
  for (let i = 0; i < m; i++) {
    const j = order[i]!
    tradeTime[i] = time0[j]!
    tradeOutlet[i] = outlet0[j]!
    tradeKind[i] = kind0[j]!
    tradeAmount[i] = amount0[j]!
  }
  return { tradeTime, tradeOutlet, tradeKind, tradeAmount, purchaseLists }
}
