/**
 * Reasons of a learned score, in Chinese: the hard-rule statement first, then the facts behind the features that
 * raised this pair's score most (largest weight × value first), each a statement true of the data.
 */
import { cycleBuckets } from "../../Preferences/PreferenceLabels.js"
import type { MatchFacts, MatchProduct } from "../MatchTypes.js"
import { amountFit, termCloseness } from "../Score.js"
import { NO_TYPE } from "./Columns.js"
import { FEATURE_COUNT, FEATURES } from "./Features.js"
import { featureUtilityAt, type LearnedScorer } from "./Scorer.js"
import { startShare, termSums } from "./Segment.js"
import { segmentLift } from "./Segments.js"
import { productAt, productShareAt, RISK, TERM, TYPE } from "./Summary.js"

const at = (name: (typeof FEATURES)[number]) => FEATURES.indexOf(name)
const pct = (share: number) => `${Math.round(share * 100)}%`
const wanText = (yuan: number) => `${Math.round(yuan / 100) / 100}万元`

/** The product the customer bought whose buyers most often also bought k, with how many did. */
const closestCoPurchase = (sc: LearnedScorer, i: number, k: number) => {
  const s = sc.summaries[i]!
  const m = sc.learned.moment
  const P = sc.products.size
  let best = -1
  let bestValue = 0
  for (let j = 0; j < s.productCount; j++) {
    const q = productAt(s, j)
    const both = q === k || m.co === null ? 0 : m.co[q * P + k]!
    const value = both > 0 ? (productShareAt(s, j) * both) / Math.sqrt(m.buyers[q]! * m.buyers[k]!) : 0
    if (value > bestValue) {
      best = q
      bestValue = value
    }
  }
  return best < 0 || m.co === null ? null : { product: best, customers: m.co[best * P + k]! }
}

export const learnedReasons = (
  sc: LearnedScorer,
  i: number,
  k: number,
  facts: MatchFacts,
  products: ReadonlyArray<MatchProduct>,
  recentDays: number
): Array<string> => {
  featureUtilityAt(sc, i, k)
  const s = sc.summaries[i]!
  const w = sc.learned.weights[s.count > 0 ? 1 : 0]
  const c = (...names: Array<(typeof FEATURES)[number]>) =>
    names.reduce((sum, name) => sum + w[at(name)]! * sc.x[at(name)]!, 0)
  const p = products[k]!
  const row = p.row
  // Every true fact with what its features added to this pair's utility; those that raised it are the reasons.
  const candidates: Array<{ readonly by: number; readonly text: string }> = []
  const add = (by: number, text: string) => {
    candidates.push({ by, text })
  }
  const risk = s.levels[RISK + p.risk]!
  if (risk > 0)
    add(
      c("h·riskShare", "h·riskEvidence", "h·riskFavourite", "riskPosterior"),
      `客户近期购买${risk >= 0.5 ? "以" : "中有"}${row.riskLevel}产品${risk >= 0.5 ? "为主" : ""}（约${pct(risk)}）`
    )
  const term = s.levels[TERM + p.termBucket]!
  if (term > 0)
    add(
      c("h·termShare", "h·termEvidence", "h·termFavourite", "termPosterior"),
      `期限${row.termDays}天，客户近期购买多在${cycleBuckets[p.termBucket]}（约${pct(term)}）`
    )
  if (s.count > 0 && row.expectedRate >= s.minRate) {
    add(
      c("h·rateVsBought", "h·rateAtLeastMinBought"),
      `预期收益率${row.expectedRate}%，不低于客户已购产品（${s.minRate}%起）`
    )
  }
  if (sc.x[at("h·boughtBefore")]! > 0) add(c("h·boughtBefore"), "客户曾购买过该产品")
  const co = s.count > 0 ? closestCoPurchase(sc, i, k) : null
  if (co !== null)
    add(c("h·coPurchase"), `购买过${products[co.product]!.row.productName}的客户中有${co.customers}家也购买了该产品`)
  if (s.count === 0 && termCloseness(s.cycle, p.termBucket, sc.config) > 0) {
    const same = p.termBucket === s.cycle
    add(c("cold·termFit"), `期限${row.termDays}天，${same ? "符合" : "接近"}周期偏好（${cycleBuckets[s.cycle]}）`)
  }
  const m = sc.learned.moment
  // A product's intercept is fitted from how often the bank's customers chose it: its purchases are what it says.
  const appeal = Math.max(0, sc.learned.intercepts[s.count > 0 ? 1 : 0][k] ?? 0)
  const popularity = c("cold·recentPopularity", "recentPopularity", "popularity") + appeal
  if (m.recent[k]! > 0) add(popularity, `近${recentDays}天本行客户购买${m.recent[k]}笔`)
  else if (m.total[k]! > 0) add(popularity, `本行客户已购买${m.total[k]}笔`)
  if (amountFit(facts.capacityYuan, p.startingYuan, sc.config) === 1) {
    add(
      c("amountFit", "startVsFunds"),
      `起购${row.startingAmount}万元，远低于可投资金（${wanText(facts.capacityYuan)}）`
    )
  }
  newReasons(sc, i, k, products, c, add)
  const first =
    p.risk === facts.tolerance
      ? `风险等级${row.riskLevel}，与客户风险承受能力（R${facts.tolerance}）一致`
      : `风险等级${row.riskLevel}，在客户承受范围内（R${facts.tolerance}）`
  candidates.sort((a, b) => b.by - a.by)
  const found = candidates.filter((f) => f.by > 1e-6)
  // Nothing stood out (a customer without purchases, say): the one fact that weighed most, still true of the data.
  return [first, ...(found.length > 0 ? found : candidates).slice(0, found.length > 0 ? 4 : 1).map((f) => f.text)]
}

/** The segment of customer i kept the rules (only the rule score has a weight). */
export const usesRules = (sc: LearnedScorer, i: number): boolean => {
  const w = sc.learned.weights[sc.summaries[i]!.count > 0 ? 1 : 0]
  for (let f = 0; f < FEATURE_COUNT - 1; f++) if (w[f] !== 0) return false
  return true
}

/** Scratch for a pair's term sums (Segment.termSums). */
const terms = new Float64Array(2)

/**
 * Reasons of the segment, product type, launch, ticket-size, exact-term and co-purchase-segment features: facts of
 * the data.
 */
const newReasons = (
  sc: LearnedScorer,
  i: number,
  k: number,
  products: ReadonlyArray<MatchProduct>,
  c: (...names: Array<(typeof FEATURES)[number]>) => number,
  add: (by: number, text: string) => void
) => {
  const s = sc.summaries[i]!
  const m = sc.learned.moment
  const p = products[k]!
  const row = p.row
  const t = sc.tolerance[i]!
  if (s.count === 0) {
    let all = 0
    for (let r = 1; r <= 5; r++) all += m.segRisk[t * 6 + r]!
    const same = m.segRisk[t * 6 + p.risk]!
    if (same > 0)
      add(
        c("riskPosterior", "cold·riskSegment"),
        `风险承受能力同为R${t}的客户，所购产品中${row.riskLevel}约占${pct(same / all)}`
      )
  }
  const type = sc.products.type[k]!
  const typeShare = type < NO_TYPE && s.count > 0 ? s.levels[TYPE + type]! : 0
  if (typeShare > 0)
    add(
      c("h·typeShare", "h·typeEvidence", "h·typeFavourite", "h·typeShare×depth"),
      `客户近期购买${typeShare >= 0.5 ? "以" : "中有"}${row.productType}产品${typeShare >= 0.5 ? "为主" : ""}（约${pct(typeShare)}）`
    )
  const age = sc.learned.moment.day - sc.products.saleFrom[k]!
  if (age >= 0 && age <= 90)
    add(c("launchRecency30", "launchRecency90", "launchRecency365"), `新发产品（${row.salesStart}起售）`)
  const ticket = startShare(s, sc.products, k)
  if (s.count > 0 && ticket > 0)
    add(
      c("h·startShare", "h·startDistance"),
      `起购${row.startingAmount}万元，与客户近期所购产品的起购金额相同（约${pct(ticket)}）`
    )
  if (s.count > 0) {
    termSums(s, sc.products, k, terms)
    if (terms[0]! > 0)
      add(
        c("h·termExactShare", "h·termDistance"),
        `期限${row.termDays}天，与客户近期所购产品的期限相同（约${pct(terms[0]!)}）`
      )
  }
  if (m.segments !== null && s.count > 0) {
    const lift = segmentLift(m.segments, s, k)
    if (lift > Math.log(1.5))
      add(
        c("h·segmentLift", "h·segmentLift×depth"),
        `购买习惯与客户相近的客户中，该产品的购买占比约为全行的${Math.round(Math.exp(lift) * 10) / 10}倍`
      )
  }
}
