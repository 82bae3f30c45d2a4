/**
 * Route table entries of the data routes (上传数据, 计算并更新) and the organisation file's update.
 */
import { organizationCsv, uploadRight } from "../bankData.js"
import type { RouteSpec } from "./index.js"
import { typeMistyped } from "./mistyped.js"

export const dataRoutes: ReadonlyArray<RouteSpec> = [
  {
    method: "POST",
    path: "/api/updatedatainitialize",
    caller: "admin",
    required: ["type"],
    optional: [],
    valid: () => ({ type: "company" }),
    mistyped: typeMistyped
  },
  {
    method: "POST",
    path: "/api/upload_update_data",
    caller: "admin",
    required: ["file"],
    optional: ["type"],
    multipart: true,
    valid: () => ({ type: "organization", file: new File([organizationCsv], "organization.csv") }),
    mistyped: [...typeMistyped, ["file", "organization.csv"], ["file", 5]]
  },
  {
    method: "GET",
    path: "/api/updatedatastatus/all",
    caller: "admin",
    required: [],
    optional: [],
    valid: () => ({}),
    mistyped: []
  },
  {
    method: "POST",
    path: "/api/updatedatabutton",
    caller: "admin",
    required: ["type", "ids"],
    optional: ["force"],
    setup: async (h) => {
      await uploadRight(h, await h.signIn("admin"), "organization", organizationCsv)
    },
    // The first file a fresh bank stages has id 1.
    valid: () => ({ type: "organization", ids: ["1"] }),
    // A wrong element is reported on its position (ids.0): see data.test.ts.
    mistyped: [...typeMistyped, ["ids", "1,x"], ["ids", { 0: 1 }], ["ids", null], ["force", "yes"]]
  },
  {
    method: "GET",
    path: "/api/organ/status",
    caller: "admin",
    required: [],
    optional: [],
    valid: () => ({}),
    mistyped: []
  },
  {
    method: "POST",
    path: "/api/organ/update",
    caller: "admin",
    required: [],
    optional: [],
    valid: () => ({}),
    mistyped: []
  }
]
