/**
 * Turns the in-memory tables into CSV lines in the column order of columns.ts. One function per file keeps
 * each column's formatting rule (yuan vs 万元, date vs time) next to the column it applies to.
 */
import { csvLine, decimal2, fixed2 } from "./csv.js"
import { formatDay, formatTime } from "./dates.js"
import type { ListedCompany } from "./listed.js"
import { OUTLETS } from "./organization.js"
import type { Shareholder } from "./shareholders.js"
import type { Customer, Holding, PeerProduct, Product, WealthTrade } from "./types.js"

const risk = (r: number): string => `R${r}`

export const organizationLines = (): Array<string> =>
  OUTLETS.map((o) => csvLine([o.branchCode, o.branchName, o.outletCode, o.outletName]))

export const companyLines = (customers: ReadonlyArray<Customer>): Array<string> =>
  customers.map((c) =>
    csvLine([
      c.code,
      c.name,
      c.outlet.outletCode,
      c.linkman,
      c.contact,
      c.riskRating === null ? "" : risk(c.riskRating),
      c.listedCompanyId ?? ""
    ])
  )

const productCells = (p: Product): Array<string | number> => [
  p.code,
  p.name,
  p.type,
  risk(p.risk),
  p.termDays,
  fixed2(p.startingWan * 100),
  decimal2(p.rate),
  formatDay(p.salesStart),
  formatDay(p.salesEnd),
  formatDay(p.valueDate),
  formatDay(p.expiryDate),
  p.manualUrl,
  p.remark,
  p.marketingSkills
]

export const productLines = (products: ReadonlyArray<Product>): Array<string> =>
  products.map((p) => csvLine(productCells(p)))

export const peerProductLines = (products: ReadonlyArray<PeerProduct>): Array<string> =>
  products.map((p) => csvLine([p.bankName, ...productCells(p)]))

export const holdingLines = (holdings: ReadonlyArray<Holding>): Array<string> =>
  holdings.map((h) =>
    csvLine([h.customer.code, h.product.code, fixed2(h.balance), formatDay(h.valueDate), formatDay(h.expiryDate)])
  )

export const financialTradeLines = (trades: ReadonlyArray<WealthTrade>): Array<string> =>
  trades.map((t) =>
    csvLine([
      t.tradeId,
      t.customer.code,
      t.product.code,
      t.businessType,
      formatTime(t.day, t.second),
      formatDay(t.valueDate),
      formatDay(t.expiryDate),
      fixed2(t.amount),
      fixed2(t.balance),
      decimal2(t.rate),
      t.channel,
      t.allRedeem ? 1 : 0
    ])
  )

export const listedCompanyLines = (companies: ReadonlyArray<ListedCompany>): Array<string> =>
  companies.map((l) =>
    csvLine([
      l.id,
      l.name,
      l.contact,
      l.email,
      fixed2(l.registeredCapital),
      formatDay(l.founded),
      l.ra,
      l.location,
      l.description,
      l.businessScope,
      l.statementUrl,
      l.noticeUrl,
      l.companyCode ?? "",
      l.boughtOtherProduct ? 1 : 0
    ])
  )

export const shareholderLines = (holders: ReadonlyArray<Shareholder>): Array<string> =>
  holders.map((s) => csvLine([s.listedCompanyId, s.name, s.holdQuantity, fixed2(s.equityProportion), s.shareType]))

export const hiddenPreferenceLines = (customers: ReadonlyArray<Customer>): Array<string> =>
  customers.map(({ code, pref: p }) =>
    csvLine([
      code,
      p.buyer ? 1 : 0,
      p.riskAppetite,
      p.preferredTermDays,
      p.preferredCycle,
      p.preferredProductType,
      p.preferredChannel,
      p.purchasesPerYear,
      p.typicalAmountWan,
      fixed2(p.typicalBalance * 100),
      p.inBankShare,
      p.balanceVolatility
    ])
  )
