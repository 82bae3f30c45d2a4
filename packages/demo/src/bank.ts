/**
 * Assembles the whole demo bank in memory except its account transactions, which are only planned here
 * (per account: how many, over which days) and streamed later. Pure: no clock, no I/O, no Math.random.
 */
import { type CustomerFlowPlan, planFlows } from "./accounts.js"
import { buildCalendar, type FlowCalendar } from "./calendar.js"
import { makeCustomers } from "./customers.js"
import { flowEvents, slotsOf } from "./flowEvents.js"
import { type ListedCompany, makeListed, makeListedIds } from "./listed.js"
import { makePeerProducts, makeProducts } from "./products.js"
import type { Shareholder } from "./shareholders.js"
import type { Customer, PeerProduct, Product } from "./types.js"
import { simulateWealth, type WealthBook } from "./wealth.js"

/** At scale 1: customers and account transactions; scale multiplies both. */
export const BASE_CUSTOMERS = 2000
export const BASE_TRANSACTIONS = 500_000
export const LISTED_COMPANIES = 100

export interface DemoBank {
  readonly customers: ReadonlyArray<Customer>
  readonly products: ReadonlyArray<Product>
  readonly peerProducts: ReadonlyArray<PeerProduct>
  readonly wealth: WealthBook
  readonly listed: ReadonlyArray<ListedCompany>
  readonly shareholders: ReadonlyArray<Shareholder>
  readonly calendar: FlowCalendar
  readonly flows: ReadonlyArray<CustomerFlowPlan>
  /** Exact number of trade_flow rows the flows will stream. */
  readonly flowRows: number
}

export const sizesFor = (scale: number): { customers: number; transactions: number } => ({
  customers: Math.max(10, Math.round(BASE_CUSTOMERS * scale)),
  transactions: Math.max(1, Math.round(BASE_TRANSACTIONS * scale))
})

export const buildBank = (seed: number, today: number, scale: number): DemoBank => {
  const sizes = sizesFor(scale)
  const listedIds = makeListedIds(seed, LISTED_COMPANIES)
  const customers = makeCustomers(seed, sizes.customers, listedIds)
  const products = makeProducts(seed, today)
  const wealth = simulateWealth(seed, today, customers, products)
  const listed = makeListed(seed, today, listedIds, customers)
  const calendar = buildCalendar(today)
  const flows = planFlows(seed, calendar, customers, flowEvents(calendar, wealth.trades), sizes.transactions)
  const flowRows = flows.reduce((n, f) => n + f.accounts.reduce((a, acc) => a + acc.regular, 0) + slotsOf(f.events), 0)
  return {
    customers,
    products,
    peerProducts: makePeerProducts(seed, today),
    wealth,
    listed: listed.companies,
    shareholders: listed.shareholders,
    calendar,
    flows,
    flowRows
  }
}
