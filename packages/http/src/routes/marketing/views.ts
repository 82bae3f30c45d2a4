/** The marketing record as the routes answer it. */
import type { MarketingRecord } from "@wm/core"
import { Schema } from "effect"
import { dateTimeText } from "../../api/time.js"

export const tag = "营销记录"

export const MarketingRow = Schema.Struct({
  id: Schema.String.annotations({ description: "营销记录id" }),
  type: Schema.Int.annotations({ description: "营销情况 0–5" }),
  name: Schema.String.annotations({ description: "营销人员 (the author's name)" }),
  remark: Schema.String.annotations({ description: "详细" }),
  createTime: Schema.String.annotations({ description: "营销时间, YYYY-MM-DD HH:mm:ss in the bank's time zone" }),
  code: Schema.String.annotations({ description: "企业编号" }),
  updateTime: Schema.String.annotations({ description: "last change, YYYY-MM-DD HH:mm:ss" })
}).annotations({ identifier: "MarketingRecord" })

export const marketingRow = (r: MarketingRecord): typeof MarketingRow.Type => ({
  id: r.id,
  type: r.type,
  name: r.authorName,
  remark: r.remark,
  createTime: dateTimeText(r.createTime),
  code: r.companyCode,
  updateTime: dateTimeText(r.updatedAt)
})
