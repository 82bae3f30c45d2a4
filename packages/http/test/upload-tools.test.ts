// XLSX files as the tools banks export them are read and applied: openpyxl (pandas' default writer, which
// writes absolute relationship targets such as "/xl/worksheets/sheet1.xml"), XlsxWriter and LibreOffice Calc.
// The fixtures are written by upload-fixtures/xlsx/make-fixtures.py and committed.
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { validateUpload } from "../src/upload/index.js"
import { companyCsv, organizationCsv, uploadAndApply } from "./support/bankData.js"
import { type Harness, makeHarness } from "./support/harness.js"

const dir = join(import.meta.dirname, "upload-fixtures/xlsx")
const fixtures = ["openpyxl-trade_flow.xlsx", "xlsxwriter-trade_flow.xlsx", "libreoffice-trade_flow.xlsx"] as const
const fileOf = (name: string) => new File([readFileSync(join(dir, name))], name)
const references = {
  outletCodes: new Set<string>(),
  companyCodes: new Set(["C1", "C2"]),
  productCodes: new Set<string>(),
  listedCompanyIds: new Set<string>()
}

describe.each(fixtures)("%s", (name) => {
  it("is read: the first sheet's rows, dates and numbers as a user sees them", async () => {
    const rows: Array<Record<string, unknown>> = []
    const report = await validateUpload(fileOf(name), "trade_flow", references, { onRow: (r) => rows.push(r) })
    expect(report.fileErrors).toEqual([])
    expect(report.errors).toEqual([])
    expect(report).toMatchObject({ ok: true, format: "xlsx", rows: 4 })
    expect(rows[0]).toMatchObject({
      companyCode: "C1",
      tradeTime: "2026-01-05 09:00:00",
      direction: "贷",
      amount: 1000
    })
    expect(rows[2]).toMatchObject({ amount: 500.5, balance: 1200.5 })
    expect(rows[3]).toMatchObject({ companyCode: "C2", counterpartyBank: null })
  })
})

describe("applied through the upload routes", () => {
  let h: Harness
  let admin: string
  beforeAll(async () => {
    h = await makeHarness()
    admin = await h.signIn("admin")
    for (const [type, text] of [
      ["organization", organizationCsv],
      ["company", companyCsv]
    ] as const) {
      expect((await uploadAndApply(h, admin, type, text)).json.code).toBe(10000)
    }
  })
  afterAll(() => h.close())

  it.each(fixtures)("%s is staged (type told from its header) and applied", async (name) => {
    const form = new FormData()
    form.set("file", fileOf(name))
    const staged = await h.call("POST", "/api/upload_update_data", { token: admin, form })
    expect(staged.json.code, staged.json.msg).toBe(10000)
    expect(staged.json.data).toMatchObject({ type: "trade_flow", rows: 4, errorCount: 0 })
    const applied = await h.call("POST", "/api/updatedatabutton", {
      token: admin,
      body: { type: "trade_flow", ids: [staged.json.data.status] }
    })
    expect(applied.json.code, applied.json.msg).toBe(10000)
    expect(applied.json.data.transactions).toBe(4)
    const detail = await h.call("GET", "/api/company/detail?id=C1", { token: admin })
    expect(detail.json.data.allTradeStream.hourBalance.balance[0]).toBe(1200.5)
  })
})
