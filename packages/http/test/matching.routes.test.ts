/**
 * /api/company/match, match_1 and the portrait's recommand / top5Product on the small market bank:
 * hard rules, scope, paging and the not-found product.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { loadMarket } from "./matching-support/market.js"
import { type Harness, makeHarness } from "./support/harness.js"

let h: Harness
const tokens: Record<string, string> = {}
const get = (who: string, path: string) => h.call("GET", path, { token: tokens[who]! })
const codes = (r: { json: { data: { companies: Array<{ code?: string; id: string }> } } }) =>
  r.json.data.companies.map((c) => c.id)

beforeAll(async () => {
  h = await makeHarness()
  tokens.admin = await loadMarket(h)
  for (const who of ["bank_rm", "outlet_rm", "west_rm", "branch_rm"]) tokens[who] = await h.signIn(who)
})
afterAll(() => h.close())

describe("GET /api/company/match", () => {
  it("ranks only customers whose tolerance and funds allow the product, best score first", async () => {
    const r = await get("bank_rm", "/api/company/match?code=P3")
    expect(r.json.code).toBe(10000)
    expect(r.json.data.total).toBe(2)
    expect(codes(r)).toEqual(["C2", "C4"])
    const [first, second] = r.json.data.companies
    expect(first.score).toBeGreaterThan(second.score)
    expect(first.riskPreference).toEqual([4])
    expect(first.riskLevel).toBe("R4")
    expect(first.category).toBe(1)
    expect(first.categoryName).toBe("高价值客户")
    expect(first.interestRatePreference).toBe("4%")
    expect(first.reasons[0]).toBe("风险等级R4，与客户风险承受能力（R4）一致")
  })

  it("leaves out customers who cannot afford the starting amount", async () => {
    const r = await get("bank_rm", "/api/company/match?code=P4")
    expect(codes(r).sort()).toEqual(["C1", "C2", "C3", "C4"])
    const big = await get("bank_rm", "/api/company/match?code=P6")
    expect(codes(big)).toEqual(["C4"])
  })

  it("never shows an outlet's relationship manager another outlet's customers", async () => {
    expect(codes(await get("outlet_rm", "/api/company/match?code=P3"))).toEqual(["C4"])
    expect(codes(await get("west_rm", "/api/company/match?code=P3"))).toEqual(["C2"])
    const all = await get("outlet_rm", "/api/company/match?code=P4&count=100")
    expect(codes(all).sort()).toEqual(["C1", "C4"])
  })

  it("pages the ranking with the full total", async () => {
    const all = codes(await get("bank_rm", "/api/company/match?code=P4"))
    const page2 = await get("bank_rm", "/api/company/match?code=P4&page=2&count=3")
    expect(page2.json.data.total).toBe(4)
    expect(codes(page2)).toEqual(all.slice(3))
  })

  it("leaves out customers who hold the product, and lists no one for a product not on sale on D", async () => {
    const held = await get("bank_rm", "/api/company/match?code=P2")
    expect(codes(held).sort()).toEqual(["C2", "C4"])
    const ended = await get("bank_rm", "/api/company/match?code=P5")
    expect(ended.json.code).toBe(10000)
    expect(ended.json.data.total).toBe(0)
    expect(codes(ended)).toEqual([])
  })

  it("gives a customer the same score for a product as the portrait's recommand", async () => {
    const recs = (await get("outlet_rm", "/api/company/detail?id=C1")).json.data.recommand
    expect(recs.length).toBeGreaterThan(0)
    for (const r of recs as Array<{ productCode: string; score: number }>) {
      const ranked = await get("bank_rm", `/api/company/match?code=${r.productCode}&count=100`)
      const row = ranked.json.data.companies.find((c: { id: string }) => c.id === "C1")
      expect(row.score).toBe(r.score)
    }
  })

  it("answers an unknown product as not found", async () => {
    const r = await get("bank_rm", "/api/company/match?code=NOPE")
    expect(r.status).toBe(404)
    expect(r.json.code).toBe(10007)
  })

  it("answers the superseded match_1 shape with the same ranking", async () => {
    const r = await get("bank_rm", "/api/company/match_1?code=P3")
    expect(codes(r)).toEqual(["C2", "C4"])
    expect(Object.keys(r.json.data.companies[0]).sort()).toEqual(
      [
        "amountPreference",
        "belongsToBranch",
        "belongsToOutlet",
        "category",
        "companyName",
        "cyclePreference",
        "id",
        "interestRatePreference",
        "riskPreference"
      ].sort()
    )
  })
})

describe("GET /api/company/match_model", () => {
  it("says the rules score alone while the bank has too little purchase history", async () => {
    const r = await get("outlet_rm", "/api/company/match_model")
    expect(r.json.code).toBe(10000)
    expect(r.json.data).toMatchObject({ mode: "rules", purchases: 4, fitted: 0, weights: {}, warm: null })
    expect(r.json.data.reason).toBe("too little history: 4 purchases (at least 30)")
  })
})

describe("the portrait's product blocks", () => {
  it("recommend suitable products on sale on D that the customer does not hold, with reasons", async () => {
    const r = await get("outlet_rm", "/api/company/detail?id=C1")
    expect(r.json.code).toBe(10000)
    const recs = r.json.data.recommand
    expect(recs.map((p: { productCode: string }) => p.productCode)).toEqual(["P1", "P4"])
    expect(recs[0].score).toBeGreaterThan(recs[1].score)
    expect(recs[0].reasons).toContain("风险等级R2，在客户承受范围内（R3）")
    expect(recs[0].downloadUriFlag).toBe(true)
  })

  it("answer the same recommendations in the superseded detail_1 shape", async () => {
    const current = (await get("outlet_rm", "/api/company/detail?id=C1")).json.data.recommand
    const old = (await get("outlet_rm", "/api/company/detail_1?id=C1")).json.data.recommand
    expect(old.map((p: { name: string }) => p.name)).toEqual(current.map((p: { productName: string }) => p.productName))
    expect(old[0]).toEqual({
      name: current[0].productName,
      interestRate: `${current[0].interestRate}%`,
      risk: current[0].riskLevel,
      term: current[0].investmentPeriod,
      downloadUri: current[0].downloadUri,
      instructionId: current[0].downloadUri
    })
  })

  it("list the products on sale on D bought most in the last 30 days, with their marketing skills", async () => {
    const r = await get("outlet_rm", "/api/company/detail?id=C4")
    const top = r.json.data.top5Product
    expect(top.map((p: { productCode: string }) => p.productCode)).toEqual(["P3", "P2", "P1"])
    expect(top[0].marketingSkills).toBe("收益领先")
    expect(top[1].marketingSkills).toBe("")
  })
})
