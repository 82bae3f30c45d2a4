// The marketing loop end to end: an outlet RM records contacts, the customer buys (a financial_trade upload), and
// the conversion figures of its outlet, its sub-branch and the bank move exactly as DOMAIN.md §7 says.
import { afterEach, beforeEach, describe, expect, it } from "vitest"
import { loadWealth, uploadAndApply } from "./support/bankData.js"
import { type Harness, makeHarness } from "./support/harness.js"

const tradeHeader =
  "tradeId,companyCode,productCode,businessType,tradeTime,valueDate,expiryDate,amount,balance,interestRate,channel,allRedeemFlag"

/** The harness clock reads 2026-11-23 10:00 in Asia/Shanghai: this month is November 2026. */
const conversionOf = async (h: Harness, token: string, query = "") => {
  const r = await h.call("GET", `/api/statistics/conversion_rate?count=100${query}`, { token })
  expect(r.json.code, r.json.msg).toBe(10000)
  return r.json.data as {
    organizations: Array<Record<string, number | string>>
    total: number
    branchRank?: Record<string, number>
    outletRank?: Record<string, number>
  }
}

const figures = (row: Record<string, number | string> | undefined) =>
  row === undefined
    ? undefined
    : [
        row.recommandQuantityThisMonth,
        row.conversionQuantityThisMonth,
        row.conversionRateThisMonth,
        row.conversionQuantityThisYear,
        row.conversionRateThisYear
      ]

describe("marketing records feed conversion (DOMAIN.md §7)", () => {
  let h: Harness
  let admin: string
  beforeEach(async () => {
    h = await makeHarness()
    admin = await loadWealth(h)
  })
  afterEach(() => h.close())

  const record = async (token: string, code: string, createTime: string, type = 0) => {
    const r = await h.call("POST", "/api/company/marketing", {
      token,
      body: { code, createTime, type, remark: `联系 ${createTime}` }
    })
    expect(r.json.code, r.json.msg).toBe(10000)
    return r.json.data as { id: string; name: string; createTime: string }
  }

  it("two contacts, then a purchase after the first: the outlet, the sub-branch and the bank each count one conversion", async () => {
    const rm = await h.signIn("outlet_rm")
    const first = await record(rm, "C1", "2026-11-02 10:00:00", 0)
    await record(rm, "C1", "2026-11-05 15:30:00", 1)
    expect(first.name).toBe("outlet_rm-name")
    expect(first.createTime).toBe("2026-11-02 10:00:00")

    const before = await conversionOf(h, admin)
    const b1 = () => before.organizations.find((o) => o.organizationName === "城东支行")
    expect(figures(b1())).toEqual([1, 0, 0, 0, 0])

    // Bought between the two contacts: on or after the first record of the month, inside the month.
    const bought = await uploadAndApply(
      h,
      admin,
      "financial_trade",
      [tradeHeader, "T9,C1,P1,申购,2026-11-03 09:00:00,2026-11-04,2027-05-04,10,60,3.25,网银,"].join("\n")
    )
    expect(bought.json.code, bought.json.msg).toBe(10000)

    const bank = await conversionOf(h, admin)
    expect(bank.organizations.map((o) => [o.organizationName, ...figures(o)!])).toEqual([
      ["城东支行", 1, 1, 100, 1, 100],
      ["城西支行", 0, 0, 0, 0, 0]
    ])
    expect(bank.branchRank).toBeUndefined()
    expect(bank.outletRank).toBeUndefined()

    const branch = await conversionOf(h, admin, `&branchId=${h.org.b1.id}`)
    expect(branch.organizations.map((o) => [o.organizationName, ...figures(o)!])).toEqual([
      ["城东一网点", 1, 1, 100, 1, 100],
      ["城东二网点", 0, 0, 0, 0, 0]
    ])

    const mine = await conversionOf(h, rm)
    expect(mine.organizations.map((o) => o.organizationName)).toEqual(["城东一网点"])
    expect(mine.branchRank).toEqual({
      recommandQuantityThisMonthRank: 1,
      conversionQuantityThisMonthRank: 1,
      conversionRateThisMonthRank: 1,
      conversionQuantityThisYearRank: 1,
      conversionRateThisYearRank: 1,
      total: 2
    })
    expect(mine.outletRank?.conversionQuantityThisMonthRank).toBe(1)
    expect(mine.outletRank?.total).toBe(2)

    // The other sub-branch's admin ranks second everywhere but shares no data beyond its own row.
    const west = await conversionOf(h, await h.signIn("west_admin"))
    expect(west.organizations.map((o) => o.organizationName)).toEqual(["城西支行"])
    expect(west.branchRank?.conversionQuantityThisMonthRank).toBe(2)
  })

  it("a purchase before the customer's first record of the month does not count", async () => {
    const rm = await h.signIn("branch_rm")
    await uploadAndApply(
      h,
      admin,
      "financial_trade",
      [tradeHeader, "T8,C3,P1,申购,2026-11-07 09:00:00,2026-11-08,2027-05-08,10,10,3.25,柜台,"].join("\n")
    )
    await record(rm, "C3", "2026-11-08 10:00:00")
    const b1 = await conversionOf(h, admin, `&branchId=${h.org.b1.id}`)
    expect(b1.organizations.map((o) => [o.organizationName, ...figures(o)!])).toEqual([
      ["城东一网点", 0, 0, 0, 0, 0],
      ["城东二网点", 1, 0, 0, 0, 0]
    ])
  })

  it("another outlet's RM can neither see nor change the records; nothing changes when it tries", async () => {
    const rm = await h.signIn("outlet_rm")
    const made = await record(rm, "C1", "2026-11-02 10:00:00")
    const west = await h.signIn("west_rm")

    const list = await h.call("GET", "/api/company/marketing?code=C1&page=1&count=10", { token: west })
    expect(list.json.code).toBe(10007)
    const edit = await h.call("PUT", "/api/company/marketing", { token: west, body: { id: made.id, remark: "x" } })
    expect(edit.json.code).toBe(10007)
    const del = await h.call("DELETE", "/api/company/marketing", { token: west, body: { id: made.id } })
    expect(del.json.code).toBe(10007)
    // An unknown id answers the same.
    const unknown = await h.call("DELETE", "/api/company/marketing", { token: west, body: { id: "nope" } })
    expect([unknown.status, unknown.json.code]).toEqual([del.status, del.json.code])

    const still = await h.call("GET", "/api/company/marketing?code=C1&page=1&count=10", { token: rm })
    expect(still.json.data.total).toBe(1)
    expect(still.json.data.result[0]).toMatchObject({ id: made.id, remark: "联系 2026-11-02 10:00:00", type: 0 })
  })

  it("a sub-branch RM sees only its own records of a customer; the sub-branch admin sees and edits all", async () => {
    const rm = await h.signIn("outlet_rm")
    const made = await record(rm, "C1", "2026-11-02 10:00:00")
    const branchRm = await h.signIn("branch_rm")
    const own = await record(branchRm, "C1", "2026-11-03 10:00:00", 2)

    const seenByBranchRm = await h.call("GET", "/api/company/marketing?code=C1&page=1&count=10", { token: branchRm })
    expect(seenByBranchRm.json.data.result.map((r: { id: string }) => r.id)).toEqual([own.id])
    const refused = await h.call("PUT", "/api/company/marketing", { token: branchRm, body: { id: made.id, type: 5 } })
    expect(refused.json.code).toBe(10007)

    const boss = await h.signIn("branch_admin")
    const all = await h.call("GET", "/api/company/marketing?code=C1&page=1&count=10", { token: boss })
    expect(all.json.data.result.map((r: { id: string }) => r.id)).toEqual([own.id, made.id])
    const edited = await h.call("PUT", "/api/company/marketing", {
      token: boss,
      body: { id: made.id, type: "4", remark: "已成交" }
    })
    expect(edited.json.code, edited.json.msg).toBe(10000)
    expect(edited.json.data).toMatchObject({ id: made.id, type: 4, remark: "已成交", name: "outlet_rm-name" })
    expect(edited.json.data.createTime).toBe("2026-11-02 10:00:00")

    const gone = await h.call("DELETE", "/api/company/marketing", { token: rm, body: { id: made.id } })
    expect(gone.json.code, gone.json.msg).toBe(10000)
    const after = await h.call("GET", "/api/company/marketing?code=C1&page=1&count=10", { token: boss })
    expect(after.json.data.total).toBe(1)
  })
})
