/**
 * The matching rules (DOMAIN.md §5): two hard filters and a 0–100 score with its reasons. Scalar functions,
 * so the per-customer path (portrait `recommand`) and the bulk path (ranking 100,000 customers) share them.
 */
import { cycleBuckets } from "../Preferences/PreferenceLabels.js"
import type { MatchingConfig } from "./MatchingConfig.js"
import type { MatchFacts, MatchProduct } from "./MatchTypes.js"

/** 适当性: never a product above the customer's risk tolerance. */
export const suitable = (tolerance: number, productRisk: number): boolean => productRisk <= tolerance

/** Feasibility: the starting amount must not exceed what the customer can invest. */
export const feasible = (capacityYuan: number, startingYuan: number): boolean => startingYuan <= capacityYuan

const clamp01 = (x: number) => Math.max(0, Math.min(1, x))

/** 1 at the tolerance, falling by `riskStepDown` per level below it. */
export const riskCloseness = (tolerance: number, productRisk: number, config: MatchingConfig): number =>
  clamp01(1 - (tolerance - productRisk) * config.riskStepDown)

export const termCloseness = (cycle: number, termBucket: number, config: MatchingConfig): number =>
  config.termClosenessByDistance[Math.abs(cycle - termBucket)] ?? 0

/** 1 at or above the preferred minimum rate, falling linearly below it; neutral without a preference. */
export const rateFit = (rateMin: number, rate: number, config: MatchingConfig): number =>
  Number.isNaN(rateMin)
    ? config.neutralRate
    : rate >= rateMin
      ? 1
      : clamp01(1 - (rateMin - rate) / config.rateFalloffPoints)

/** 1 while the starting amount is a small share of the funds, falling linearly to 0 at all of them. */
export const amountFit = (capacityYuan: number, startingYuan: number, config: MatchingConfig): number => {
  if (startingYuan <= 0) return 1
  if (!(capacityYuan > 0)) return 0
  const share = startingYuan / capacityYuan
  const comfort = config.comfortableAmountShare
  return share <= comfort ? 1 : clamp01((1 - share) / (1 - comfort))
}

/** The 0–100 score (one decimal) of a suitable, feasible pair; the caller applies the hard filters first. */
export const scoreOf = (c: MatchFacts, p: MatchProduct, config: MatchingConfig, total = totalWeight(config)): number =>
  scoreOfFacts(c.tolerance, c.cycle, c.rateMin, c.capacityYuan, p, config, total)

/** `scoreOf` on scalar facts, so ranking 100,000 customers allocates nothing per customer. */
export const scoreOfFacts = (
  tolerance: number,
  cycle: number,
  rateMin: number,
  capacityYuan: number,
  p: MatchProduct,
  config: MatchingConfig,
  total: number
): number => {
  const w = config.weights
  const sum =
    w.risk * riskCloseness(tolerance, p.risk, config) +
    w.term * termCloseness(cycle, p.termBucket, config) +
    w.rate * rateFit(rateMin, p.row.expectedRate, config) +
    w.amount * amountFit(capacityYuan, p.startingYuan, config) +
    w.popularity * p.popularity
  return total > 0 ? Math.round((sum / total) * 1000) / 10 : 0
}

export const totalWeight = (config: MatchingConfig): number => {
  const w = config.weights
  return w.risk + w.term + w.rate + w.amount + w.popularity
}

const wanText = (yuan: number) => `${Math.round(yuan / 100) / 100}万元`

/** Why the product fits, in the words a relationship manager would use with the customer. */
export const reasonsOf = (c: MatchFacts, p: MatchProduct, config: MatchingConfig): Array<string> => {
  const reasons = [
    p.risk === c.tolerance
      ? `风险等级${p.row.riskLevel}，与客户风险承受能力（R${c.tolerance}）一致`
      : `风险等级${p.row.riskLevel}，在客户承受范围内（R${c.tolerance}）`
  ]
  const term = termCloseness(c.cycle, p.termBucket, config)
  const cycle = cycleBuckets[c.cycle]
  if (p.termBucket === c.cycle) reasons.push(`期限${p.row.termDays}天，符合周期偏好（${cycle}）`)
  else if (term > 0) reasons.push(`期限${p.row.termDays}天，接近周期偏好（${cycle}）`)
  if (!Number.isNaN(c.rateMin) && p.row.expectedRate >= c.rateMin) {
    reasons.push(`预期收益率${p.row.expectedRate}%，不低于客户偏好（${c.rateMin}%起）`)
  }
  if (amountFit(c.capacityYuan, p.startingYuan, config) === 1) {
    reasons.push(`起购${p.row.startingAmount}万元，远低于可投资金（${wanText(c.capacityYuan)}）`)
  }
  if (p.purchases > 0) reasons.push(`本行客户已购买${p.purchases}笔`)
  return reasons
}
