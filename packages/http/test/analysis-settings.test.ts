/**
 * /api/settings/analysis and the portrait's `analysis` basis: bank admins change D, the thresholds and the in-bank
 * codes; a bad value answers 10001 naming the field and changes nothing; the change applies at the next recompute.
 * Bank data: D = 2026-02-01; C1 has account A001 (1000, 700, 1200 after its rows) and, uploaded here, A009.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { loadWealth, uploadAndApply } from "./support/bankData.js"
import { type Harness, makeHarness } from "./support/harness.js"

let h: Harness
let admin: string
beforeAll(async () => {
  h = await makeHarness()
  admin = await loadWealth(h)
})
afterAll(() => h.close())

const settings = async (token = admin) => (await h.call("GET", "/api/settings/analysis", { token })).json
const save = async (body: unknown, token = admin) =>
  (await h.call("POST", "/api/settings/analysis", { token, body })).json
const detail = async (code: string) => {
  const r = await h.call("GET", `/api/company/detail?id=${code}`, { token: admin })
  expect(r.json.code, r.json.msg).toBe(10000)
  return r.json.data
}
const recompute = async () =>
  expect((await h.call("POST", "/api/organ/update", { token: admin })).json.code).toBe(10000)

const defaults = { analysisDate: null, lowThreshold: 0.2, mediumThreshold: 0.5, ourBankCodes: ["OURBANK"] }

describe("analysis settings route", () => {
  it("answers the configured defaults to any signed-in user; other roles may not change them", async () => {
    const rm = await h.signIn("outlet_rm")
    expect(await settings(rm)).toMatchObject({ code: 10000, data: { ...defaults, updatedAt: null, updatedBy: null } })
    expect(await save({ lowThreshold: 0.1 }, rm)).toMatchObject({ code: 10006 })
    expect((await settings()).data.updatedAt).toBeNull()
  })

  it("names the bad field with 10001 and keeps the previous settings", async () => {
    for (const [body, field] of [
      [{ lowThreshold: "x" }, "lowThreshold"],
      [{ mediumThreshold: 0.1 }, "mediumThreshold"],
      [{ analysisDate: "2026-13-01" }, "analysisDate"],
      [{ ourBankCodes: "OURBANK" }, "ourBankCodes"],
      [{ ourBankCodes: [""] }, "ourBankCodes"]
    ] as const) {
      const answer = await save(body)
      expect([answer.code, answer.data?.field], JSON.stringify(body)).toEqual([10001, field])
    }
    expect((await settings()).data).toEqual({ ...defaults, updatedAt: null, updatedBy: null })
  })
})

describe("analysis settings in the recompute", () => {
  it("shows the basis of the figures, summing a customer's accounts", async () => {
    // A009 first shows on 2026-01-20 with 5100 after a 100 credit: it held 5000 from C1's first transaction on.
    const more =
      "companyCode,accountNo,tradeTime,direction,amount,balance,counterpartyBank,channel\n" +
      "C1,A009,2026-01-20 09:00:00,贷,100,5100,OTHER,网银"
    expect((await uploadAndApply(h, admin, "trade_flow", more)).json.code).toBe(10000)
    const p = await detail("C1")
    // Totals 6000, 5700, 5800, 6300: mean 5950.
    expect(p.allTradeStream.hourBalance.balance).toEqual([6300, 5700, 5950])
    expect(p.analysis).toEqual({
      ...defaults,
      analysisDate: "2026-02-01",
      analysisDateSource: "latestTrade",
      windowFirst: "2025-03-01",
      windowLast: "2026-02-01",
      balanceBasis: "sumOfAccounts",
      moneyUnit: "yuan"
    })
  })

  it("applies a change at the next recompute only, fields left out keeping their value", async () => {
    expect(await save({ analysisDate: "2026-01-15", ourBankCodes: ["OTHER"] })).toMatchObject({ code: 10000 })
    expect(await save({ lowThreshold: 0.01, mediumThreshold: 0.02 })).toMatchObject({
      data: { analysisDate: "2026-01-15", ourBankCodes: ["OTHER"], lowThreshold: 0.01, mediumThreshold: 0.02 }
    })
    expect((await detail("C1")).analysis.analysisDateSource, "served figures keep their settings").toBe("latestTrade")
    await recompute()
    const p = await detail("C1")
    expect(p.analysis).toMatchObject({
      analysisDate: "2026-01-15",
      analysisDateSource: "fixed",
      windowLast: "2026-01-15"
    })
    // Up to Jan 15: 6000 and 5700, CV 150 / 5850 = 0.026 ≥ 0.02 → 高; in-bank is now OTHER: 1000 of 1300.
    expect(p.allTradeStream.hourBalance).toMatchObject({ balance: [6000, 5700, 5850], fluctuationDegree: "高" })
    expect(p.innerScale.trade).toBe(0.7692)
    expect(await save(defaults)).toMatchObject({ code: 10000 })
    await recompute()
    const restored = { ...defaults, analysisDate: "2026-02-01", analysisDateSource: "latestTrade" }
    expect((await detail("C1")).analysis).toMatchObject(restored)
  })
})
