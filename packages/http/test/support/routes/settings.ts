/**
 * Route table entries of the portrait analysis settings (画像分析设置), our own route beside the API document.
 */
import type { RouteSpec } from "./index.js"

export const settingsRoutes: ReadonlyArray<RouteSpec> = [
  {
    method: "GET",
    path: "/api/settings/analysis",
    caller: "admin",
    required: [],
    optional: [],
    valid: () => ({}),
    mistyped: []
  },
  {
    method: "POST",
    path: "/api/settings/analysis",
    caller: "admin",
    required: [],
    optional: ["analysisDate", "lowThreshold", "mediumThreshold", "ourBankCodes"],
    valid: () => ({ analysisDate: null, lowThreshold: 0.25 }),
    mistyped: [
      ["analysisDate", 20260101],
      ["analysisDate", "2026-02-30"],
      ["analysisDate", "yesterday"],
      ["lowThreshold", "x"],
      ["lowThreshold", null],
      ["lowThreshold", -0.1],
      ["lowThreshold", 0.12345],
      ["mediumThreshold", 11],
      ["mediumThreshold", 0.1],
      ["ourBankCodes", "OURBANK"],
      ["ourBankCodes", [""]]
    ]
  }
]
