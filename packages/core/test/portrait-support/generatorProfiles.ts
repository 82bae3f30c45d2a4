/**
 * Customer profiles of the synthetic trade generator: who trades when, in which direction, how much.
 *
 * Profiles cycle with the customer index, so even 200 customers cover every edge case of DOMAIN.md §3.
 */

export type Profile = "normal" | "late" | "early" | "borrowOnly" | "lendOnly" | "round" | "none"

const CYCLE: ReadonlyArray<Profile> = [
  "none",
  "early",
  "late",
  "late",
  "borrowOnly",
  "lendOnly",
  "round",
  ...Array<Profile>(13).fill("normal")
]

export interface PlannedCompany {
  readonly code: string
  readonly branchCode: string
  readonly outletCode: string
  readonly profile: Profile
  readonly accounts: number
  readonly firstAccount: number
  /** Active between these day numbers, inclusive. */
  readonly from: number
  readonly to: number
}

export interface Plan {
  readonly companies: ReadonlyArray<PlannedCompany>
  /** Running balance (fen) per account. */
  readonly balances: Float64Array
  /** Cumulative activity weights, for weighted picking. */
  readonly cumulative: Float64Array
  readonly ourBank: string
}

interface PlanOptions {
  readonly companies: number
  readonly branches: number
  readonly outletsPerBranch: number
  readonly ourBank: string
}

export const planCompanies = (
  rand: () => number,
  o: PlanOptions,
  firstDay: number,
  windowStart: number,
  endDay: number
): Plan => {
  const companies: Array<PlannedCompany> = []
  const cumulative = new Float64Array(o.companies)
  let accounts = 0
  let total = 0
  const between = (a: number, b: number) => a + Math.floor(rand() * (b - a + 1))
  for (let i = 0; i < o.companies; i++) {
    const profile = CYCLE[i % CYCLE.length]!
    const branch = i % o.branches
    const outlet = Math.floor(i / o.branches) % o.outletsPerBranch
    const [from, to] =
      profile === "early"
        ? [between(firstDay, firstDay + 60), between(windowStart - 40, windowStart - 1)]
        : profile === "late"
          ? [between(windowStart, endDay), endDay]
          : [between(firstDay, windowStart + 30), endDay]
    const n = 1 + Math.floor(rand() * 3)
    companies.push({
      code: `C${String(i).padStart(6, "0")}`,
      branchCode: `BR${branch}`,
      outletCode: `BR${branch}-O${outlet}`,
      profile,
      accounts: n,
      firstAccount: accounts,
      from,
      to
    })
    accounts += n
    total += profile === "none" ? 0 : 0.2 + rand() ** 3 * 5
    cumulative[i] = total
  }
  const balances = Float64Array.from({ length: accounts }, () => Math.round(rand() * 1e8))
  return { companies, balances, cumulative, ourBank: o.ourBank }
}

/** A customer active on `day`, by activity weight; −1 after many misses (the day gets a row fewer). */
export const pickCompany = (rand: () => number, plan: Plan, day: number): number => {
  const { cumulative, companies } = plan
  for (let attempt = 0; attempt < 64; attempt++) {
    const target = rand() * cumulative[cumulative.length - 1]!
    let lo = 0
    let hi = cumulative.length - 1
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (cumulative[mid]! > target) hi = mid
      else lo = mid + 1
    }
    const c = companies[lo]!
    if (day >= c.from && day <= c.to) return lo
  }
  return -1
}
