/**
 * 产品匹配 (DOMAIN.md §5): suitability and feasibility, the 0–100 score with reasons, the per-version market
 * index, and the rankings and search form built on it.
 */

export * from "./Eligibility.js"
export { FEATURES } from "./Learned/Features.js"
export type { LearnedStatus, SegmentStatus } from "./Learned/Learn.js"
export * from "./MarketIndex.js"
export * from "./MatchingConfig.js"
export * from "./MatchingService.js"
export * from "./MatchTypes.js"
export * from "./PairScore.js"
export * from "./Ranking.js"
export * from "./Score.js"
export * from "./SearchForm.js"
