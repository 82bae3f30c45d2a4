/**
 * Questions the maturity warning and the holding and trade lists ask of the wealth index: a window of expiry
 * dates (found by binary search, not a scan), a keyword, and a requested organisation narrowed to the scope.
 */
import { Option } from "effect"
import type { PortraitFilter } from "../Data/StoredPortrait.js"
import { type HoldingEntry, SEARCH_SEPARATOR, type WealthEntry } from "./WealthRows.js"

/** First index whose expiry date is not before `date` (`inclusive`) or after it (otherwise). */
const boundary = (entries: ReadonlyArray<HoldingEntry>, date: string, after: boolean): number => {
  let lo = 0
  let hi = entries.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    const expiry = entries[mid]!.holding.expiryDate
    if (expiry < date || (after && expiry === date)) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** The holdings, sorted by expiry date, that expire in [from, to] (both inclusive, `YYYY-MM-DD`). */
export const maturingBetween = (
  entries: ReadonlyArray<HoldingEntry>,
  from: string,
  to: string
): ReadonlyArray<HoldingEntry> =>
  from > to ? [] : entries.slice(boundary(entries, from, false), boundary(entries, to, true))

/**
 * Entries whose customer code or name, or product code or name, contains the keyword, ignoring case (as
 * /api/company/search); a blank keyword keeps every entry. One `includes` per entry on text lower-cased at build.
 */
export const withKeyword = <A extends WealthEntry>(entries: ReadonlyArray<A>, keyword: string | undefined) => {
  const k = keyword?.trim().toLowerCase()
  if (k === undefined || k === "") return entries
  if (k.includes(SEARCH_SEPARATOR)) return []
  return entries.filter((e) => e.searchText.includes(k))
}

/**
 * The caller's scope narrowed by a requested sub-branch and/or outlet. A request can only narrow: an organisation
 * outside the scope (or a sub-branch and an outlet that do not belong together) leaves nothing to show.
 */
export const narrowScope = (scope: PortraitFilter, wanted: PortraitFilter): Option.Option<PortraitFilter> => {
  const clash = (a: string | undefined, b: string | undefined) => a !== undefined && b !== undefined && a !== b
  if (clash(scope.branchCode, wanted.branchCode) || clash(scope.outletCode, wanted.outletCode)) return Option.none()
  const branchCode = scope.branchCode ?? wanted.branchCode
  const outletCode = scope.outletCode ?? wanted.outletCode
  return Option.some({
    ...(branchCode === undefined ? {} : { branchCode }),
    ...(outletCode === undefined ? {} : { outletCode })
  })
}
