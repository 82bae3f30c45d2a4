/**
 * 更新数据 of an organization file: the applied file is the whole organisation tree. Outlets it leaves out are
 * removed, unless customers or users still belong to them: then the apply is refused and nothing changes.
 */
import { afterEach, describe, expect, it } from "vitest"
import { loadBank, organizationCsv, uploadAndApply } from "./support/bankData.js"
import { type Harness, makeHarness } from "./support/harness.js"
import { expectCode, outletCodes } from "./support/management.js"

let h: Harness
afterEach(() => h.close())

const header = "branchCode,branchName,outletCode,outletName"
const list = async (token: string) => outletCodes(await h.call("GET", "/api/organ/list", { token })).sort()
const detailOf = (token: string, code: string) => h.call("GET", `/api/company/detail?id=${code}`, { token })

describe("applying an organization file", () => {
  it("removes an outlet, and its emptied sub-branch, that a re-upload leaves out and nothing uses", async () => {
    h = await makeHarness()
    const token = await h.signIn("admin")
    const withNorth = `${organizationCsv}\nB3,城北支行,B3O1,城北一网点`
    expectCode(await uploadAndApply(h, token, "organization", withNorth), 200, 10000)
    expect(await list(token)).toEqual(["B1O1", "B1O2", "B2O1", "B3O1"])

    expectCode(await uploadAndApply(h, token, "organization", organizationCsv), 200, 10000)
    expect(await list(token)).toEqual(["B1O1", "B1O2", "B2O1"])
    const tree = (await h.call("GET", "/api/new_params", { token })).json.data.branches as Array<{ code: string }>
    expect(tree.map((b) => b.code).sort()).toEqual(["B1", "B2"])
  })

  it("refuses a re-upload leaving out outlets with customers or users, naming them; nothing changes", async () => {
    h = await makeHarness()
    const token = await loadBank(h)
    const before = (await h.call("GET", "/api/organ/status", { token })).json.data
    // B1O2 has customer C3; B2O1 has customer C2 and the outlet RM west_rm.
    const shrunk = [header, "B1,城东支行,B1O1,城东一网点", "B2,城西支行,B2O9,城西新网点"].join("\n")
    const r = await uploadAndApply(h, token, "organization", shrunk)
    expectCode(r, 409, 10008)
    expect(r.json.msg).toContain("outlet B1O2 (1 customers, 0 users); outlet B2O1 (1 customers, 1 users)")

    expect(await list(token)).toEqual(["B1O1", "B1O2", "B2O1"])
    for (const code of ["C1", "C2", "C3"]) expectCode(await detailOf(token, code), 200, 10000)
    expect((await detailOf(token, "C3")).json.data.basicInfo.belongsToOutlet).toBe("城东二网点")
    const status = (await h.call("GET", "/api/organ/status", { token })).json.data
    expect(status).toMatchObject({ status: 2, operation: "apply", type: "organization", version: before.version })
    expect(status.message).toMatch(/failed, previous data kept: .*outlet B1O2 \(1 customers, 0 users\)/)
  })

  it("moves and renames an outlet: its customers and its outlet RM follow it to the new sub-branch", async () => {
    h = await makeHarness()
    const token = await loadBank(h)
    const moved = [
      header,
      "B2,城西支行,B1O1,城西新网点",
      "B1,城东支行,B1O2,城东二网点",
      "B2,城西支行,B2O1,城西一网点"
    ].join("\n")
    expectCode(await uploadAndApply(h, token, "organization", moved), 200, 10000)

    const row = (await h.call("GET", "/api/organ/list?keyword=B1O1", { token })).json.data.outletList[0]
    expect(row).toMatchObject({ outletCode: "B1O1", outletName: "城西新网点", branchCode: "B2" })
    expect((await detailOf(token, "C1")).json.data.basicInfo).toMatchObject({
      belongsToOutlet: "城西新网点",
      belongsToBranch: "城西支行"
    })
    expectCode(await detailOf(await h.signIn("outlet_rm"), "C1"), 200, 10000)
    expectCode(await detailOf(await h.signIn("west_admin"), "C1"), 200, 10000)
    expectCode(await detailOf(await h.signIn("branch_admin"), "C1"), 404, 10007)
  })
})
