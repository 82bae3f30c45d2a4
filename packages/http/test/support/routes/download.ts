/**
 * Route table entries of the exports (下载数据): create_download, download_list and get_download (on a finished
 * export of type 8 the setup makes and waits for).
 */
import { loadWealth } from "../bankData.js"
import { waitDone } from "../exports.js"
import type { Harness } from "../harness.js"
import type { RouteSpec } from "./index.js"
import { pageMistyped } from "./mistyped.js"

const taskIds = new WeakMap<Harness, string>()

const withExport = async (h: Harness) => {
  const token = await loadWealth(h)
  const r = await h.call("POST", "/api/download/create_download", { token, body: { type: 8, info: {} } })
  await waitDone(h, token, r.json.data.taskId)
  taskIds.set(h, r.json.data.taskId)
}

export const downloadRoutes: ReadonlyArray<RouteSpec> = [
  {
    method: "POST",
    path: "/api/download/create_download",
    caller: "admin",
    required: ["type"],
    optional: ["info"],
    setup: async (h) => {
      await loadWealth(h)
    },
    valid: () => ({ type: 5, info: { keyword: "C1" } }),
    mistyped: [
      ["type", 0],
      ["type", 23],
      ["type", "x"],
      ["type", 1.5],
      ["info", "{oops"],
      ["info", [1]],
      ["info", 5]
    ]
  },
  {
    method: "GET",
    path: "/api/download/download_list",
    caller: "admin",
    required: [],
    optional: ["page", "count"],
    valid: () => ({ page: "1", count: "10" }),
    mistyped: pageMistyped
  },
  {
    method: "GET",
    path: "/api/download/get_download",
    caller: "admin",
    required: ["taskId"],
    optional: [],
    file: true,
    setup: withExport,
    valid: (h) => ({ taskId: taskIds.get(h) ?? "none" }),
    mistyped: [["taskId", "x".repeat(65)]]
  }
]
