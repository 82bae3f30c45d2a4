// Many app instances on one database (a bank behind a load balancer): two real server processes share sessions
// and data; an update through one is served by the other; of two updates at once exactly one runs (the other
// answers 30004); the update lease of an instance killed mid-update frees itself after its length. A file uploaded
// through one instance is applied through the other.
import { MongoClient } from "mongodb"
import { afterAll, beforeAll, expect, it } from "vitest"
import { companyCsv, organizationCsv, tradeFlowCsv } from "../../http/test/support/bankData.js"
import {
  initializeAdmin,
  request,
  type ServerProcess,
  startServer,
  stopServer,
  upload,
  uploadAndApply
} from "../../http/test/support/serverProcess.js"
import { largeTradeFlow } from "./support/largeTradeFlow.js"
import { mongoUri, uniqueDbName } from "./support.js"

const dbName = uniqueDbName("instances")
const LEASE_SECONDS = 4
const env = { MONGODB_URI: mongoUri(), MONGODB_DB: dbName, UPDATE_LEASE_SECONDS: String(LEASE_SECONDS) }
const running: Array<ServerProcess> = []
let client: MongoClient

beforeAll(async () => {
  client = await new MongoClient(mongoUri()).connect()
})
afterAll(async () => {
  for (const s of running.splice(0)) await stopServer(s, "SIGKILL")
  await client.db(dbName).dropDatabase()
  await client.close()
})

const start = async () => {
  const s = await startServer(env)
  running.push(s)
  return s
}

const signIn = async (url: string, password: string) => {
  const r = await request(url, "POST", "/api/sign_in", { body: { username: "root_admin", password } })
  expect(r.json.code, r.json.msg).toBe(10000)
  return r.json.data.token as string
}

/** Stages a file on one instance and answers the apply request (not yet awaited). */
const stageThenApply = async (url: string, token: string, text: string) => {
  const staged = await upload(url, token, "trade_flow", text)
  expect(staged.json.data?.status, JSON.stringify(staged.json).slice(0, 300)).toBeGreaterThan(0)
  return () =>
    request(url, "POST", "/api/updatedatabutton", {
      token,
      body: { type: "trade_flow", ids: [staged.json.data.status] }
    })
}

const c1Balances = async (url: string, token: string) =>
  (await request(url, "GET", "/api/company/detail?id=C1", { token })).json.data?.allTradeStream.hourBalance.balance

it("two instances on one database share sessions and data, and update one at a time", {
  timeout: 300_000
}, async () => {
  const [a, b] = await Promise.all([start(), start()])
  const tokenA = await initializeAdmin(a.url, "Kestrel-Harbour-42")
  // The session made on A is valid on B: sessions live in the database.
  expect((await request(b.url, "GET", "/api/usermanage/user_detail", { token: tokenA })).json.code).toBe(10000)
  const tokenB = await signIn(b.url, "Kestrel-Harbour-42")

  // An update through A is served by B.
  for (const [type, text] of [
    ["organization", organizationCsv],
    ["company", companyCsv],
    ["trade_flow", tradeFlowCsv]
  ] as const) {
    const applied = await uploadAndApply(a.url, tokenA, type, text)
    expect(applied.json.code, `${type}: ${applied.json.msg}`).toBe(10000)
  }
  expect(await c1Balances(b.url, tokenB)).toEqual([1200, 700, 966.67])
  const version = (await request(b.url, "GET", "/api/organ/status", { token: tokenB })).json.data.version

  // A file uploaded through A is listed by B and applied through B: staged files live in the database.
  expect(await c1Balances(a.url, tokenA)).toEqual([1200, 700, 966.67])
  const stagedOnA = await upload(a.url, tokenA, "trade_flow", largeTradeFlow(3_000))
  const fileId = stagedOnA.json.data?.status
  expect(fileId, JSON.stringify(stagedOnA.json).slice(0, 300)).toBeGreaterThan(0)
  const statusOnB = (await request(b.url, "GET", "/api/updatedatastatus/all", { token: tokenB })).json.data
  const tradeFlowOnB = statusOnB.statusList.find((t: { type: string }) => t.type === "trade_flow")
  expect(tradeFlowOnB.uploadStatus.rightList).toEqual([fileId])
  const appliedOnB = await request(b.url, "POST", "/api/updatedatabutton", {
    token: tokenB,
    body: { type: "trade_flow", ids: [fileId] }
  })
  expect(appliedOnB.json.code, appliedOnB.json.msg).toBe(10000)
  const tradeFlowOnA = (
    await request(a.url, "GET", "/api/updatedatastatus/all", { token: tokenA })
  ).json.data.statusList.find((t: { type: string }) => t.type === "trade_flow")
  expect([tradeFlowOnA.uploadStatus.rightList, tradeFlowOnA.updateTime]).toEqual([[], expect.any(Number)])
  // Every instance serves the new version within a few seconds of the switch (A reads the pointer it shares).
  expect((await request(a.url, "GET", "/api/organ/status", { token: tokenA })).json.data.version).toBeGreaterThan(
    version
  )

  // Two updates at once, one through each instance: exactly one runs, the other answers 30004.
  const [applyA, applyB] = await Promise.all([
    stageThenApply(a.url, tokenA, largeTradeFlow(30_000)),
    stageThenApply(b.url, tokenB, largeTradeFlow(30_000))
  ])
  const answers = await Promise.all([applyA(), applyB()])
  expect(answers.map((r) => r.json.code).sort()).toEqual([10000, 30004])
  const after = (await request(b.url, "GET", "/api/organ/status", { token: tokenB })).json.data.version
  expect(after).toBeGreaterThan(version)
  expect((await request(a.url, "GET", "/api/organ/status", { token: tokenA })).json.data.version).toBe(after)

  // A killed while it holds the update lease: B is refused until the lease's length has passed, then updates.
  const applyLarge = await stageThenApply(a.url, tokenA, largeTradeFlow(200_000))
  const killed = applyLarge().catch((error: unknown) => error)
  const leases = client.db(dbName).collection("leases")
  const deadline = Date.now() + 60_000
  while ((await leases.findOne({ _id: "data-update" as never })) === null && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 20))
  }
  expect(await leases.findOne({ _id: "data-update" as never })).not.toBeNull()
  expect(await stopServer(a, "SIGKILL")).toEqual({ code: null, signal: "SIGKILL" })
  expect(await killed).toBeInstanceOf(Error)
  const killedAt = Date.now()
  const retry = await stageThenApply(b.url, tokenB, largeTradeFlow(3_000))
  const refused = await retry()
  // Unless the machine was so slow that the lease already expired, the lease still blocks B.
  if (Date.now() - killedAt < LEASE_SECONDS * 1_000 - 500) expect(refused.json.code).toBe(30004)
  let applied = refused
  const until = Date.now() + 60_000
  while (applied.json.code === 30004 && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 500))
    applied = await retry()
  }
  expect(applied.json.code, applied.json.msg).toBe(10000)
  expect(Date.now() - killedAt).toBeGreaterThanOrEqual(LEASE_SECONDS * 1_000 - 1_000)
  expect((await request(b.url, "GET", "/api/organ/status", { token: tokenB })).json.data.version).toBeGreaterThan(after)
  expect(await c1Balances(b.url, tokenB)).toHaveLength(3)
})
