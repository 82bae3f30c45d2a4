/**
 * Route table entry of the audit trail (审计日志).
 */
import type { RouteSpec } from "./index.js"
import { pageMistyped } from "./mistyped.js"

const millisMistyped = (field: string) =>
  [
    [field, "x"],
    [field, "-1"],
    [field, "1.5"]
  ] as const

export const auditRoutes: ReadonlyArray<RouteSpec> = [
  {
    method: "GET",
    path: "/api/audit",
    caller: "admin",
    required: [],
    optional: ["userId", "kind", "start", "end", "page", "count"],
    valid: (h) => ({
      userId: String(h.staff.admin.id),
      kind: "sign_in,sign_in_failed",
      start: "0",
      end: String(h.clock.now()),
      page: "1",
      count: "20"
    }),
    mistyped: [
      ["userId", "x"],
      ["userId", "0"],
      ["kind", "not_a_kind"],
      ["kind", "sign_in,nope"],
      ...millisMistyped("start"),
      ...millisMistyped("end"),
      ...pageMistyped
    ]
  }
]
