// The database as a MongoDB user sees it with the plain driver (what mongosh or Compass show): a handful of
// named collections per data version whatever the row count, one document per upload row with typed fields, one
// document per customer portrait, and the per-customer reads answered from an index.
import { Redacted } from "effect"
import { MongoClient } from "mongodb"
import { afterAll, beforeAll, expect, it } from "vitest"
import { loadWealth } from "../../http/test/support/bankData.js"
import { type Harness, makeHarness } from "../../http/test/support/harness.js"
import { MongoStore } from "../src/index.js"
import { mongoUri, uniqueDbName } from "./support.js"

let client: MongoClient
let h: Harness | undefined
const dbName = uniqueDbName("mongosh")
beforeAll(async () => {
  client = await new MongoClient(mongoUri()).connect()
})
afterAll(async () => {
  await h?.close()
  await client.db(dbName).dropDatabase()
  await client.close()
})

it("holds a few named collections, one typed document per row and per portrait", { timeout: 120_000 }, async () => {
  h = await makeHarness({ store: MongoStore.layer({ uri: Redacted.make(mongoUri()), dbName }) })
  await loadWealth(h)
  const db = client.db(dbName)

  // show collections
  const names = (await db.listCollections({}, { nameOnly: true }).toArray()).map((c) => c.name).sort()
  const pointer = (await db.collection("datasetPointer").findOne({ _id: "active" as never }))!
  const { version, snapshots } = pointer as unknown as { version: number; snapshots: Record<string, number> }
  const versioned = names.filter((n) => /\.v\d+$/.test(n))
  // Six uploads made six versions: what remains is what the active pointer sees, one collection per type, the
  // event uploads (kept as history) and the active portraits; nothing per customer, batch or shard.
  expect(versioned).toEqual(
    [
      ...Object.entries(snapshots).map(([type, v]) => `${type}.v${v}`),
      "financial_trade.v6",
      "trade_flow.v3",
      `portraits.v${version}`
    ].sort()
  )
  // Staged uploads take four (stagedFiles, stagingTimes and the stagedRows GridFS bucket's two).
  expect(names.length).toBeLessThanOrEqual(24)
  expect(names).toEqual(
    expect.arrayContaining(["users", "sessions", "organisations", "datasetPointer", "leases", "stagedFiles"])
  )

  // db["trade_flow.v3"].findOne({companyCode: "C1"})
  const trade = await db.collection("trade_flow.v3").findOne({ companyCode: "C1" }, { sort: { _id: 1 } })
  expect(trade).toMatchObject({ _id: 0, companyCode: "C1", accountNo: expect.any(String) })
  expect(trade!.tradeTime).toBeInstanceOf(Date)
  expect(typeof trade!.amount).toBe("number")
  expect(typeof trade!.balance).toBe("number")

  // db["financial_trade.v6"].findOne({tradeId: "T3"}): empty columns are absent, dates are dates.
  const redemption = await db.collection("financial_trade.v6").findOne({ tradeId: "T3" })
  expect(redemption).toEqual({
    _id: 2,
    tradeId: "T3",
    companyCode: "C1",
    productCode: "P1",
    businessType: "赎回",
    tradeTime: new Date("2026-02-03T14:00:00Z"),
    amount: 9.5,
    balance: 50.5,
    channel: "手机银行",
    allRedeemFlag: false
  })
  const holding = await db.collection(`holding.v${snapshots.holding}`).findOne({ companyCode: "C1", productCode: "P2" })
  expect(holding).toMatchObject({ balance: 20, expiryDate: new Date("2026-04-11T00:00:00Z") })

  // Aggregation works on the fields as they are: C1's inflow per month.
  const months = await db
    .collection("trade_flow.v3")
    .aggregate([
      { $match: { companyCode: "C1", direction: "贷" } },
      { $group: { _id: { $dateToString: { format: "%Y-%m", date: "$tradeTime" } }, total: { $sum: "$amount" } } },
      { $sort: { _id: 1 } }
    ])
    .toArray()
  expect(months.length).toBeGreaterThan(0)
  expect(months.every((m) => /^\d{4}-\d{2}$/.test(m._id) && typeof m.total === "number")).toBe(true)

  // db["portraits.v<n>"].findOne({_id: "C1"})
  const portrait = await db.collection(`portraits.v${version}`).findOne({ _id: "C1" as never })
  expect(portrait).toMatchObject({ _id: "C1", name: "东方制造有限公司", outletCode: expect.any(String) })
  expect(portrait!.portrait).toEqual(expect.any(Object))

  // The per-customer reads have their index.
  const indexes = (await db.collection("trade_flow.v3").indexes()).map((i) => i.name)
  expect(indexes).toContain("companyCode_tradeTime")
  const plan = await db
    .collection("financial_trade.v6")
    .find({ companyCode: "C1" })
    .sort({ tradeTime: -1, _id: -1 })
    .hint("companyCode_tradeTime")
    .explain("queryPlanner")
  expect(JSON.stringify(plan)).toMatch(/IXSCAN/)
})
