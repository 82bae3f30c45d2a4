/**
 * Only a bank admin changes the organisation: every other role is refused every organ/* mutation, and the
 * outlets stay as they were.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest"
import { type Harness, makeHarness } from "./support/harness.js"
import { signedInAs } from "./support/management.js"

let h: Harness
beforeEach(async () => {
  h = await makeHarness()
})
afterEach(() => h.close())

const as = signedInAs(() => h)

describe("non-admins may not change organisations", () => {
  const mutations: ReadonlyArray<readonly [string, Record<string, string>]> = [
    ["/api/organ/add", { outletName: "n", outletCode: "B1O9", branchCode: "B1", branchName: "城东支行" }],
    ["/api/organ/change_name", { outletCode: "B1O1", outletName: "改", branchName: "改" }],
    ["/api/organ/change_branch", { outletCode: "B1O1", branchCode: "B2" }],
    ["/api/organ/merge", { outletCode: "B1O2", newOutletCode: "B1O1" }],
    ["/api/organ/delete", { code: "B1O2" }]
  ]

  it.each(["bank_rm", "branch_admin", "outlet_rm", "branch_rm", "west_admin"])(
    "%s gets 10006/403 on add, change_name, change_branch, merge and delete, and nothing changes",
    async (username) => {
      const user = await as(username)
      for (const [path, body] of mutations) {
        const r = await user.post(path, body)
        expect({ path, status: r.status, code: r.json.code }).toEqual({ path, status: 403, code: 10006 })
      }
      const list = await (await as("admin")).get("/api/organ/list")
      expect(list.json.data.outletList).toEqual([
        expect.objectContaining({
          outletCode: "B1O1",
          outletName: "城东一网点",
          branchCode: "B1",
          branchName: "城东支行"
        }),
        expect.objectContaining({ outletCode: "B1O2", outletName: "城东二网点", branchCode: "B1" }),
        expect.objectContaining({ outletCode: "B2O1", branchCode: "B2" })
      ])
    }
  )
})
