/**
 * The raw figures of each statistic per outlet (DOMAIN.md §7–8), before they are summed into the rows a caller
 * sees. Each answers a flat array: `width` numbers per outlet of the index, plus (login only) per sub-branch for
 * the staff who belong to a sub-branch but to no outlet.
 */
import type { User } from "../Domain/User.js"
import type { MarketingRecord } from "../Marketing/MarketingTypes.js"
import { HISTORY_FIGURES, HOLD_FIGURES, lowerBound, type StatsData } from "./StatsData.js"
import { type WallPeriod, wallKeyOfMs } from "./WallTime.js"

export interface OutletFigures {
  readonly width: number
  /** Figures per outlet code. */
  readonly byOutlet: (outletCode: string) => ReadonlyArray<number> | undefined
  /** Figures that belong to a sub-branch itself (by id), not to one of its outlets. */
  readonly byBranch?: (branchId: number) => ReadonlyArray<number> | undefined
}

const perOutlet = (data: StatsData, values: Float64Array, width: number): OutletFigures => ({
  width,
  byOutlet: (code) => {
    const o = data.outletOf.get(code)
    return o === undefined ? undefined : Array.from(values.subarray(o * width, (o + 1) * width))
  }
})

/**
 * 购买 (认购+申购), 网银/手机银行 and 柜台 purchases, 赎回 (赎回+到期兑付), online and counter redemptions, in
 * 10⁻⁶ 万元, over trades with from <= time < until.
 */
export const historyFigures = (data: StatsData, period: WallPeriod): OutletFigures => {
  const sums = new Float64Array(data.outletCodes.length * HISTORY_FIGURES)
  const end = lowerBound(data.tradeTime, period.until)
  for (let i = lowerBound(data.tradeTime, period.from); i < end; i++) {
    const base = data.tradeOutlet[i]! * HISTORY_FIGURES
    const kind = data.tradeKind[i]!
    const amount = data.tradeAmount[i]!
    const redeem = (kind & 1) === 1 ? 3 : 0
    const channel = base + redeem + ((kind & 2) === 2 ? 2 : 1)
    sums[base + redeem] = sums[base + redeem]! + amount
    sums[channel] = sums[channel]! + amount
  }
  return perOutlet(data, sums, HISTORY_FIGURES)
}

/** Current holding balances: total, 保本, 非保本, 结构性, in 10⁻⁶ 万元. */
export const holdFigures = (data: StatsData): OutletFigures => perOutlet(data, data.hold, HOLD_FIGURES)

/**
 * Accounts, accounts with a successful sign-in in the period, and the rest. An outlet's accounts are the users
 * assigned to it; a sub-branch's are those of its outlets plus its own staff (users with no outlet). Bank-level
 * users belong to no row. `signedIn` holds the ids of users who signed in successfully during the period.
 */
export const loginFigures = (
  users: ReadonlyArray<User>,
  outletCodeOf: (outletId: number) => string | undefined,
  signedIn: ReadonlySet<number>
): OutletFigures => {
  const outlets = new Map<string, [number, number, number]>()
  const branches = new Map<number, [number, number, number]>()
  for (const u of users) {
    if (u.branchId === null) continue
    const code = u.outletId === null ? undefined : outletCodeOf(u.outletId)
    const key = code ?? u.branchId
    const map = (code === undefined ? branches : outlets) as Map<string | number, [number, number, number]>
    const f = map.get(key) ?? [0, 0, 0]
    f[0]++
    if (signedIn.has(u.id)) f[1]++
    else f[2]++
    map.set(key, f)
  }
  return { width: 3, byOutlet: (code) => outlets.get(code), byBranch: (id) => branches.get(id) }
}

/**
 * Conversion counts per outlet (DOMAIN.md §7): customers recommended (≥ 1 marketing record) and converted (a
 * 认购/申购 on or after their first record, inside the period), for the month and for the year: four numbers
 * [recommended month, converted month, recommended year, converted year]. `records` may hold records outside the
 * periods (they are skipped); customers without a portrait in the version count nowhere.
 */
export const conversionCounts = (
  data: StatsData,
  records: ReadonlyArray<MarketingRecord>,
  periods: { readonly month: WallPeriod; readonly year: WallPeriod },
  timeZone: string
): OutletFigures => {
  const n = data.outletOfCustomer.length
  const firstInMonth = new Float64Array(n).fill(Number.POSITIVE_INFINITY)
  const firstInYear = new Float64Array(n).fill(Number.POSITIVE_INFINITY)
  const { month, year } = periods
  for (const r of records) {
    const c = data.customerIndex.get(r.companyCode)
    if (c === undefined) continue
    const key = wallKeyOfMs(r.createTime, timeZone)
    if (key >= month.from && key < month.until && key < firstInMonth[c]!) firstInMonth[c] = key
    if (key >= year.from && key < year.until && key < firstInYear[c]!) firstInYear[c] = key
  }
  const counts = new Float64Array(data.outletCodes.length * 4)
  const count = (first: Float64Array, until: number, offset: number) => {
    for (let c = 0; c < n; c++) {
      const since = first[c]!
      if (since === Number.POSITIVE_INFINITY) continue
      const at = data.outletOfCustomer[c]! * 4 + offset
      counts[at] = counts[at]! + 1
      const times = data.purchases[c]!
      const i = lowerBound(times, since)
      if (i < times.length && times[i]! < until) counts[at + 1] = counts[at + 1]! + 1
    }
  }
  count(firstInMonth, month.until, 0)
  count(firstInYear, year.until, 2)
  return perOutlet(data, counts, 4)
}
