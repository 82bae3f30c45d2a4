/**
 * A compact index of the current holdings (持有产品) and wealth-product trades (理财交易) of one data version.
 * Each row is joined once to its customer (name, outlet, sub-branch as its portrait has them) and to its
 * product's name, sorted once, and split by outlet and by sub-branch, so the warning and the holding and trade
 * lists answer a request from memory, without reading or sorting rows again.
 */
import type { PortraitFilter } from "../Data/StoredPortrait.js"
import { byCodeUnits } from "../Memory/matching.js"
import type { UploadRow } from "../Upload/Specs.js"

/** What the lists show of a customer and what scope is decided on: the portrait's outlet and sub-branch. */
export interface WealthCustomer {
  readonly code: string
  readonly name: string
  readonly outletCode: string
  readonly branchCode: string
}

/** What every entry has: its customer, its product's name and the text a keyword is looked for in. */
export interface WealthEntry {
  readonly customer: WealthCustomer
  /** Null when the product is not in the current product file. */
  readonly productName: string | null
  /** Customer code and name, product code and name, lower-cased once at build time (see WealthQueries). */
  readonly searchText: string
}

export interface HoldingEntry extends WealthEntry {
  readonly holding: UploadRow<"holding">
}

export interface TradeEntry extends WealthEntry {
  readonly trade: UploadRow<"financial_trade">
}

/** Separates the fields of `searchText`, so that a keyword never matches across two of them. */
export const SEARCH_SEPARATOR = "\u0001"

const searchTextOf = (customer: WealthCustomer, productCode: string, productName: string | null) =>
  [customer.code, customer.name, productCode, productName ?? ""].join(SEARCH_SEPARATOR).toLowerCase()

/** One ordered list, and the same order restricted to each sub-branch and to each outlet. */
export interface ScopedList<A> {
  readonly all: ReadonlyArray<A>
  readonly byBranch: ReadonlyMap<string, ReadonlyArray<A>>
  readonly byOutlet: ReadonlyMap<string, ReadonlyArray<A>>
}

export interface WealthIndexData {
  /** Soonest expiry first; ties by customer code, product code, value date, then upload order. */
  readonly holdings: ScopedList<HoldingEntry>
  /** Newest trade time first; trades of the same time: the later uploaded first (as trade_history). */
  readonly trades: ScopedList<TradeEntry>
}

export interface WealthIndexInput {
  /** Customers with a portrait in the version; rows of anyone else are left out (no scope can show them). */
  readonly customers: Iterable<WealthCustomer>
  readonly productNames: ReadonlyMap<string, string>
  readonly holdings: ReadonlyArray<UploadRow<"holding">>
  /** In upload order (oldest version first). */
  readonly trades: ReadonlyArray<UploadRow<"financial_trade">>
}

const add = <A>(lists: Map<string, Array<A>>, key: string, entry: A) => {
  const list = lists.get(key)
  if (list === undefined) lists.set(key, [entry])
  else list.push(entry)
}

const scoped = <A extends { readonly customer: WealthCustomer }>(all: ReadonlyArray<A>): ScopedList<A> => {
  const byBranch = new Map<string, Array<A>>()
  const byOutlet = new Map<string, Array<A>>()
  for (const entry of all) {
    add(byBranch, entry.customer.branchCode, entry)
    add(byOutlet, entry.customer.outletCode, entry)
  }
  return { all, byBranch, byOutlet }
}

const holdingOrder = (a: HoldingEntry, b: HoldingEntry): number =>
  byCodeUnits(a.holding.expiryDate, b.holding.expiryDate) ||
  byCodeUnits(a.customer.code, b.customer.code) ||
  byCodeUnits(a.holding.productCode, b.holding.productCode) ||
  byCodeUnits(a.holding.valueDate, b.holding.valueDate)

export const buildWealthIndex = (input: WealthIndexInput): WealthIndexData => {
  const customers = new Map<string, WealthCustomer>()
  for (const c of input.customers) customers.set(c.code, c)
  const holdings: Array<HoldingEntry> = []
  for (const holding of input.holdings) {
    const customer = customers.get(holding.companyCode)
    if (customer === undefined) continue
    const productName = input.productNames.get(holding.productCode) ?? null
    holdings.push({
      customer,
      productName,
      searchText: searchTextOf(customer, holding.productCode, productName),
      holding
    })
  }
  const trades: Array<TradeEntry> = []
  // Walked backwards, so the stable sort below keeps later-uploaded trades first among equal times.
  for (let i = input.trades.length - 1; i >= 0; i--) {
    const trade = input.trades[i]!
    const customer = customers.get(trade.companyCode)
    if (customer === undefined) continue
    const productName = input.productNames.get(trade.productCode) ?? null
    trades.push({ customer, productName, searchText: searchTextOf(customer, trade.productCode, productName), trade })
  }
  holdings.sort(holdingOrder)
  trades.sort((a, b) => byCodeUnits(b.trade.tradeTime, a.trade.tradeTime))
  return { holdings: scoped(holdings), trades: scoped(trades) }
}

/** The entries a portrait filter admits (sub-branch and/or outlet), in the list's order. */
export const within = <A extends { readonly customer: WealthCustomer }>(
  list: ScopedList<A>,
  filter: PortraitFilter
): ReadonlyArray<A> => {
  if (filter.outletCode !== undefined) {
    const entries = list.byOutlet.get(filter.outletCode) ?? []
    const branch = filter.branchCode
    return branch === undefined ? entries : entries.filter((e) => e.customer.branchCode === branch)
  }
  if (filter.branchCode !== undefined) return list.byBranch.get(filter.branchCode) ?? []
  return list.all
}
