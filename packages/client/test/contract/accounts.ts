/**
 * Contract scenarios of accounts and organisations — the initial password, a user's life, sign-in throttling and
 * organisation changes — run by contract.test.ts through its session (validated client, coverage of every
 * operation).
 */
import { expect } from "vitest"
import { INITIAL_PASSWORD, PASSWORD } from "../../../http/test/support/harness.js"
import type { ContractSession } from "./session.js"

/** the initial password must be replaced before anything else */
export const initialPassword = async ({ signedIn, failure }: ContractSession) => {
  const newcomer = await signedIn("newcomer")
  expect(newcomer.me.initialized).toBe(0)
  await failure(newcomer.get("/api/new_params"), 10005, 403)
  const change = { pwd: PASSWORD, newPwd: "Fresh2027x", newPwdConfirm: "Fresh2027y" }
  expect((await failure(newcomer.post("/api/usermanage/initialize_user", change), 10001, 400)).field).toBe(
    "newPwdConfirm"
  )
  await newcomer.post("/api/usermanage/initialize_user", { ...change, newPwdConfirm: change.newPwd })
  expect(await newcomer.get("/api/usermanage/user_detail")).toMatchObject({ username: "newcomer", initialized: 1 })
}

/** manages a throwaway user from creation to deletion */
export const throwawayUser = async ({ signedIn, failure, harness }: ContractSession) => {
  const admin = await signedIn("admin")
  const { b1, o11 } = harness.org
  const placement = { role: 4 as const, subbranchId: b1.id, outletId: o11.id }
  const created = await admin.post("/api/usermanage/create_user", {
    username: "tmp_rm",
    name: "临时客户经理",
    ...placement
  })
  expect(created).toMatchObject({ username: "tmp_rm", role: 4, branchId: b1.id, outletId: o11.id, initialized: 0 })
  await failure(
    admin.post("/api/usermanage/create_user", { username: "tmp_rm", name: "重复", ...placement }),
    10008,
    409
  )
  const noBranch = admin.post("/api/usermanage/create_user", { username: "tmp_x", name: "缺支行", role: 3 })
  expect((await failure(noBranch, 10001, 400)).field).toBe("subbranchId")
  expect(await admin.get("/api/usermanage/user_detail", { query: { userId: created.userId } })).toEqual(created)
  const westAdmin = await signedIn("west_admin")
  await failure(westAdmin.get("/api/usermanage/user_detail", { query: { userId: created.userId } }), 10007, 404)
  const rm = await signedIn("tmp_rm", INITIAL_PASSWORD)
  await rm.post("/api/usermanage/initialize_user", {
    pwd: INITIAL_PASSWORD,
    newPwd: "Mine2027abc",
    newPwdConfirm: "Mine2027abc"
  })
  const wrong = rm.post("/api/usermanage/password_modify", {
    pwd: "Nope2027a",
    newPwd: "Next2027bcd",
    newPwdConfirm: "Next2027bcd"
  })
  expect((await failure(wrong, 10001, 400)).field).toBe("pwd")
  await rm.post("/api/usermanage/password_modify", {
    pwd: "Mine2027abc",
    newPwd: "Next2027bcd",
    newPwdConfirm: "Next2027bcd"
  })
  const edited = await admin.post("/api/usermanage/user_detail", {
    userId: created.userId,
    name: "改名",
    role: 5,
    subbranchId: b1.id,
    outletId: 0
  })
  expect(edited).toMatchObject({ name: "改名", role: 5, outletId: null })
  await failure(westAdmin.post("/api/usermanage/reset_password", { userId: created.userId }), 10007, 404)
  await admin.post("/api/usermanage/reset_password", { userId: created.userId })
  await failure(admin.post("/api/usermanage/delete_user", { userId: admin.me.userId }), 10008, 409)
  await admin.post("/api/usermanage/delete_user", { userId: created.userId })
  await failure(admin.post("/api/usermanage/delete_user", { userId: created.userId }), 10007, 404)
}

/** throttles repeated failed sign-ins with the same answer as a wrong password */
export const signInThrottling = async ({ signedIn, failure, anonymous }: ContractSession) => {
  const admin = await signedIn("admin")
  await admin.post("/api/usermanage/create_user", { username: "tmp_lock", name: "锁定测试", role: 2 })
  const wrong = () => anonymous().post("/api/sign_in", { username: "tmp_lock", password: "Wrong2027x" })
  for (let i = 0; i < 5; i++) await failure(wrong(), 10003, 401)
  await failure(anonymous().post("/api/sign_in", { username: "tmp_lock", password: INITIAL_PASSWORD }), 10003, 401)
}

/** adds, renames, moves, merges and deletes throwaway organisations */
export const throwawayOrganisations = async ({ signedIn, failure }: ContractSession) => {
  const admin = await signedIn("admin")
  const outlet = { outletCode: "T9O1", outletName: "临时网点", branchCode: "T9", branchName: "临时支行" }
  const added = await admin.post("/api/organ/add", outlet)
  expect(added).toMatchObject(outlet)
  await failure(admin.post("/api/organ/add", outlet), 10008, 409)
  await failure((await signedIn("branch_admin")).post("/api/organ/add", { ...outlet, outletCode: "T9O2" }), 10006, 403)
  const detail = await admin.get("/api/organ/detail", { query: { code: "T9O1" } })
  expect(detail).toMatchObject({ ...outlet, createUser: "admin" })
  await failure(admin.get("/api/organ/detail", { query: { code: "NOPE" } }), 10007, 404)
  await admin.post("/api/organ/change_name", {
    outletCode: "T9O1",
    outletName: "临时网点二",
    branchName: "临时支行二"
  })
  await admin.post("/api/organ/change_branch", { outletCode: "T9O1", branchCode: "B2" })
  expect(await admin.get("/api/organ/detail", { query: { code: "T9O1" } })).toMatchObject({
    branchCode: "B2",
    outletName: "临时网点二"
  })
  await failure(admin.post("/api/organ/merge", { outletCode: "T9O1", newOutletCode: "T9O1" }), 10001, 400)
  expect(await admin.post("/api/organ/merge", { outletCode: "T9O1", newOutletCode: "B2O1" })).toEqual({
    movedCompanies: 0,
    movedUsers: 0
  })
  await admin.post("/api/organ/delete", { code: "T9" })
  await failure(admin.post("/api/organ/delete", { code: "B1O1" }), 10008, 409)
}
