// The real app on MongoStore.layer (the test server of globalSetup, a fresh database per test): sign-in, lockout and
// bearer sessions, user-management scope, organisation changes and the data pipeline, each also checked in the
// database itself so the answers cannot come from memory. The full route suites of packages/http run on Mongo in the mongo-http project (vitest.http.config.ts).
import { MongoClient } from "mongodb"
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest"
import { loadBank } from "../../http/test/support/bankData.js"
import { type CallResult, type Harness, makeHarness, PASSWORD } from "../../http/test/support/harness.js"
import { freshMongoStore } from "./support/freshStore.js"
import { storedPortraits, storedRows } from "./support/storedDataset.js"
import { mongoUri, uniqueDbName } from "./support.js"

let client: MongoClient
let h: Harness
let dbName: string
beforeAll(async () => {
  client = await new MongoClient(mongoUri()).connect()
})
afterAll(() => client.close())
const start = async () => {
  dbName = uniqueDbName("http")
  h = await makeHarness({ store: freshMongoStore("http", mongoUri(), dbName) })
}
afterEach(async () => {
  await h.close()
  await client.db(dbName).dropDatabase()
})
const db = () => client.db(dbName)

const expectCode = (r: CallResult, status: number, code: number) =>
  expect({ status: r.status, code: r.json.code }, r.json.msg).toEqual({ status, code })

describe("accounts on MongoDB", () => {
  it("signs in, serves the bearer session, and stores only the session's hash", async () => {
    await start()
    const token = await h.signIn("admin")
    expectCode(await h.call("GET", "/api/usermanage/user_detail", { token }), 200, 10000)
    const sessions = await db().collection("sessions").find({}).toArray()
    expect(sessions).toHaveLength(1)
    expect(JSON.stringify(sessions)).not.toContain(token)
    expectCode(await h.call("GET", "/api/logout", { token }), 200, 10000)
    expect(await db().collection("sessions").countDocuments({})).toBe(0)
    expectCode(await h.call("GET", "/api/usermanage/user_detail", { token }), 401, 10002)
  })

  it("throttles a guessing address without locking the stored account; the owner signs in from elsewhere", async () => {
    await start()
    const body = { username: "outlet_rm", password: "Wrong@2026" }
    for (let i = 0; i < 3; i++)
      expectCode(await h.call("POST", "/api/sign_in", { body, address: "203.0.113.1" }), 401, 10003)
    const right = { username: "outlet_rm", password: PASSWORD }
    expectCode(await h.call("POST", "/api/sign_in", { body: right, address: "203.0.113.1" }), 401, 10003)
    const stored = await db().collection("users").findOne({ username: "outlet_rm" })
    expect(stored?.lockedUntil).toBeNull()
    expectCode(await h.call("POST", "/api/sign_in", { body: right, address: "10.0.0.2" }), 200, 10000)
  })

  it("keeps a sub-branch admin inside its sub-branch and stores the users it creates", async () => {
    await start()
    const token = await h.signIn("branch_admin")
    const list = await h.call("GET", "/api/usermanage/user_list", { token })
    expect((list.json.data.userList as Array<{ username: string }>).map((u) => u.username).sort()).toEqual(
      ["branch_admin", "branch_rm", "newcomer", "outlet_rm"].sort()
    )
    expectCode(
      await h.call("GET", `/api/usermanage/user_detail?userId=${h.staff.otherOutletRm.id}`, { token }),
      404,
      10007
    )
    const body = { username: "b1_new", name: "新人", role: 4, subbranchId: h.org.b1.id, outletId: h.org.o11.id }
    expectCode(await h.call("POST", "/api/usermanage/create_user", { token, body }), 200, 10000)
    expectCode(
      await h.call("POST", "/api/usermanage/create_user", {
        token,
        body: { ...body, username: "b2_new", subbranchId: h.org.b2.id, outletId: h.org.o21.id }
      }),
      404,
      10007
    )
    expect(await db().collection("users").findOne({ username: "b1_new" })).toMatchObject({
      role: 4,
      initialized: false
    })
    expect(await db().collection("users").findOne({ username: "b2_new" })).toBeNull()
  })
})

describe("organisations on MongoDB", () => {
  it("adds, merges and deletes outlets", async () => {
    await start()
    await h.seedCompanies({ B1O1: 2 })
    const token = await h.signIn("admin")
    const post = (path: string, body: unknown) => h.call("POST", path, { token, body })
    expectCode(
      await post("/api/organ/add", {
        outletName: "城南一网点",
        outletCode: "B3O1",
        branchName: "城南支行",
        branchCode: "B3"
      }),
      200,
      10000
    )
    expect(
      await db()
        .collection("organisations")
        .countDocuments({ code: { $in: ["B3", "B3O1"] } })
    ).toBe(2)
    const merged = await post("/api/organ/merge", { outletCode: "B1O1", newOutletCode: "B3O1" })
    expectCode(merged, 200, 10000)
    expect(merged.json.data).toEqual({ movedCompanies: 2, movedUsers: 1 })
    expect(await h.countCompanies("B3O1")).toBe(2)
    expectCode(await h.call("GET", "/api/organ/detail?code=B1O1", { token }), 404, 10007)
    expectCode(await post("/api/organ/delete", { code: "B3O1" }), 409, 10008)
    expectCode(await post("/api/organ/delete", { code: "B1O2" }), 200, 10000)
    expect(await db().collection("organisations").findOne({ code: "B1O2" })).toBeNull()
  })
})

describe("the data pipeline on MongoDB", () => {
  it("uploads and applies organization, company and trade_flow; the portrait shows C1's hand-checked figures", async () => {
    await start()
    const token = await loadBank(h)
    const r = await h.call("GET", "/api/company/detail?id=C1", { token })
    expectCode(r, 200, 10000)
    const d = r.json.data
    expect(d.basicInfo).toMatchObject({ companyName: "东方制造有限公司", belongsToOutlet: "城东一网点" })
    expect(d.allTradeStream.hourBalance.balance).toEqual([1200, 700, 966.67])
    expect(d.borrowTradeStream.hourBalance.balance).toEqual([700, 700, 700])
    expect(d.lendTradeStream.hourBalance.balance).toEqual([1200, 1000, 1100])
    expect(d.allTradeStream.trade.amount).toEqual([1300, 500, 900])
    expect(d.allTradeStream.trade.quantity).toEqual([2, 1, 1.5])
    expect(d.innerScale).toMatchObject({ trade: 0.1667, quantity: 0.3333, borrowTrade: 1, lendTrade: 0 })
    expect(d.allTradeStream.hourBalance).toMatchObject({ rank: 2, branchRank: 1, outletRank: 1 })
    expect(d.analysisDate).toBe("2026-02-01")
    // The rows, the portraits and the pointer are MongoDB documents.
    const pointer = await db().collection("datasetPointer").findOne({})
    expect(pointer).not.toBeNull()
    expect((await storedRows(db())).filter((r) => r.type === "trade_flow")).toHaveLength(4)
    expect((await storedPortraits(db())).filter((p) => p.code === "C1").length).toBeGreaterThan(0)
  })
})
