// Durability: the real server process on MongoDB stops on SIGTERM with exit code 0 and, started again on the
// same database, serves everything it had: the session, the user, the outlet and the portrait.
import { MongoClient } from "mongodb"
import { afterAll, afterEach, beforeAll, expect, it } from "vitest"
import { companyCsv, organizationCsv, tradeFlowCsv } from "../../http/test/support/bankData.js"
import {
  initializeAdmin,
  request,
  type ServerProcess,
  startServer,
  stopServer,
  uploadAndApply
} from "../../http/test/support/serverProcess.js"
import { mongoUri, uniqueDbName } from "./support.js"

let client: MongoClient
const dbName = uniqueDbName("restart")
const running: Array<ServerProcess> = []
beforeAll(async () => {
  client = await new MongoClient(mongoUri()).connect()
})
afterEach(async () => {
  for (const s of running.splice(0)) await stopServer(s, "SIGKILL")
})
afterAll(async () => {
  await client.db(dbName).dropDatabase()
  await client.close()
})

const start = async () => {
  const s = await startServer({ MONGODB_URI: mongoUri(), MONGODB_DB: dbName })
  running.push(s)
  return s
}

it("keeps sessions, users, outlets and portraits across a SIGTERM and a restart", { timeout: 120_000 }, async () => {
  const first = await start()
  expect(first.lines().find((l) => l.event === "store_open")).toMatchObject({ store: "mongodb" })
  expect(first.lines().find((l) => l.event === "bootstrap_admin_created")).toBeDefined()
  const token = await initializeAdmin(first.url, "Harbour-Lights-2027")
  expect((await request(first.url, "GET", "/api/usermanage/user_detail", { token })).json.code).toBe(10000)

  for (const [type, text] of [
    ["organization", organizationCsv],
    ["company", companyCsv],
    ["trade_flow", tradeFlowCsv]
  ] as const) {
    const applied = await uploadAndApply(first.url, token, type, text)
    expect(applied.json.code, `${type}: ${applied.json.msg}`).toBe(10000)
  }
  const added = await request(first.url, "POST", "/api/organ/add", {
    token,
    body: { outletName: "城南一网点", outletCode: "B3O1", branchName: "城南支行", branchCode: "B3" }
  })
  expect(added.json.code, added.json.msg).toBe(10000)
  const detail = await request(first.url, "GET", "/api/new_params", { token })
  const b3 = (detail.json.data.branches as Array<{ code: string; id: number; outlets: Array<{ id: number }> }>).find(
    (b) => b.code === "B3"
  )!
  const created = await request(first.url, "POST", "/api/usermanage/create_user", {
    token,
    body: { username: "south_rm", name: "南区经理", role: 4, subbranchId: b3.id, outletId: b3.outlets[0]!.id }
  })
  expect(created.json.code, created.json.msg).toBe(10000)
  const portraitBefore = await request(first.url, "GET", "/api/company/detail?id=C1", { token })
  expect(portraitBefore.json.data.allTradeStream.hourBalance.balance).toEqual([1200, 700, 966.67])

  expect(await stopServer(first, "SIGTERM")).toEqual({ code: 0, signal: null })
  expect(first.lines().map((l) => l.event)).toContain("shutting_down")

  const second = await start()
  // The admin exists, so no bootstrap admin is created again; the old token still works.
  expect(second.lines().find((l) => l.event === "bootstrap_admin_created")).toBeUndefined()
  const me = await request(second.url, "GET", "/api/usermanage/user_detail", { token })
  expect(me.json.code, me.json.msg).toBe(10000)
  expect(me.json.data).toMatchObject({ username: "root_admin", initialized: 1 })

  const users = await request(second.url, "GET", "/api/usermanage/user_list?keyword=south_rm", { token })
  expect(users.json.data.userList).toMatchObject([{ username: "south_rm", role: 4, organ: "城南一网点" }])
  const outlet = await request(second.url, "GET", "/api/organ/detail?code=B3O1", { token })
  expect(outlet.json.code, outlet.json.msg).toBe(10000)
  expect(outlet.json.data).toMatchObject({ outletName: "城南一网点", branchName: "城南支行" })

  const portraitAfter = await request(second.url, "GET", "/api/company/detail?id=C1", { token })
  expect(portraitAfter.json.code, portraitAfter.json.msg).toBe(10000)
  expect(portraitAfter.json.data).toEqual(portraitBefore.json.data)
  const status = await request(second.url, "GET", "/api/organ/status", { token })
  expect(status.json.data).toMatchObject({ status: 0, version: 3, analysisDate: "2026-02-01" })
  // The new user signs in with the initial password on the restarted server.
  const south = await request(second.url, "POST", "/api/sign_in", {
    body: { username: "south_rm", password: "Initial@2026" }
  })
  expect(south.json.code, south.json.msg).toBe(10000)

  expect(await stopServer(second, "SIGTERM")).toEqual({ code: 0, signal: null })
})
