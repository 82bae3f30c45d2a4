/**
 * Export tasks (下载数据, DOMAIN.md §9): a user's request for the whole of one list as an XLSX file, run in the
 * background. The task record is plain JSON-safe data (a RecordTable row on the embedded store, a document on
 * MongoDB); the file lives apart, under the task's `fileKey` in the export file store.
 */

/** The 21 export types of the API document, by number, and ours after them. */
export const exportTypeNames = {
  1: "已购买价值客户",
  2: "未购买潜力客户",
  3: "产品推荐客户",
  4: "理财到期预警",
  5: "持有产品查询",
  6: "流水交易查询",
  7: "今日在售理财产品",
  8: "我行在售理财产品",
  9: "同行在售理财产品",
  10: "当前持有产品统计",
  11: "历史购买产品统计",
  12: "转化率统计",
  13: "登录数据统计",
  14: "未登录详情",
  15: "上市企业",
  16: "转化率统计-导出本月新增",
  17: "转化率统计-导出本年新增",
  18: "搜索客户",
  19: "营销按月",
  20: "营销按年",
  21: "登录详情",
  /** Ours, after the document's 21: the audit trail (GET /api/audit) for bank and sub-branch admins. */
  22: "审计日志"
} as const

export type ExportType = keyof typeof exportTypeNames

export type ExportState = "queued" | "running" | "done" | "failed"

export interface ExportTask {
  readonly id: string
  readonly userId: number
  readonly username: string
  readonly type: number
  /** The list's own parameters, as validated. */
  readonly info: Readonly<Record<string, unknown>>
  readonly state: ExportState
  /** Why a failed task failed (a sentence for the user, never a stack). */
  readonly reason: string | null
  /** Rows written so far and, once known, in all. */
  readonly rows: number
  readonly totalRows: number | null
  /** The file's name for the user (`<type name>-<time>.xlsx`) and its key in the file store. */
  readonly fileName: string
  readonly fileKey: string
  readonly createdAt: number
  readonly startedAt: number | null
  readonly finishedAt: number | null
  /**
   * The runner instance that holds a running task and until when (epoch ms); it renews the claim while it works.
   * A claim past its time is an instance that stopped: another takes the task over. Absent on tasks never run.
   */
  readonly claim?: ExportClaim | null
  /** How many times a runner started the task (a task interrupted too often is marked failed). */
  readonly attempts?: number
}

export interface ExportClaim {
  readonly owner: string
  readonly until: number
}
