/**
 * The small pure rules behind 金额偏好, 周期偏好 and 风险偏好 (DOMAIN.md §4): medians, bucket edges, counts.
 */
import type { FluctuationDegree } from "../Portrait/PortraitTypes.js"
import type { PreferenceConfig } from "./PreferenceConfig.js"
import {
  type AmountBucket,
  amountBuckets,
  type CycleBucket,
  cycleBuckets,
  type RiskPreference
} from "./PreferenceLabels.js"

/** Median; for an even count the mean of the two middle values. NaN for none. Does not reorder `values`. */
export const median = (values: ReadonlyArray<number>): number => {
  if (values.length === 0) return Number.NaN
  const sorted = Float64Array.from(values).sort()
  const mid = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/** 金额偏好 of an amount in 万元; an edge belongs to the bucket above it (50 → 50-100万). */
export const amountBucket = (wan: number, config: PreferenceConfig): AmountBucket => {
  let i = 0
  while (i < config.amountEdgesWan.length && wan >= config.amountEdgesWan[i]!) i++
  return amountBuckets[i]!
}

/** 周期偏好 of a term in days; an edge belongs to the bucket below it (90 → 3个月以内, 365 → 6-12个月). */
export const cycleBucket = (days: number, config: PreferenceConfig): CycleBucket => {
  let i = 0
  while (i < config.cycleEdgesDays.length && days > config.cycleEdgesDays[i]!) i++
  return cycleBuckets[i]!
}

/** Not bought: 高 → 3个月以内, 中 → 3-6个月, 低 → 6-12个月; 无 or no monthly balance → the configured default. */
export const cycleOfFluctuation = (degree: FluctuationDegree | null, config: PreferenceConfig): CycleBucket =>
  degree === "高"
    ? "3个月以内"
    : degree === "中"
      ? "3-6个月"
      : degree === "低"
        ? "6-12个月"
        : config.cycleWithoutFluctuation

/** 1–5 of 'R1'…'R5', null for anything else (no rating, or an unknown product). */
export const riskOfLevel = (level: string | null | undefined): RiskPreference | null => {
  if (level === null || level === undefined || level.length !== 2 || level[0] !== "R") return null
  const n = level.charCodeAt(1) - 48
  return n >= 1 && n <= 5 ? (n as RiskPreference) : null
}

/**
 * Bought: the highest risk level bought at least twice (counting purchases, so one product bought twice
 * counts twice), else the highest bought. `counts[r]` = purchases of risk r (index 1–5). Null when none.
 */
export const riskOfPurchases = (counts: ArrayLike<number>): RiskPreference | null => {
  for (let r = 5; r >= 1; r--) if ((counts[r] ?? 0) >= 2) return r as RiskPreference
  for (let r = 5; r >= 1; r--) if ((counts[r] ?? 0) >= 1) return r as RiskPreference
  return null
}

/** The key with the highest count; a tie goes to the key counted first (upload order). Null for none. */
export const mostUsed = (counts: ReadonlyMap<string, number> | undefined): string | null => {
  if (counts === undefined) return null
  let best: string | null = null
  let bestCount = 0
  for (const [key, count] of counts) {
    if (count > bestCount) {
      best = key
      bestCount = count
    }
  }
  return best
}
