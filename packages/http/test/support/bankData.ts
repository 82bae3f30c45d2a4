/**
 * Small upload files for the harness's bank (B1: B1O1, B1O2; B2: B2O1) and a helper that uploads and
 * applies them, so portrait routes have data. Figures of C1 are easy to check by hand:
 *   2026-01-05 贷 1000 → balance 1000; 2026-01-10 借 300 → 700 (in-bank, OURBANK); 2026-02-01 贷 500 → 1200.
 */
import { type ContactOverride, ContactRepo } from "@wm/core"
import { Effect } from "effect"
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

/**
 * Products, holdings and wealth-product trades for C1 and C2 (money in 万元), applied on top of loadBank:
 * C1 holds P2 (20, maturing 2026-04-11) and P1 (50.5, 2026-07-17); its trades newest first are T5 and T3
 * (same time, T5 uploaded later), T2, T1.
 */
export const productCsv = [
  "productCode,productName,productType,riskLevel,termDays,startingAmount,expectedRate,salesStart,salesEnd,valueDate,expiryDate,manualUrl,remark,marketingSkills",
  "P1,稳健理财一号,非保本,R2,182,1,3.25,2026-01-01,2026-01-15,2026-01-16,2026-07-17,https://bank.example/p1.pdf,,",
  "P2,安心理财二号,保本,R1,90,5,2.1,2026-01-01,2026-01-10,2026-01-11,2026-04-11,,,"
].join("\n")

export const holdingCsv = [
  "companyCode,productCode,balance,valueDate,expiryDate",
  "C1,P1,50.5,2026-01-16,2026-07-17",
  "C1,P2,20,2026-01-11,2026-04-11",
  "C2,P1,100,2026-01-16,2026-07-17"
].join("\n")

export const financialTradeCsv = [
  "tradeId,companyCode,productCode,businessType,tradeTime,valueDate,expiryDate,amount,balance,interestRate,channel,allRedeemFlag",
  "T1,C1,P2,认购,2026-01-08 10:00:00,2026-01-11,2026-04-11,20,20,2.1,网银,",
  "T2,C1,P1,认购,2026-01-12 09:30:00,2026-01-16,2026-07-17,60,60,3.25,柜台,",
  "T3,C1,P1,赎回,2026-02-03 14:00:00,,,9.5,50.5,,手机银行,0",
  "T4,C2,P1,申购,2026-02-01 10:00:00,2026-01-16,2026-07-17,100,100,3.25,网银,",
  "T5,C1,P1,申购,2026-02-03 14:00:00,2026-01-16,2026-07-17,0.5,51,3.25,网银,"
].join("\n")

/** loadBank, then products, holdings and wealth-product trades. */
export const loadWealth = async (h: Harness) => {
  const token = await loadBank(h)
  for (const [type, text] of [
    ["product", productCsv],
    ["holding", holdingCsv],
    ["financial_trade", financialTradeCsv]
  ] as const) {
    const r = await uploadAndApply(h, token, type, text)
    expect(r.json.code, `${type}: ${r.json.msg}`).toBe(10000)
  }
  return token
}

/** Corrects C1's contact as a relationship manager would (no new data version); `shown` is what the portrait showed. */
export const correctContact = (h: Harness, shown: { readonly linkman: string; readonly contact: string }) => {
  const override: ContactOverride = {
    companyCode: "C1",
    linkman: "新联系人",
    contact: "13900000000",
    uploadedLinkman: shown.linkman,
    uploadedContact: shown.contact,
    updatedAt: 0,
    updatedBy: null
  }
  return h.runtime.runPromise(Effect.flatMap(ContactRepo, (repo) => repo.save(override)))
}
