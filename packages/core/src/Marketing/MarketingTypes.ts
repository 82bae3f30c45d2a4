/**
 * Marketing records (营销记录) and focus lists (重点关注) as stored (DOMAIN.md §7, §1): plain JSON-safe records, so
 * the embedded store keeps them in a RecordTable without a codec and MongoDB as ordinary documents.
 */
import { Schema } from "effect"

/** 营销情况: 0 电话营销, 1 上门拜访, 2 线上触达, 3 有购买意向, 4 已成交, 5 无意向. */
export const MarketingType = Schema.Literal(0, 1, 2, 3, 4, 5)
export type MarketingType = typeof MarketingType.Type

export const marketingTypeLabels: Record<MarketingType, string> = {
  0: "电话营销",
  1: "上门拜访",
  2: "线上触达",
  3: "有购买意向",
  4: "已成交",
  5: "无意向"
}

/** 详细: at most this many characters. */
export const MAX_REMARK = 500

export interface MarketingRecord {
  readonly id: string
  readonly companyCode: string
  readonly type: MarketingType
  readonly remark: string
  /** 营销时间: when the contact happened (epoch ms), as the author gave it. */
  readonly createTime: number
  /** The author (营销人员): user id and display name at the time of writing. */
  readonly authorId: number
  readonly authorName: string
  /** When the record was written and last changed (epoch ms), and by whom. */
  readonly createdAt: number
  readonly updatedAt: number
  readonly updatedBy: number
}

/** One customer on one user's focus list, since `createdAt` (epoch ms). */
export interface FocusEntry {
  readonly userId: number
  readonly companyCode: string
  readonly createdAt: number
}
