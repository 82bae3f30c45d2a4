/**
 * Listed-company prospects for the harness's bank, on top of bankData's wealth: L1 is our customer C1 (B1O1, which
 * holds products), L2 is C2 (B2O1, which holds P1 too), L3 is a
 * prospect that is nobody's customer.
 */
import { expect } from "vitest"
import { uploadAndApply } from "./bankData.js"
import type { Harness } from "./harness.js"

export const listedCompanyCsv = [
  "listedCompanyId,name,contact,email,registeredCapital,createTime,RA,registeredLocation,description,businessScope,statementUrl,noticeUrl,companyCode,boughtOtherProduct",
  "L1,东方制造股份,0571-1234567,ir@east.example,1亿元,2001-05-01,杭州市市场监督管理局,杭州市,制造业,机械,https://x.example/l1.pdf,,C1,1",
  "L2,西山贸易股份,,,,,,,,,,,C2,0",
  "L3,南湖新材料股份,,,,,,,,,,https://x.example/l3n.pdf,,"
].join("\n")

export const shareholderCsv = [
  "listedCompanyId,name,holdQuantity,equityProportion,shareType",
  "L1,张三,1000000,12.5,流通A股",
  "L1,李四,500,0.01,",
  "L3,王五,20,1,限售股"
].join("\n")

export const loadListed = async (h: Harness, token: string) => {
  for (const [type, text] of [
    ["listed_company", listedCompanyCsv],
    ["shareholder", shareholderCsv]
  ] as const) {
    const r = await uploadAndApply(h, token, type, text)
    expect(r.json.code, `${type}: ${r.json.msg}`).toBe(10000)
  }
}
