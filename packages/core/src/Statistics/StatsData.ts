/**
 * The statistics index of one data version (DOMAIN.md §7–8): wealth trades as sorted columns, holdings and
 * purchases summed per outlet (and per outlet and product), each customer's purchase times. Built once per
 * version from rows already joined to their customers; a request then sums a period of columns or a few outlets.
 *
 * Amounts are kept as integers of 10⁻⁶ 万元 (the upload's precision), so sums are exact and do not depend on
 * the order they were added in; answers round them to two decimals once.
 */
import type { UploadRow } from "../Upload/Specs.js"
import { addTo, toMicro } from "./Amounts.js"
import { tradeColumns } from "./TradeColumns.js"

/** Where statistics place a customer: its outlet as its portrait has it. */
export interface StatsCustomer {
  readonly code: string
  readonly outletCode: string
}

/** The history figures, in the order of history_list's sortType 1–6. */
export const HISTORY_FIGURES = 6
/** The hold figures: total, 保本, 非保本, 结构性 (hold_list's sortType 1–4). */
export const HOLD_FIGURES = 4

export interface StatsData {
  readonly outletCodes: ReadonlyArray<string>
  readonly outletOf: ReadonlyMap<string, number>
  /** Customer code → index into outletCodes. */
  readonly customerOutlet: ReadonlyMap<string, number>
  /** Customer code → customer number (0..n-1), and each customer's outlet index by number. */
  readonly customerIndex: ReadonlyMap<string, number>
  readonly outletOfCustomer: Int32Array
  /** Trades by wall-clock time ascending. */
  readonly tradeTime: Float64Array
  readonly tradeOutlet: Int32Array
  /** Bit 0: redeem (赎回/到期兑付) vs bought (认购/申购); bit 1: counter (柜台) vs online (网银/手机银行). */
  readonly tradeKind: Uint8Array
  readonly tradeAmount: Float64Array
  /** HOLD_FIGURES per outlet, flat. */
  readonly hold: Float64Array
  readonly heldByOutlet: ReadonlyArray<ReadonlyMap<string, number>>
  readonly boughtByOutlet: ReadonlyArray<ReadonlyMap<string, number>>
  /** Each customer's purchase (认购/申购) times, ascending, by customer number (empty when none). */
  readonly purchases: ReadonlyArray<Float64Array>
  /** Customers with any wealth trade or holding. */
  readonly withWealth: ReadonlySet<string>
}

export interface StatsInput {
  readonly customers: Iterable<StatsCustomer>
  readonly products: ReadonlyArray<UploadRow<"product">>
  readonly holdings: ReadonlyArray<UploadRow<"holding">>
  readonly trades: ReadonlyArray<UploadRow<"financial_trade">>
}

export const buildStatsData = (input: StatsInput): StatsData => {
  const outletCodes: Array<string> = []
  const outletOf = new Map<string, number>()
  const customerOutlet = new Map<string, number>()
  const customerIndex = new Map<string, number>()
  const outletOfCustomerList: Array<number> = []
  for (const c of input.customers) {
    let o = outletOf.get(c.outletCode)
    if (o === undefined) {
      o = outletCodes.length
      outletCodes.push(c.outletCode)
      outletOf.set(c.outletCode, o)
    }
    customerOutlet.set(c.code, o)
    if (!customerIndex.has(c.code)) {
      customerIndex.set(c.code, outletOfCustomerList.length)
      outletOfCustomerList.push(o)
    } else outletOfCustomerList[customerIndex.get(c.code)!] = o
  }
  const n = outletCodes.length
  const heldByOutlet = Array.from({ length: n }, () => new Map<string, number>())
  const boughtByOutlet = Array.from({ length: n }, () => new Map<string, number>())
  const typeOf = new Map(input.products.map((p) => [p.productCode, p.productType]))
  const hold = new Float64Array(n * HOLD_FIGURES)
  const withWealth = new Set<string>()
  for (const h of input.holdings) {
    const o = customerOutlet.get(h.companyCode)
    if (o === undefined) continue
    withWealth.add(h.companyCode)
    const micro = toMicro(h.balance)
    hold[o * HOLD_FIGURES] = hold[o * HOLD_FIGURES]! + micro
    const type = typeOf.get(h.productCode)
    const k = type === "保本" ? 1 : type === "非保本" ? 2 : type === "结构性" ? 3 : -1
    if (k > 0) hold[o * HOLD_FIGURES + k] = hold[o * HOLD_FIGURES + k]! + micro
    addTo(heldByOutlet[o]!, h.productCode, micro)
  }

  const { tradeTime, tradeOutlet, tradeKind, tradeAmount, purchaseLists } = tradeColumns(
    input.trades,
    customerOutlet,
    withWealth,
    boughtByOutlet
  )
  const none = new Float64Array(0)
  const purchases = outletOfCustomerList.map(() => none)
  for (const [code, times] of purchaseLists) purchases[customerIndex.get(code)!] = Float64Array.from(times).sort()
  return {
    outletCodes,
    outletOf,
    customerOutlet,
    customerIndex,
    outletOfCustomer: Int32Array.from(outletOfCustomerList),
    tradeTime,
    tradeOutlet,
    tradeKind,
    tradeAmount,
    hold,
    heldByOutlet,
    boughtByOutlet,
    purchases,
    withWealth
  }
}

/** First index whose value is >= key (`strict`: > key) in an ascending array. */
export const lowerBound = (values: Float64Array, key: number, strict = false): number => {
  let lo = 0
  let hi = values.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    const v = values[mid]!
    if (v < key || (strict && v === key)) lo = mid + 1
    else hi = mid
  }
  return lo
}
