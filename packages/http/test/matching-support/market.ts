/**
 * A small bank for the matching and product routes, with figures easy to follow by hand. D = 2026-03-31.
 *
 * Customers (idle funds, tolerance, preference): C4 B1O1 6000万 R5 not bought 高潜力; C2 B2O1 800万 bought P3 twice
 * → risk 4, 6-12个月, 高价值; C1 B1O1 200万 R3 bought P2 and P1 → 3-6个月, rates 2.5–3.2, 稳定持有, holds P2;
 * C3 B1O2 30万 R2 not bought 低潜力; C5 B1O1 no balances, not bought 低潜力.
 * Products on sale on D: P1 R2, P2 R3, P3 R4 (50万 起), P4 R1 (also on sale on the harness's today,
 * 2026-11-23), P6 R5 (1000万 起); P5's sale ended before D. Bought in the 30 days up to D: P3 100, P2 10, P1 5.
 */
import { expect } from "vitest"
import { organizationCsv, uploadAndApply } from "../support/bankData.js"
import type { Harness } from "../support/harness.js"

const companyCsv = [
  "code,name,outletCode,linkman,contact,riskRating,listedCompanyId",
  "C1,东方制造有限公司,B1O1,张三,13800000001,R3,",
  "C2,西山贸易有限公司,B2O1,李四,13800000002,,",
  "C3,东城科技有限公司,B1O2,王五,13800000003,R2,",
  "C4,北辰集团有限公司,B1O1,赵六,13800000004,R5,",
  "C5,南湖文化有限公司,B1O1,钱七,13800000005,,"
].join("\n")

const tradeFlowCsv = [
  "companyCode,accountNo,tradeTime,direction,amount,balance,counterpartyBank,channel",
  "C1,A1,2026-01-02 09:00:00,贷,2000000,2000000,,网银",
  "C2,A2,2026-01-02 09:00:00,贷,8000000,8000000,,网银",
  "C3,A3,2026-01-02 09:00:00,贷,300000,300000,,柜台",
  "C4,A4,2026-01-02 09:00:00,贷,60000000,60000000,,网银",
  "C3,A3,2026-03-31 16:00:00,贷,1,300001,,柜台"
].join("\n")

const productHeader =
  "productCode,productName,productType,riskLevel,termDays,startingAmount,expectedRate,salesStart,salesEnd,valueDate,expiryDate,manualUrl,remark,marketingSkills"
const productCsv = [
  productHeader,
  "P1,稳健一号,非保本,R2,90,1,2.5,2026-03-01,2026-04-30,2026-05-01,2026-07-30,https://bank.example/p1.pdf,,稳健首选",
  "P2,安心二号,非保本,R3,182,5,3.2,2026-03-01,2026-04-30,2026-05-01,2026-10-30,,,",
  "P3,进取三号,非保本,R4,365,50,4,2026-03-01,2026-04-30,2026-05-01,2027-05-01,,,收益领先",
  "P4,活钱四号,保本,R1,30,1,1.8,2026-03-01,2026-12-31,2026-03-01,2027-12-31,,天天可买,",
  "P5,往期五号,非保本,R2,180,1,3,2026-01-01,2026-02-28,2026-03-01,2026-08-28,,,",
  "P6,私享六号,结构性,R5,400,1000,6,2026-03-01,2026-04-30,2026-05-01,2027-06-05,,,"
].join("\n")

const holdingCsv = ["companyCode,productCode,balance,valueDate,expiryDate", "C1,P2,10,2026-05-01,2026-10-30"].join("\n")

const financialTradeCsv = [
  "tradeId,companyCode,productCode,businessType,tradeTime,valueDate,expiryDate,amount,balance,interestRate,channel,allRedeemFlag",
  "T1,C1,P2,认购,2026-03-10 10:00:00,2026-05-01,2026-10-30,10,10,3.2,网银,",
  "T2,C1,P1,认购,2026-03-15 10:00:00,2026-05-01,2026-07-30,5,5,2.5,网银,",
  "T3,C2,P3,认购,2026-03-20 10:00:00,2026-05-01,2027-05-01,60,60,4,柜台,",
  "T4,C2,P3,申购,2026-03-25 10:00:00,2026-05-01,2027-05-01,40,100,4,柜台,"
].join("\n")

export const peerProductCsv = [
  `bankName,${productHeader}`,
  "工商银行,G1,工银稳利,非保本,R2,180,1,3.1,2026-03-01,2026-04-30,2026-05-01,2026-10-28,,,",
  "建设银行,J1,建信安盈,保本,R1,90,5,2.2,2026-03-01,2026-04-30,2026-05-01,2026-07-30,,,"
].join("\n")

/** Uploads and applies the whole bank; answers the admin's token. */
export const loadMarket = async (h: Harness) => {
  const token = await h.signIn("admin")
  for (const [type, text] of [
    ["organization", organizationCsv],
    ["company", companyCsv],
    ["trade_flow", tradeFlowCsv],
    ["product", productCsv],
    ["peer_product", peerProductCsv],
    ["holding", holdingCsv],
    ["financial_trade", financialTradeCsv]
  ] as const) {
    const r = await uploadAndApply(h, token, type, text)
    expect(r.json.code, `${type}: ${r.json.msg}`).toBe(10000)
  }
  return token
}
