/**
 * Contract scenarios of the later features — analysis settings, the audit trail, the marketing loop and
 * exports — run by contract.test.ts through its session (validated client, coverage of every operation).
 */
import { expect } from "vitest"
import { listedCompanyCsv, shareholderCsv } from "../../../http/test/support/listedData.js"
import type { ContractSession } from "./session.js"

/** analysis settings: read by all, changed by bank admins, applied at the next recompute, shown in detail */
export const analysisSettings = async ({ signedIn, failure }: ContractSession) => {
  const admin = await signedIn("admin")
  const rm = await signedIn("bank_rm")
  const defaults = { analysisDate: null, lowThreshold: 0.2, mediumThreshold: 0.5, ourBankCodes: ["OURBANK"] }
  expect(await rm.get("/api/settings/analysis")).toEqual({ ...defaults, updatedAt: null, updatedBy: null })
  await failure(rm.post("/api/settings/analysis", { lowThreshold: 0.1 }), 10006, 403)
  const refused = async (body: object, field: string) =>
    expect((await failure(admin.post("/api/settings/analysis", body as never), 10001, 400)).field).toBe(field)
  await refused({ lowThreshold: "low" }, "lowThreshold")
  await refused({ lowThreshold: 0.6 }, "mediumThreshold")
  await refused({ analysisDate: "2026-02-30" }, "analysisDate")
  await refused({ ourBankCodes: [" "] }, "ourBankCodes")
  expect((await admin.get("/api/settings/analysis")).updatedAt).toBeNull()

  const changed = { analysisDate: "2026-01-31", lowThreshold: 0.1, mediumThreshold: 0.15, ourBankCodes: ["OTHER"] }
  expect(await admin.post("/api/settings/analysis", changed)).toMatchObject({
    ...changed,
    updatedBy: admin.me.userId
  })
  // Saved, not applied: the portraits served keep the settings of their recompute.
  const before = await rm.get("/api/company/detail", { query: { id: "C1" } })
  expect(before.analysis).toMatchObject({
    ...defaults,
    analysisDate: "2026-02-01",
    analysisDateSource: "latestTrade"
  })
  await admin.post("/api/organ/update")
  const after = await rm.get("/api/company/detail", { query: { id: "C1" } })
  expect(after.analysisDate).toBe("2026-01-31")
  expect(after.analysis).toEqual({
    ...changed,
    analysisDateSource: "fixed",
    windowFirst: "2025-02-01",
    windowLast: "2026-01-31",
    balanceBasis: "sumOfAccounts",
    moneyUnit: "yuan"
  })
  // January only: balances 1000 and 700, CV 150 / 850 = 0.18 ≥ 0.15 → 高; in-bank now the OTHER bank's 1000 of 1300.
  expect(after.allTradeStream.hourBalance).toMatchObject({ balance: [1000, 700, 850], fluctuationDegree: "高" })
  expect(after.innerScale.trade).toBe(0.7692)

  await admin.post("/api/settings/analysis", defaults)
  await admin.post("/api/organ/update")
  const restored = await rm.get("/api/company/detail", { query: { id: "C1" } })
  expect(restored.analysis).toMatchObject({ ...defaults, analysisDate: "2026-02-01" })
}

/** reads the audit trail as a bank admin, in scope as a sub-branch admin, and refuses relationship managers */
export const auditTrail = async ({ signedIn, failure }: ContractSession) => {
  const admin = await signedIn("admin")
  const everything = await admin.get("/api/audit", { query: { kind: "sign_in", count: 100 } })
  expect(everything.total).toBeGreaterThan(0)
  expect(everything.auditList.every((e) => e.kind === "sign_in")).toBe(true)
  const branchAdmin = await signedIn("branch_admin")
  const scoped = await branchAdmin.get("/api/audit", { query: { userId: branchAdmin.me.userId, count: 100 } })
  expect(scoped.auditList.map((e) => e.username)).toContain("branch_admin")
  expect(scoped.auditList.every((e) => e.branchId === branchAdmin.me.branchId)).toBe(true)
  await failure((await signedIn("outlet_rm")).get("/api/audit"), 10006, 403)
  const bad = await failure(admin.get("/api/audit", { query: { kind: "teleport" } }), 10001, 400)
  expect(bad.field).toBe("kind")
}

/** records marketing contacts, keeps focus lists, answers statistics and listed companies in scope */
export const marketingLoop = async ({ signedIn, failure, harness }: ContractSession) => {
  const admin = await signedIn("admin")
  const rm = await signedIn("outlet_rm")
  const west = await signedIn("west_rm")
  const made = await rm.post("/api/company/marketing", {
    code: "C1",
    type: 1,
    remark: "上门拜访",
    createTime: "2026-11-20 10:00:00"
  })
  expect(made).toMatchObject({ code: "C1", type: 1, name: "outlet_rm-name", createTime: "2026-11-20 10:00:00" })
  const listed = await rm.get("/api/company/marketing", { query: { code: "C1", page: 1, count: 10 } })
  expect(listed.result.map((r) => r.id)).toEqual([made.id])
  await failure(west.get("/api/company/marketing", { query: { code: "C1", page: 1, count: 10 } }), 10007, 404)
  const badType = rm.post("/api/company/marketing", { code: "C1", type: 9, remark: "", createTime: 0 } as never)
  expect((await failure(badType, 10001, 400)).field).toBe("type")
  expect(await rm.put("/api/company/marketing", { id: made.id, type: 4, remark: "已成交" })).toMatchObject({
    type: 4,
    remark: "已成交"
  })
  await failure(west.put("/api/company/marketing", { id: made.id, remark: "x" }), 10007, 404)
  const kept = await rm.post("/api/company/marketing", {
    code: "C1",
    type: 0,
    remark: "电话",
    createTime: Date.UTC(2026, 10, 21)
  })
  expect(await rm.delete("/api/company/marketing", { id: made.id })).toEqual({ id: made.id })
  await failure(rm.delete("/api/company/marketing", { id: made.id }), 10007, 404)

  expect(await rm.post("/api/company/focus", { code: "C1", type: 1 })).toEqual({ code: "C1", focused: true })
  await failure(rm.post("/api/company/focus", { code: "C2", type: 1 }), 10007, 404)
  expect((await rm.get("/api/company/focus", { query: { page: 1, count: 10 } })).result.map((r) => r.id)).toEqual([
    "C1"
  ])

  const conversion = await rm.get("/api/statistics/conversion_rate")
  expect(conversion.organizations).toEqual([
    expect.objectContaining({ organizationName: "城东一网点", recommandQuantityThisMonth: 1 })
  ])
  expect(conversion.outletRank?.recommandQuantityThisMonthRank).toBe(1)
  const history = await admin.get("/api/statistics/history_list", { query: { sortType: 1, sort: 1 } })
  expect(history.organizations.map((o) => [o.organizationName, o.boughtBalance])).toEqual(
    [
      ["城东支行", 80.5],
      ["城西支行", 100]
    ].sort((a, b) => (b[1] as number) - (a[1] as number))
  )
  const hold = await admin.get("/api/statistics/hold_list", { query: { branchId: harness.org.b1.id } })
  expect(hold.organizations.map((o) => [o.organizationName, o.balance, o.guaranteedBalance])).toEqual([
    ["城东一网点", 70.5, 20],
    ["城东二网点", 0, 0]
  ])
  expect((await admin.get("/api/statistics/login")).total).toBe(2)
  expect((await rm.get("/api/statistics/hold_top")).products.map((p) => p.productCode)).toEqual(["P1", "P2"])
  expect((await west.get("/api/statistics/history_top", { query: { limit: 1 } })).products).toHaveLength(1)
  await failure(admin.get("/api/statistics/history_list", { query: { sortType: 7 } }), 10001, 400)
  expect(kept.id).toBeTruthy()

  for (const [type, text] of [
    ["listed_company", listedCompanyCsv],
    ["shareholder", shareholderCsv]
  ] as const) {
    const form = new FormData()
    form.set("type", type)
    form.set("file", new File([text], `${type}.csv`))
    const uploaded = await admin.request("post", "/api/upload_update_data", { body: form as never })
    expect((await admin.post("/api/updatedatabutton", { type, ids: [uploaded.status] })).status).toBe(1)
  }
  const prospects = await rm.get("/api/listed_company", { query: { keyword: "股份" } })
  expect(prospects.companies.map((c) => c.companyId)).toEqual(["L1", "L3"])
  const detail = await rm.get("/api/listed_company/detail", { query: { listedCompanyId: "L1" } })
  expect(detail).toMatchObject({ basicInfoCode: "C1", boughtOurProductStatus: true })
  await failure(rm.get("/api/listed_company/detail", { query: { listedCompanyId: "L2" } }), 10007, 404)
}

/** exports a list in the background and downloads the file; another user's task is not found */
export const backgroundExports = async ({ signedIn, failure }: ContractSession) => {
  const rm = await signedIn("outlet_rm")
  const { taskId } = await rm.post("/api/download/create_download", { type: 5, info: { keyword: "C1" } })
  let task: { status: string; rows: number } | undefined
  for (let i = 0; i < 200 && task?.status !== "done"; i++) {
    await new Promise((r) => setTimeout(r, 20))
    task = (await rm.get("/api/download/download_list")).downloadList.find((t) => t.taskId === taskId)
  }
  expect(task).toMatchObject({ status: "done", rows: 2 })
  const file = await rm.file("/api/download/get_download", { query: { taskId } })
  expect(file.size).toBeGreaterThan(1000)
  expect(new Uint8Array(await file.arrayBuffer()).slice(0, 2)).toEqual(new Uint8Array([0x50, 0x4b]))
  const admin = await signedIn("admin")
  await failure(admin.file("/api/download/get_download", { query: { taskId } }), 10007, 404)
  // 23 is no export type: the document bounds type to 1–22, so the typed client needs a cast to send it.
  const bad = admin.post("/api/download/create_download", { type: 23 as unknown as 13, info: {} })
  expect((await failure(bad, 10001, 400)).field).toBe("type")
}
