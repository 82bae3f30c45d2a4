/**
 * Restructuring the network: organ/change_branch moves an outlet with its users, organ/merge moves users and
 * customers into another outlet, organ/delete removes only what is empty.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest"
import { type Harness, makeHarness } from "./support/harness.js"
import { expectCode, outletCodes, signedInAs } from "./support/management.js"

let h: Harness
beforeEach(async () => {
  h = await makeHarness()
})
afterEach(() => h.close())

const as = signedInAs(() => h)

const userDetail = async (id: number) =>
  (await (await as("admin")).get(`/api/usermanage/user_detail?userId=${id}`)).json.data

describe("organ/change_branch", () => {
  it("moves the outlet to another sub-branch and its role-4 users follow", async () => {
    const admin = await as("admin")
    expectCode(await admin.post("/api/organ/change_branch", { outletCode: "B1O1", branchCode: "B2" }), 200, 10000)
    const d = (await admin.get("/api/organ/detail?code=B1O1")).json.data
    expect(d).toMatchObject({ branchCode: "B2", branchId: h.org.b2.id, branchName: "城西支行" })
    expect(await userDetail(h.staff.outletRm.id)).toMatchObject({ branchId: h.org.b2.id, outletId: h.org.o11.id })
    // Branch-level users of B1 stay where they were.
    expect((await userDetail(h.staff.branchRm.id)).branchId).toBe(h.org.b1.id)
  })

  it("the moved users leave the old sub-branch admin's scope and enter the new one's", async () => {
    const admin = await as("admin")
    await admin.post("/api/organ/change_branch", { outletCode: "B1O1", branchCode: "B2" })
    const path = `/api/usermanage/user_detail?userId=${h.staff.outletRm.id}`
    expectCode(await (await as("branch_admin")).get(path), 404, 10007)
    expectCode(await (await as("west_admin")).get(path), 200, 10000)
    expect(outletCodes(await (await as("west_admin")).get("/api/organ/list")).sort()).toEqual(["B1O1", "B2O1"])
  })

  it("the moved outlet's customers are then inside the new sub-branch (customers stay with the outlet)", async () => {
    await h.seedCompanies({ B1O1: 2 })
    await (await as("admin")).post("/api/organ/change_branch", { outletCode: "B1O1", branchCode: "B2" })
    expect(await h.outletOfCompany("B1O1-C1")).toBe("B1O1")
  })

  it("an unknown outlet or sub-branch answers 10007/404 and changes nothing", async () => {
    const admin = await as("admin")
    expectCode(await admin.post("/api/organ/change_branch", { outletCode: "NOPE", branchCode: "B2" }), 404, 10007)
    expectCode(await admin.post("/api/organ/change_branch", { outletCode: "B1O1", branchCode: "NOPE" }), 404, 10007)
    expect((await admin.get("/api/organ/detail?code=B1O1")).json.data.branchCode).toBe("B1")
  })
})

describe("organ/merge", () => {
  it("moves users and customers to the target outlet and deletes the merged one", async () => {
    await h.seedCompanies({ B1O1: 3, B1O2: 1 })
    const admin = await as("admin")
    const r = await admin.post("/api/organ/merge", { outletCode: "B1O1", newOutletCode: "B2O1" })
    expectCode(r, 200, 10000)
    expect(r.json.data).toEqual({ movedCompanies: 3, movedUsers: 1 })

    expect(await userDetail(h.staff.outletRm.id)).toMatchObject({
      outletId: h.org.o21.id,
      branchId: h.org.b2.id,
      organ: "城西一网点"
    })
    for (const code of ["B1O1-C1", "B1O1-C2", "B1O1-C3"]) expect(await h.outletOfCompany(code)).toBe("B2O1")
    expect(await h.outletOfCompany("B1O2-C1")).toBe("B1O2")
    expect(await h.countCompanies("B1O1")).toBe(0)
    expect(await h.countCompanies("B2O1")).toBe(3)

    expectCode(await admin.get("/api/organ/detail?code=B1O1"), 404, 10007)
    const target = (await admin.get("/api/organ/detail?code=B2O1")).json.data
    expect(target.updateUser).toBe("admin")
  })

  it("refuses merging an outlet into itself (10001 on newOutletCode)", async () => {
    const r = await (await as("admin")).post("/api/organ/merge", { outletCode: "B1O1", newOutletCode: "B1O1" })
    expectCode(r, 400, 10001)
    expect(r.json.data).toEqual({ field: "newOutletCode" })
  })

  it("an unknown outlet on either side answers 10007/404 and moves nothing", async () => {
    await h.seedCompanies({ B1O1: 1 })
    const admin = await as("admin")
    expectCode(await admin.post("/api/organ/merge", { outletCode: "B1O1", newOutletCode: "NOPE" }), 404, 10007)
    expectCode(await admin.post("/api/organ/merge", { outletCode: "NOPE", newOutletCode: "B1O1" }), 404, 10007)
    expect(await h.outletOfCompany("B1O1-C1")).toBe("B1O1")
    expect((await userDetail(h.staff.outletRm.id)).outletId).toBe(h.org.o11.id)
  })
})

describe("organ/delete", () => {
  it("refuses an outlet that still has users, saying so and pointing to merge", async () => {
    const admin = await as("admin")
    const r = await admin.post("/api/organ/delete", { code: "B1O1" })
    expectCode(r, 409, 10008)
    expect(r.json.msg).toMatch(/B1O1/)
    expect(r.json.msg).toMatch(/1 users/)
    expect(r.json.msg).toMatch(/merge/)
    expectCode(await admin.get("/api/organ/detail?code=B1O1"), 200, 10000)
  })

  it("refuses an outlet that still has customers, saying how many", async () => {
    await h.seedCompanies({ B1O2: 2 })
    const r = await (await as("admin")).post("/api/organ/delete", { code: "B1O2" })
    expectCode(r, 409, 10008)
    expect(r.json.msg).toMatch(/2 customers/)
  })

  it("deletes an outlet with no customers and no users", async () => {
    await h.seedCompanies({ B1O1: 2 })
    const admin = await as("admin")
    expectCode(await admin.post("/api/organ/delete", { code: "B1O2" }), 200, 10000)
    expectCode(await admin.get("/api/organ/detail?code=B1O2"), 404, 10007)
    expect(outletCodes(await admin.get("/api/organ/list"))).toEqual(["B1O1", "B2O1"])
  })

  it("refuses a sub-branch that still has outlets or users", async () => {
    const admin = await as("admin")
    const r = await admin.post("/api/organ/delete", { code: "B2" })
    expectCode(r, 409, 10008)
    expect(r.json.msg).toMatch(/outlets/)
  })

  it("deletes a sub-branch once its outlets are gone and it has no users", async () => {
    const admin = await as("admin")
    await admin.post("/api/organ/add", {
      outletName: "城南一网点",
      outletCode: "B3O1",
      branchCode: "B3",
      branchName: "城南支行"
    })
    const early = await admin.post("/api/organ/delete", { code: "B3" })
    expectCode(early, 409, 10008)
    expectCode(await admin.post("/api/organ/delete", { code: "B3O1" }), 200, 10000)
    expectCode(await admin.post("/api/organ/delete", { code: "B3" }), 200, 10000)
    const tree = (await admin.get("/api/new_params")).json.data.branches as Array<{ code: string }>
    expect(tree.map((b) => b.code)).toEqual(["B1", "B2"])
  })

  it("an unknown code answers 10007/404", async () => {
    expectCode(await (await as("admin")).post("/api/organ/delete", { code: "NOPE" }), 404, 10007)
  })
})
