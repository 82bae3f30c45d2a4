/**
 * Corporate customers (企业客户) with their hidden preferences. Firm size is log-normal, so most firms are
 * small and a few are very large, and size drives how many accounts, transactions and purchases they have.
 */
import { companyName, INDUSTRIES, type LegalForm, landline, mobilePhone, personName } from "./names.js"
import { OUTLETS } from "./organization.js"
import { Rng } from "./rng.js"
import type { Customer, Cycle, HiddenPreference, ProductType, Risk, WealthChannel } from "./types.js"

const RISKS: ReadonlyArray<Risk> = [1, 2, 3, 4, 5]
const CYCLES: ReadonlyArray<readonly [number, Cycle, number]> = [
  [45, "3个月以内", 0.75],
  [150, "3-6个月", 0.35],
  [300, "6-12个月", 0.12],
  [730, "1年以上", 0.08]
]
const CHANNELS: ReadonlyArray<WealthChannel> = ["网银", "手机银行", "柜台"]
const TYPES: ReadonlyArray<ProductType> = ["保本", "非保本", "结构性"]

// The 营业部 of each sub-branch serves more firms than a street outlet.
const OUTLET_WEIGHTS = OUTLETS.map((o) => (o.outletNo === 1 ? 1.6 : 1 + 0.1 * ((o.branchNo * 7 + o.outletNo * 3) % 5)))

const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x))
const round = (x: number, decimals: number): number => Math.round(x * 10 ** decimals) / 10 ** decimals

const preferenceOf = (rng: Rng, typicalBalance: number): HiddenPreference => {
  // Larger firms have a treasury that buys wealth products; many small ones never do.
  const buyer = rng.chance(0.3 + 0.45 / (1 + Math.exp(-Math.log(typicalBalance / 1e6))))
  const riskAppetite = rng.weighted(RISKS, [0.15, 0.35, 0.3, 0.13, 0.07])
  const [preferredTermDays, preferredCycle, volatility] = rng.weighted(CYCLES, [0.3, 0.3, 0.25, 0.15])
  const typeWeights = riskAppetite <= 2 ? [0.6, 0.1, 0.3] : riskAppetite === 3 ? [0.15, 0.5, 0.35] : [0.02, 0.73, 0.25]
  return {
    buyer,
    riskAppetite,
    preferredTermDays,
    preferredCycle,
    preferredProductType: rng.weighted(TYPES, typeWeights),
    preferredChannel: rng.weighted(CHANNELS, [0.45, 0.3, 0.25]),
    purchasesPerYear: round(clamp(rng.logNormal(Math.log(2.5), 0.5), 0.5, 12), 1),
    typicalAmountWan: Math.max(1, round((typicalBalance * rng.range(0.15, 0.5)) / 10_000, 1)),
    typicalBalance: Math.round(typicalBalance),
    inBankShare: round(0.1 + (0.8 * (rng.next() + rng.next())) / 2, 2),
    // Firms that like short terms are the ones whose cash swings: a learnable link for not-bought customers.
    balanceVolatility: round(volatility * rng.range(0.8, 1.2), 2)
  }
}

const ratingOf = (rng: Rng, appetite: Risk): Risk | null => {
  if (rng.chance(0.15)) return null
  const shift = rng.weighted([0, 1, -1], [0.7, 0.2, 0.1])
  return clamp(appetite + shift, 1, 5) as Risk
}

const legalForm = (rng: Rng, listed: boolean, size: number): LegalForm => {
  if (listed) return "股份有限公司"
  if (size >= 5e7) return rng.weighted<LegalForm>(["集团有限公司", "股份有限公司", "有限公司"], [0.4, 0.3, 0.3])
  return rng.weighted<LegalForm>(["有限公司", "有限责任公司", "股份有限公司"], [0.7, 0.25, 0.05])
}

/** Number of customers linked to a listed company: about 1.5 % of them, the largest firms. */
export const listedCustomerCount = (customers: number, listedIds: number): number =>
  Math.min(listedIds, Math.max(1, Math.round(customers * 0.015)))

export const makeCustomers = (seed: number, count: number, listedIds: ReadonlyArray<string>): Array<Customer> => {
  const rngs = Array.from({ length: count }, (_, i) => Rng.derive(seed, "customer", i))
  const sizes = rngs.map((rng) => clamp(rng.logNormal(Math.log(2e6), 1.5), 2e4, 8e8))
  const bySize = sizes.map((s, i) => [s, i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1])
  const listedOf = new Map<number, string>()
  for (const [k, [, i]] of bySize.slice(0, listedCustomerCount(count, listedIds.length)).entries()) {
    listedOf.set(i, listedIds[k]!)
  }
  const names = new Set<string>()
  return rngs.map((rng, i) => {
    const size = sizes[i]!
    const listedCompanyId = listedOf.get(i) ?? null
    const industry = rng.pick(INDUSTRIES)
    const form = legalForm(rng, listedCompanyId !== null, size)
    let name = companyName(rng, industry, form)
    while (names.has(name)) name = companyName(rng, industry, form)
    names.add(name)
    const pref = preferenceOf(rng, size)
    return {
      index: i,
      code: `C${String(i + 1).padStart(6, "0")}`,
      name,
      industry,
      outlet: rng.weighted(OUTLETS, OUTLET_WEIGHTS),
      linkman: personName(rng),
      contact: rng.chance(0.85) ? mobilePhone(rng) : landline(rng),
      riskRating: ratingOf(rng, pref.riskAppetite),
      listedCompanyId,
      pref
    }
  })
}
