/**
 * Small upload files for the harness's bank (B1: B1O1, B1O2; B2: B2O1) and a helper that uploads and
 * applies them, so portrait routes have data. Figures of C1 are easy to check by hand:
 *   2026-01-05 贷 1000 → balance 1000; 2026-01-10 借 300 → 700 (in-bank, OURBANK); 2026-02-01 贷 500 → 1200.
 */
import { expect } from "vitest"
import type { Harness } from "./harness.js"

export const organizationCsv = [
  "branchCode,branchName,outletCode,outletName",
  "B1,城东支行,B1O1,城东一网点",
  "B1,城东支行,B1O2,城东二网点",
  "B2,城西支行,B2O1,城西一网点"
].join("\n")

export const companyCsv = [
  "code,name,outletCode,linkman,contact,riskRating,listedCompanyId",
  "C1,东方制造有限公司,B1O1,张三,13800000001,R3,",
  "C2,西山贸易有限公司,B2O1,李四,13800000002,,",
  "C3,东城科技有限公司,B1O2,王五,13800000003,R2,"
].join("\n")

export const tradeFlowCsv = [
  "companyCode,accountNo,tradeTime,direction,amount,balance,counterpartyBank,channel",
  "C1,A001,2026-01-05 09:00:00,贷,1000,1000,OTHER,网银",
  "C1,A001,2026-01-10 10:00:00,借,300,700,OURBANK,柜台",
  "C1,A001,2026-02-01 11:00:00,贷,500,1200,OTHER,网银",
  "C2,A002,2026-02-01 12:00:00,贷,2000,2000,,网银"
].join("\n")

/** Another C1 transaction, applied on top of tradeFlowCsv. */
export const moreTradeFlowCsv = [
  "companyCode,accountNo,tradeTime,direction,amount,balance,counterpartyBank,channel",
  "C1,A001,2026-02-10 09:00:00,借,1100,100,OTHER,网银"
].join("\n")

/** Uploads a file and answers its id; fails the test when the file is rejected. */
export const uploadRight = async (h: Harness, token: string, type: string, text: string) => {
  const r = await h.upload(token, type, `${type}.csv`, text)
  expect(r.json.code, r.json.msg).toBe(10000)
  expect(r.json.data.errors, JSON.stringify(r.json.data)).toEqual([])
  expect(r.json.data.status).toBeGreaterThan(0)
  return r.json.data.status as number
}

/** Uploads and applies one file; answers the apply's answer. */
export const uploadAndApply = async (h: Harness, token: string, type: string, text: string) => {
  const id = await uploadRight(h, token, type, text)
  return h.call("POST", "/api/updatedatabutton", { token, body: { type, ids: [id] } })
}

/** Loads organisation, customers and transactions, applying each in turn. */
export const loadBank = async (h: Harness) => {
  const token = await h.signIn("admin")
  for (const [type, text] of [
    ["organization", organizationCsv],
    ["company", companyCsv],
    ["trade_flow", tradeFlowCsv]
  ] as const) {
    const r = await uploadAndApply(h, token, type, text)
    expect(r.json.code, `${type}: ${r.json.msg}`).toBe(10000)
  }
  return token
}
