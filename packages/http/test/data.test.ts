/**
 * 上传数据 → 更新数据 → 企业画像: uploads are validated and staged, applying switches atomically, and a failing
 * apply keeps the previous data readable.
 */
import { Effect } from "effect"
import { afterEach, describe, expect, it } from "vitest"
import { companyCsv, loadBank, moreTradeFlowCsv, organizationCsv, uploadRight } from "./support/bankData.js"
import { type Harness, type HarnessOptions, makeHarness } from "./support/harness.js"

let h: Harness
const start = async (options: HarnessOptions = {}) => {
  h = await makeHarness(options)
  return h
}
afterEach(() => h.close())

const hourBalanceOf = async (token: string, code: string) =>
  (await h.call("GET", `/api/company/detail?id=${code}`, { token })).json.data?.allTradeStream.hourBalance.balance

describe("upload and apply", () => {
  it("applies organization, company and trade_flow files; the portrait shows C1's hand-checked figures", async () => {
    await start()
    const token = await loadBank(h)
    const r = await h.call("GET", "/api/company/detail?id=C1", { token })
    expect(r.json.code).toBe(10000)
    const d = r.json.data
    expect(d.basicInfo).toEqual({
      companyName: "东方制造有限公司",
      linkman: "张三",
      belongsToOutlet: "城东一网点",
      belongsToBranch: "城东支行",
      code: "C1",
      contact: "13800000001"
    })
    // Balances after each transaction: 1000, 700, 1200.
    expect(d.allTradeStream.hourBalance.balance).toEqual([1200, 700, 966.67])
    // Only the 借 transaction: 700; the 贷 ones: 1000 and 1200.
    expect(d.borrowTradeStream.hourBalance.balance).toEqual([700, 700, 700])
    expect(d.lendTradeStream.hourBalance.balance).toEqual([1200, 1000, 1100])
    // January: 1300 in 2 transactions, February: 500 in 1.
    expect(d.allTradeStream.trade.amount).toEqual([1300, 500, 900])
    expect(d.allTradeStream.trade.quantity).toEqual([2, 1, 1.5])
    // 300 of 1800 yuan and 1 of 3 transactions were in-bank (OURBANK).
    expect(d.innerScale).toMatchObject({ trade: 0.1667, quantity: 0.3333, borrowTrade: 1, lendTrade: 0 })
    // C2's average balance (2000) ranks above C1's.
    expect(d.allTradeStream.hourBalance).toMatchObject({ rank: 2, branchRank: 1, outletRank: 1 })
    expect(d.analysisDate).toBe("2026-02-01")
    expect(d.months).toHaveLength(12)
    expect(d).toMatchObject({ recommand: [], top5Product: [] })
  })

  it("lists each type's applied state and upload times in updatedatastatus/all", async () => {
    await start()
    const token = await loadBank(h)
    const list = (await h.call("GET", "/api/updatedatastatus/all", { token })).json.data.statusList as Array<any>
    expect(list.map((t) => t.type)).toContain("holding")
    const company = list.find((t) => t.type === "company")
    expect(company).toMatchObject({ updateStatus: 1, uploadStatus: { right: 0, wrong: 0, rightList: [] } })
    expect(typeof company.updateTime).toBe("number")
    expect(list.find((t) => t.type === "holding")).toMatchObject({
      updateStatus: 0,
      uploadTime: null,
      updateTime: null
    })
  })

  it("answers status 0 with row errors for a wrong file, lists it in wrongList, and refuses to apply it", async () => {
    await start()
    const token = await h.signIn("admin")
    const bad = ["code,name,outletCode,linkman,contact", "C9,坏客户,NOPE,赵六,1", "C8,,B1O1,钱七,2"].join("\n")
    const r = await h.upload(token, "company", "bad.csv", bad)
    expect(r.json.code).toBe(10000)
    expect(r.json.data.status).toBe(0)
    expect(r.json.data.errors.map((e: any) => [e.row, e.column])).toEqual([
      [2, "outletCode"],
      [3, "name"]
    ])
    expect(r.json.data.errors[0].value).toBe("NOPE")
    const right = await uploadRight(h, token, "company", companyCsv)
    const company = (await h.call("GET", "/api/updatedatastatus/all", { token })).json.data.statusList.find(
      (t: any) => t.type === "company"
    )
    expect(company.uploadStatus).toMatchObject({ right: 1, wrong: 1, rightList: [right], wrongList: ["bad.csv"] })
    const wrongId = company.uploadStatus.wrongFiles[0].id as number
    expect(company.uploadStatus.wrongFiles[0]).toMatchObject({ fileName: "bad.csv", errorCount: 2 })
    const applied = await h.call("POST", "/api/updatedatabutton", { token, body: { type: "company", ids: [wrongId] } })
    expect({ status: applied.status, code: applied.json.code, data: applied.json.data }).toEqual({
      status: 400,
      code: 10001,
      data: { field: "ids" }
    })
  })

  it("a file that is not CSV or XLSX answers status 0 with a file error", async () => {
    await start()
    const token = await h.signIn("admin")
    const r = await h.upload(token, "company", "photo.png", "\x89PNG\r\n\x1a\n....")
    expect(r.json.data.status).toBe(0)
    expect(r.json.data.fileErrors.length).toBeGreaterThan(0)
  })

  it("updatedatainitialize drops the type's staged files", async () => {
    await start()
    const token = await h.signIn("admin")
    await uploadRight(h, token, "company", companyCsv)
    expect((await h.call("POST", "/api/updatedatainitialize", { token, body: { type: "company" } })).json.code).toBe(
      10000
    )
    const company = (await h.call("GET", "/api/updatedatastatus/all", { token })).json.data.statusList.find(
      (t: any) => t.type === "company"
    )
    expect(company.uploadStatus).toMatchObject({ right: 0, wrong: 0 })
  })

  it.each([[[0]], [["x"]], [[1.5]], [[1, "2a"]]])("ids = %j answers 400 naming ids", async (ids) => {
    await start()
    const token = await h.signIn("admin")
    const r = await h.call("POST", "/api/updatedatabutton", { token, body: { type: "company", ids } })
    expect({ status: r.status, code: r.json.code }).toEqual({ status: 400, code: 10001 })
    expect(r.json.data.field).toBe("ids")
  })

  it("an empty ids list answers 400 naming ids", async () => {
    await start()
    const token = await h.signIn("admin")
    const r = await h.call("POST", "/api/updatedatabutton", { token, body: { type: "company", ids: [] } })
    expect(r.json.data).toEqual({ field: "ids" })
  })

  it("ids may be numeric text; applying answers status 1 with the new version", async () => {
    await start()
    const token = await h.signIn("admin")
    const id = await uploadRight(h, token, "organization", organizationCsv)
    const r = await h.call("POST", "/api/updatedatabutton", {
      token,
      body: { type: "organization", ids: [String(id)] }
    })
    expect(r.json.code, r.json.msg).toBe(10000)
    expect(r.json.data).toMatchObject({ status: 1, version: 1 })
  })

  it.each([
    ["bank_rm", "POST", "/api/updatedatainitialize"],
    ["branch_admin", "GET", "/api/updatedatastatus/all"],
    ["outlet_rm", "POST", "/api/organ/update"]
  ])("%s is refused %s %s with 10006", async (username, method, path) => {
    await start()
    const token = await h.signIn(username)
    const r = await h.call(method, path, { token, ...(method === "POST" ? { body: { type: "company" } } : {}) })
    expect({ status: r.status, code: r.json.code }).toEqual({ status: 403, code: 10006 })
  })

  it("a non-admin upload answers 10006 and stages nothing", async () => {
    await start()
    const r = await h.upload(await h.signIn("bank_rm"), "company", "c.csv", companyCsv)
    expect({ status: r.status, code: r.json.code }).toEqual({ status: 403, code: 10006 })
    const admin = await h.signIn("admin")
    const list = (await h.call("GET", "/api/updatedatastatus/all", { token: admin })).json.data.statusList
    expect(list.find((t: any) => t.type === "company").uploadStatus.right).toBe(0)
  })

  it("an upload without a file or a type answers 400 naming the field", async () => {
    await start()
    const token = await h.signIn("admin")
    const noFile = new FormData()
    noFile.set("type", "company")
    const a = await h.call("POST", "/api/upload_update_data", { token, form: noFile })
    expect({ status: a.status, code: a.json.code, data: a.json.data }).toEqual({
      status: 400,
      code: 10001,
      data: { field: "file" }
    })
    const noType = new FormData()
    noType.set("file", new File(["not,a,known,header\n1,2,3,4"], "c.csv"))
    const b = await h.call("POST", "/api/upload_update_data", { token, form: noType })
    expect(b.json.data).toEqual({ field: "type" })
    const badType = new FormData()
    badType.set("type", "nope")
    badType.set("file", new File([companyCsv], "c.csv"))
    const c = await h.call("POST", "/api/upload_update_data", { token, form: badType })
    expect(c.json.data).toEqual({ field: "type" })
  })

  it("accepts an upload larger than the 1 MiB JSON body limit", async () => {
    await start()
    const token = await h.signIn("admin")
    const rows = Array.from({ length: 30_000 }, (_, i) => `X${i},客户${i},B1O1,联系人${i},1380000${i}`)
    const text = ["code,name,outletCode,linkman,contact", ...rows].join("\n")
    expect(text.length).toBeGreaterThan(1024 * 1024)
    const r = await h.upload(token, "company", "big.csv", text)
    expect(r.json.code, r.json.msg).toBe(10000)
    expect(r.json.data).toMatchObject({ rows: 30_000, errorCount: 0 })
    expect(r.json.data.status).toBeGreaterThan(0)
  })
})

describe("one update at a time", () => {
  it("two concurrent updatedatabutton calls: one applies, the other answers 30004", async () => {
    // Writing portraits takes 50 ms of real time, so the second call arrives while the first holds the lock.
    await start({
      datasetRepo: (repo) => ({
        ...repo,
        writePortraits: (version, portraits) =>
          Effect.zipRight(
            Effect.promise(() => new Promise((resolve) => setTimeout(resolve, 50))),
            repo.writePortraits(version, portraits)
          )
      })
    })
    const token = await h.signIn("admin")
    const a = await uploadRight(h, token, "organization", organizationCsv)
    const b = await uploadRight(h, token, "organization", organizationCsv)
    const [first, second] = await Promise.all([
      h.call("POST", "/api/updatedatabutton", { token, body: { type: "organization", ids: [a] } }),
      h.call("POST", "/api/updatedatabutton", { token, body: { type: "organization", ids: [b] } })
    ])
    expect([first.json.code, second.json.code].sort()).toEqual([10000, 30004])
    expect([first, second].find((r) => r.json.code === 30004)!.status).toBe(409)
    const busy = Promise.all([
      h.call("POST", "/api/organ/update", { token }),
      h.call("POST", "/api/organ/update", { token })
    ])
    expect((await busy).map((r) => r.json.code).sort()).toEqual([10000, 30004])
  })

  it("organ/status answers 1 while an apply runs", async () => {
    let release: () => void = () => {}
    const gate = new Promise<void>((resolve) => {
      release = resolve
    })
    let armed = false
    await start({
      datasetRepo: (repo) => ({
        ...repo,
        writePortraits: (version, portraits) =>
          Effect.zipRight(armed ? Effect.promise(() => gate) : Effect.void, repo.writePortraits(version, portraits))
      })
    })
    const token = await h.signIn("admin")
    const id = await uploadRight(h, token, "organization", organizationCsv)
    armed = true
    const running = h.call("POST", "/api/updatedatabutton", { token, body: { type: "organization", ids: [id] } })
    await new Promise((resolve) => setTimeout(resolve, 20))
    const status = await h.call("GET", "/api/organ/status", { token: await h.signIn("outlet_rm") })
    expect(status.json.data).toMatchObject({ status: 1, operation: "apply", type: "organization" })
    const all = (await h.call("GET", "/api/updatedatastatus/all", { token })).json.data.statusList
    expect(all.find((t: any) => t.type === "organization").updateStatus).toBe(2)
    release()
    expect((await running).json.code).toBe(10000)
    expect((await h.call("GET", "/api/organ/status", { token })).json.data).toMatchObject({ status: 0, version: 1 })
  })
})

describe("a failing apply", () => {
  it("keeps the previous portraits readable and organ/status reports status 2 with a message", async () => {
    let failNext = false
    await start({
      datasetRepo: (repo) => ({
        ...repo,
        activate: (pointer) => {
          if (!failNext) return repo.activate(pointer)
          failNext = false
          return Effect.die(new Error("disk full while switching"))
        }
      })
    })
    const token = await loadBank(h)
    const before = await h.call("GET", "/api/organ/status", { token })
    expect(before.json.data).toMatchObject({ status: 0, version: 3, analysisDate: "2026-02-01" })
    const id = await uploadRight(h, token, "trade_flow", moreTradeFlowCsv)
    failNext = true
    const failed = await h.call("POST", "/api/updatedatabutton", { token, body: { type: "trade_flow", ids: [id] } })
    expect(failed.status).toBe(500)
    const status = (await h.call("GET", "/api/organ/status", { token })).json.data
    expect(status).toMatchObject({ status: 2, operation: "apply", type: "trade_flow", version: 3 })
    expect(status.message).toMatch(/failed.*disk full/)
    expect(await hourBalanceOf(token, "C1")).toEqual([1200, 700, 966.67])
    // The file stays staged: applying it again succeeds and shows the new transaction (balance 100).
    const again = await h.call("POST", "/api/updatedatabutton", { token, body: { type: "trade_flow", ids: [id] } })
    expect(again.json.code, again.json.msg).toBe(10000)
    expect(await hourBalanceOf(token, "C1")).toEqual([1200, 100, 750])
    expect((await h.call("GET", "/api/organ/status", { token })).json.data.status).toBe(0)
  })

  it("organ/update recomputes without new data and answers the same figures", async () => {
    await start()
    const token = await loadBank(h)
    const r = await h.call("POST", "/api/organ/update", { token })
    expect(r.json.data).toMatchObject({ status: 1, version: 4, customers: 3, transactions: 4 })
    expect(await hourBalanceOf(token, "C1")).toEqual([1200, 700, 966.67])
  })

  it("applying another company file replaces the customers (with force when it removes most of them)", async () => {
    await start()
    const token = await loadBank(h)
    const id = await uploadRight(
      h,
      token,
      "company",
      ["code,name,outletCode,linkman,contact", "C1,新名字,B1O1,张三,1"].join("\n")
    )
    const r = await h.call("POST", "/api/updatedatabutton", {
      token,
      body: { type: "company", ids: [id], force: true }
    })
    expect(r.json.data.customers).toBe(1)
    expect((await h.call("GET", "/api/company/detail?id=C1", { token })).json.data.basicInfo.companyName).toBe("新名字")
    expect((await h.call("GET", "/api/company/detail?id=C2", { token })).json.code).toBe(10007)
  })
})
