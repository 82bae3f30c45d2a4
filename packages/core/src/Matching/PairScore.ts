/**
 * The score and reasons of one (customer, product) pair the hard rules allow on D — learned when the index
 * learned, else the rules — shared by `match` and `recommand`, and each product's cached column of scores.
 */
import { allowed } from "./Eligibility.js"
import { learnedReasons, usesRules } from "./Learned/Reasons.js"
import { learnedScore, utilityAt } from "./Learned/Scorer.js"
import { factsAt, type MarketIndex } from "./MarketIndex.js"
import type { MatchingConfig } from "./MatchingConfig.js"
import { reasonsOf, scoreOfFacts, totalWeight } from "./Score.js"

/** The 0–100 score of a pair the hard rules allow on D: learned when the index learned, else the rules. */
export const pairScore = (index: MarketIndex, i: number, k: number, config: MatchingConfig): number => {
  const sc = index.scorer
  if (sc !== null) return learnedScore(utilityAt(sc, i, k), sc.normaliser[i]!)
  const p = index.products[k]!
  return scoreOfFacts(
    index.tolerance[i]!,
    index.cycle[i]! - 1,
    index.rateMin[i]!,
    index.capacity[i]!,
    p,
    config,
    totalWeight(config)
  )
}

/** Why the pair fits, in Chinese, true of the data the score read. */
export const pairReasons = (index: MarketIndex, i: number, k: number, config: MatchingConfig): Array<string> => {
  const sc = index.scorer
  const facts = factsAt(index, i)
  if (sc === null || usesRules(sc, i)) return reasonsOf(facts, index.products[k]!, config)
  return learnedReasons(sc, i, k, facts, index.products, config.learning.recentDays)
}

export const NOT_ALLOWED = 0xffff
// A learned score costs a feature row per pair, so each product's column of scaled scores (NOT_ALLOWED where a
// hard rule excludes the pair) is computed on its first ranking and kept with the index: 2 bytes a customer.
const columns = new WeakMap<MarketIndex, Map<number, Uint16Array>>()
export const learnedColumn = (index: MarketIndex, k: number, day: string, config: MatchingConfig): Uint16Array => {
  let byProduct = columns.get(index)
  if (byProduct === undefined) {
    byProduct = new Map()
    columns.set(index, byProduct)
  }
  let column = byProduct.get(k)
  if (column === undefined) {
    column = new Uint16Array(index.size)
    for (let i = 0; i < index.size; i++) {
      column[i] = allowed(index, i, k, day) ? Math.round(pairScore(index, i, k, config) * 10) : NOT_ALLOWED
    }
    byProduct.set(k, column)
  }
  return column
}
