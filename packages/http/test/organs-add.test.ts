/**
 * organ/add and organ/change_name: new outlets and sub-branches, the codes and names they may take, and
 * renames that every outlet and user of the sub-branch then shows.
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

describe("organ/add", () => {
  it("creates a new sub-branch together with its first outlet", async () => {
    const admin = await as("admin")
    const r = await admin.post("/api/organ/add", {
      outletName: "城南一网点",
      outletCode: "B3O1",
      branchCode: "B3",
      branchName: "城南支行"
    })
    expectCode(r, 200, 10000)
    expect(r.json.data).toMatchObject({
      outletCode: "B3O1",
      outletName: "城南一网点",
      branchCode: "B3",
      branchName: "城南支行"
    })
    const tree = (await admin.get("/api/new_params")).json.data.branches as Array<{ code: string; outlets: unknown[] }>
    expect(tree.find((b) => b.code === "B3")?.outlets).toEqual([
      { id: r.json.data.outletId, code: "B3O1", name: "城南一网点" }
    ])
    expect(outletCodes(await admin.get("/api/organ/list?keyword=B3"))).toEqual(["B3O1"])
  })

  it("adds an outlet to an existing sub-branch given its current name", async () => {
    const admin = await as("admin")
    const r = await admin.post("/api/organ/add", {
      outletName: "城东三网点",
      outletCode: "B1O3",
      branchCode: "B1",
      branchName: "城东支行"
    })
    expectCode(r, 200, 10000)
    expect(r.json.data.branchId).toBe(h.org.b1.id)
    const tree = (await admin.get("/api/new_params")).json.data.branches as Array<{ code: string; outlets: unknown[] }>
    expect(tree.filter((b) => b.code === "B1")).toHaveLength(1)
    expect(tree.find((b) => b.code === "B1")?.outlets).toHaveLength(3)
  })

  it("refuses an existing sub-branch code with a different name (10008, the message naming branchName)", async () => {
    const r = await (await as("admin")).post("/api/organ/add", {
      outletName: "x",
      outletCode: "B1O3",
      branchCode: "B1",
      branchName: "别的名字"
    })
    expectCode(r, 409, 10008)
    expect(r.json.msg).toMatch(/^branchName: sub-branch B1 is named /)
    expectCode(await (await as("admin")).get("/api/organ/detail?code=B1O3"), 404, 10007)
  })

  it.each([
    ["an existing outlet code", "B1O1"],
    ["an existing outlet code in another case", "b1o1"],
    ["an existing sub-branch code", "B2"]
  ])("refuses %s as the new outlet code with 10008/409", async (_, outletCode) => {
    const admin = await as("admin")
    const r = await admin.post("/api/organ/add", {
      outletName: "重复",
      outletCode,
      branchCode: "B1",
      branchName: "城东支行"
    })
    expectCode(r, 409, 10008)
    expect(r.json.msg).toMatch(/taken/)
    expect((await admin.get("/api/organ/list")).json.data.total).toBe(3)
  })

  it("a refused duplicate outlet does not leave its new sub-branch behind", async () => {
    const admin = await as("admin")
    const r = await admin.post("/api/organ/add", {
      outletName: "重复",
      outletCode: "B1O1",
      branchCode: "B9",
      branchName: "新支行"
    })
    expectCode(r, 409, 10008)
    const tree = (await admin.get("/api/new_params")).json.data.branches as Array<{ code: string }>
    expect(tree.map((b) => b.code)).toEqual(["B1", "B2"])
    // The code is free again.
    const again = await admin.post("/api/organ/add", {
      outletName: "新",
      outletCode: "B9O1",
      branchCode: "B9",
      branchName: "新支行"
    })
    expectCode(again, 200, 10000)
  })
})

describe("organ/change_name", () => {
  it("renames the outlet and its sub-branch, recording who and when", async () => {
    const admin = await as("admin")
    h.clock.advance(20 * 60_000)
    const r = await admin.post("/api/organ/change_name", {
      outletCode: "B1O1",
      outletName: "城东新一网点",
      branchName: "城东新支行"
    })
    expectCode(r, 200, 10000)
    const d = (await admin.get("/api/organ/detail?code=B1O1")).json.data
    expect(d).toMatchObject({
      outletName: "城东新一网点",
      branchName: "城东新支行",
      updateUser: "admin",
      updateUserName: "admin-name",
      updateTime: "2026-11-23 10:20:00"
    })
    // The sub-branch name is shared by its other outlets and by its users' organ.
    expect((await admin.get("/api/organ/detail?code=B1O2")).json.data.branchName).toBe("城东新支行")
    expect((await userDetail(h.staff.branchRm.id)).organ).toBe("城东新支行")
    expect((await userDetail(h.staff.outletRm.id)).organ).toBe("城东新一网点")
  })

  it("an unknown outlet answers 10007/404", async () => {
    const r = await (await as("admin")).post("/api/organ/change_name", {
      outletCode: "NOPE",
      outletName: "a",
      branchName: "b"
    })
    expectCode(r, 404, 10007)
  })
})
