/**
 * The listed-company read model (上市企业, DOMAIN.md §2): the `listed_company` prospects with their `shareholder`
 * rows, each linked to our customer when the upload names its code (or the customer file names the prospect).
 *
 * Visibility (decision): a prospect that is not our customer is market data every user may see; one that is our
 * customer belongs to that customer's outlet, so outside the caller's scope it is not shown at all (as any
 * customer outside the scope), which also keeps relationship managers from approaching another outlet's customer.
 */
import type { PortraitFilter } from "../Data/StoredPortrait.js"
import type { UploadRow } from "../Upload/Specs.js"

export interface ListedCustomer {
  readonly code: string
  readonly name: string
  readonly outletCode: string
  readonly branchCode: string
  readonly listedCompanyId: string | null
}

export interface ListedEntry {
  readonly row: UploadRow<"listed_company">
  readonly customer: ListedCustomer | null
  /** Our customer with a wealth trade or holding (是否购买我行理财产品). */
  readonly boughtOurProduct: boolean
  readonly shareholders: ReadonlyArray<UploadRow<"shareholder">>
}

export interface ListedInput {
  readonly companies: ReadonlyArray<UploadRow<"listed_company">>
  readonly shareholders: ReadonlyArray<UploadRow<"shareholder">>
  readonly customers: Iterable<ListedCustomer>
  readonly withWealth: ReadonlySet<string>
}

/** Entries ordered by listed-company id. */
export const buildListed = (input: ListedInput): ReadonlyArray<ListedEntry> => {
  const byCode = new Map<string, ListedCustomer>()
  const byListedId = new Map<string, ListedCustomer>()
  for (const c of input.customers) {
    byCode.set(c.code, c)
    if (c.listedCompanyId !== null && !byListedId.has(c.listedCompanyId)) byListedId.set(c.listedCompanyId, c)
  }
  const holders = new Map<string, Array<UploadRow<"shareholder">>>()
  for (const s of input.shareholders) {
    const list = holders.get(s.listedCompanyId)
    if (list === undefined) holders.set(s.listedCompanyId, [s])
    else list.push(s)
  }
  return [...input.companies]
    .sort((a, b) => (a.listedCompanyId < b.listedCompanyId ? -1 : a.listedCompanyId > b.listedCompanyId ? 1 : 0))
    .map((row) => {
      const customer =
        (row.companyCode === null ? undefined : byCode.get(row.companyCode)) ?? byListedId.get(row.listedCompanyId)
      return {
        row,
        customer: customer ?? null,
        boughtOurProduct: customer !== undefined && input.withWealth.has(customer.code),
        shareholders: holders.get(row.listedCompanyId) ?? []
      }
    })
}

/** Whether a caller whose scope is `filter` sees the entry. */
export const listedVisible = (entry: ListedEntry, filter: PortraitFilter | null): boolean =>
  entry.customer === null ||
  (filter !== null &&
    (filter.branchCode === undefined || filter.branchCode === entry.customer.branchCode) &&
    (filter.outletCode === undefined || filter.outletCode === entry.customer.outletCode))

/** Visible entries whose name (or id) contains the keyword, case-insensitively; blank keeps all. */
export const searchListed = (
  entries: ReadonlyArray<ListedEntry>,
  filter: PortraitFilter | null,
  keyword: string | undefined
): ReadonlyArray<ListedEntry> => {
  const k = keyword?.trim().toLowerCase()
  return entries.filter(
    (e) =>
      listedVisible(e, filter) &&
      (!k || e.row.name.toLowerCase().includes(k) || e.row.listedCompanyId.toLowerCase().includes(k))
  )
}
