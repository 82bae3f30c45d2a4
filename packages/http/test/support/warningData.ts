/**
 * Holdings around a fixed "today" for the maturity warning tests, on top of bankData's bank (C1 in B1O1, C2 in
 * B2O1, C3 in B1O2). Today is 2028-02-19 in Shanghai, so the default window [today, today + 40] ends 2028-03-30
 * and the leap day 2028-02-29 lies inside it.
 */
import { expect } from "vitest"
import { loadBank, uploadAndApply } from "./bankData.js"
import type { Harness } from "./harness.js"

export const TODAY = "2028-02-19"

/** Epoch ms of a Shanghai wall-clock moment (UTC+8). */
export const sh = (y: number, m: number, d: number, hh = 0, mm = 0, ss = 0) => Date.UTC(y, m - 1, d, hh - 8, mm, ss)

/** Moves the harness clock to an instant. */
export const setClock = (h: Harness, at: number) => h.clock.advance(at - h.clock.now())

const productHeader =
  "productCode,productName,productType,riskLevel,termDays,startingAmount,expectedRate,salesStart,salesEnd,valueDate,expiryDate,manualUrl,remark,marketingSkills"
const productRow = (code: string, name: string) =>
  `${code},${name},非保本,R2,90,1,3.1,2027-11-01,2027-12-31,2028-01-01,2028-03-31,,,`

export const warningProductCsv = [
  productHeader,
  productRow("P1", "稳健一号"),
  productRow("P2", "安心二号"),
  productRow("P9", "将下架九号")
].join("\n")
/** The same catalogue without P9, uploaded later: holdings of P9 then have no product name. */
export const productsWithoutP9Csv = [productHeader, productRow("P1", "稳健一号"), productRow("P2", "安心二号")].join(
  "\n"
)

/** Expiry dates: yesterday, today, the leap day (three customers), the window's last day, the day after it. */
export const warningHoldingCsv = [
  "companyCode,productCode,balance,valueDate,expiryDate",
  "C1,P1,10,2028-01-01,2028-02-18",
  "C1,P2,20.5,2028-01-01,2028-02-19",
  "C3,P1,30,2028-01-01,2028-02-29",
  "C2,P1,40,2028-01-01,2028-02-29",
  "C1,P9,50,2028-01-01,2028-02-29",
  "C1,P1,60,2027-12-01,2028-03-30",
  "C3,P2,70,2028-01-01,2028-03-31"
].join("\n")

/** bankData's bank plus the products and holdings above; answers the admin's token. */
export const loadMaturities = async (h: Harness) => {
  const token = await loadBank(h)
  for (const [type, text] of [
    ["product", warningProductCsv],
    ["holding", warningHoldingCsv]
  ] as const) {
    const r = await uploadAndApply(h, token, type, text)
    expect(r.json.code, `${type}: ${r.json.msg}`).toBe(10000)
  }
  return token
}

/** "customer/product/expiry" of each row of a holding list answer. */
export const keysOf = (rows: ReadonlyArray<{ basicInfoCode: string; productCode: string; expiryTime: number }>) =>
  rows.map(
    (r) => `${r.basicInfoCode}/${r.productCode}/${new Date(r.expiryTime + 8 * 3_600_000).toISOString().slice(0, 10)}`
  )
