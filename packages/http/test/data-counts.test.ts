/**
 * An upload's answer says what the file would change: new and duplicate rows of event files against the data
 * served, new / changed / unchanged / removed keys of snapshot files; updatedatastatus/all lists the same per
 * right file.
 */
import { afterEach, describe, expect, it } from "vitest"
import { companyCsv, loadBank, tradeFlowCsv } from "./support/bankData.js"
import { type Harness, makeHarness } from "./support/harness.js"

let h: Harness
afterEach(() => h.close())

const rightFilesOf = async (token: string, type: string) =>
  (await h.call("GET", "/api/updatedatastatus/all", { token })).json.data.statusList.find(
    (t: { type: string }) => t.type === type
  ).uploadStatus.rightFiles

describe("upload counts", () => {
  it("a trade_flow file counts its rows already served as duplicates and the others as new; the apply adds the new", async () => {
    h = await makeHarness()
    const token = await loadBank(h)
    const lines = tradeFlowCsv.split("\n")
    const file = [
      ...lines, // the header and the 4 transactions served already
      "C1,A001,2026-02-20 09:00:00,借,200,1000,OTHER,网银",
      "C1,A001,2026-02-21 09:00:00,贷,50,1050,OTHER,网银"
    ].join("\n")
    const r = await h.upload(token, "trade_flow", "again.csv", file)
    expect(r.json.data, JSON.stringify(r.json.data)).toMatchObject({ rows: 6, counts: { new: 2, duplicate: 4 } })
    expect(r.json.data.counts).not.toHaveProperty("removed")
    expect(await rightFilesOf(token, "trade_flow")).toEqual([
      { id: r.json.data.status, fileName: "again.csv", rows: 6, counts: { new: 2, duplicate: 4 } }
    ])
    const applied = await h.call("POST", "/api/updatedatabutton", {
      token,
      body: { type: "trade_flow", ids: [r.json.data.status] }
    })
    expect(applied.json.code, applied.json.msg).toBe(10000)
    const again = await h.upload(token, "trade_flow", "again.csv", file)
    expect(again.json.data.counts).toEqual({ new: 0, duplicate: 6 })
  })

  it("a first trade_flow file is all new", async () => {
    h = await makeHarness()
    const token = await loadBank(h)
    const other = ["companyCode,accountNo,tradeTime,direction,amount,balance,counterpartyBank,channel"]
    other.push("C3,A003,2026-01-03 09:00:00,贷,10,10,,网银", "C3,A003,2026-01-04 09:00:00,贷,10,20,,网银")
    const r = await h.upload(token, "trade_flow", "c3.csv", other.join("\n"))
    expect(r.json.data.counts).toEqual({ new: 2, duplicate: 0 })
  })

  it("a company file counts new, changed, unchanged and removed customers against the current register", async () => {
    h = await makeHarness()
    const token = await loadBank(h)
    const [header, c1, c2] = companyCsv.split("\n")
    const file = [
      header,
      c1, // unchanged
      c2!.replace("李四", "李四新"), // changed linkman
      "C4,南湖物流有限公司,B1O1,孙八,13800000004,R4," // new; C3 left out: removed
    ].join("\n")
    const r = await h.upload(token, "company", "company.csv", file)
    expect(r.json.data.counts).toEqual({ new: 1, changed: 1, unchanged: 1, removed: 1 })
    expect((await rightFilesOf(token, "company"))[0].counts).toEqual(r.json.data.counts)
  })

  it("a rejected file carries no counts", async () => {
    h = await makeHarness()
    const token = await loadBank(h)
    const r = await h.upload(token, "company", "bad.csv", "code,name,outletCode,linkman,contact\nC9,,NOPE,x,1")
    expect(r.json.data.status).toBe(0)
    expect(r.json.data).not.toHaveProperty("counts")
  })
})
