// A crash in the middle of an update leaves the previous version served: (a) at the adapter, a version written
// without activate by a client that then goes away; (b) the real server killed with SIGKILL during a large apply.
import { DatasetRepo, type UploadRow } from "@wm/core"
import { Effect, ManagedRuntime, Option, Redacted } from "effect"
import { MongoClient } from "mongodb"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { makeApp } from "../../http/src/app.js"
import { silentLogger } from "../../http/src/infra/logger.js"
import { servicesLayer } from "../../http/src/services.js"
import {
  companyCsv,
  loadBank,
  moreTradeFlowCsv,
  organizationCsv,
  tradeFlowCsv
} from "../../http/test/support/bankData.js"
import { accountConfig, cheapScrypt, makeHarness, PASSWORD } from "../../http/test/support/harness.js"
import {
  initializeAdmin,
  request,
  type ServerProcess,
  startServer,
  stopServer,
  upload,
  uploadAndApply
} from "../../http/test/support/serverProcess.js"
import { MongoStore } from "../src/index.js"
import { largeTradeFlow } from "./support/largeTradeFlow.js"
import { storedPortraits, storedRows } from "./support/storedDataset.js"
import { mongoUri, uniqueDbName } from "./support.js"

let client: MongoClient
const used: Array<string> = []
const freshDb = (purpose: string) => {
  const name = uniqueDbName(purpose)
  used.push(name)
  return name
}
beforeAll(async () => {
  client = await new MongoClient(mongoUri()).connect()
})
afterAll(async () => {
  for (const name of used) await client.db(name).dropDatabase()
  await client.close()
})

const storeOn = (dbName: string) => MongoStore.layer({ uri: Redacted.make(mongoUri()), dbName })

describe("a version written but never activated (adapter level)", () => {
  it("is invisible after reconnecting, and the next update's discardAbove removes it", async () => {
    const dbName = freshDb("crash")
    const h = await makeHarness({ store: storeOn(dbName) })
    const adminToken = await loadBank(h)
    const before = (await h.call("GET", "/api/company/detail?id=C1", { token: adminToken })).json.data
    await h.close()

    // The crash: a new version's rows and portraits are written, then the client goes away without activate.
    const orphan = await Effect.runPromise(
      Effect.gen(function* () {
        const repo = yield* DatasetRepo
        const active = Option.getOrThrow(yield* repo.pointer())
        const stored = Option.getOrThrow(yield* repo.portrait(active.version, "C1"))
        const version = yield* repo.reserveVersion()
        const row: UploadRow<"trade_flow"> = {
          companyCode: "C1",
          accountNo: "A001",
          tradeTime: "2026-02-20 09:00:00",
          direction: "贷",
          amount: 99_999,
          balance: 101_199,
          counterpartyBank: null,
          channel: "网银"
        }
        yield* repo.writeRows(
          version,
          "trade_flow",
          Array.from({ length: 500 }, () => row)
        )
        yield* repo.writePortraits(version, [{ ...stored, name: "CRASHED" }])
        return { version, previous: active.version }
      }).pipe(Effect.provide(storeOn(dbName)))
    )
    expect(orphan.version).toBeGreaterThan(orphan.previous)
    const raw = client.db(dbName)
    expect((await storedRows(raw)).filter((r) => r.version === orphan.version)).toHaveLength(500)

    // A new process on the same database: the pointer and the portraits are the previous ones.
    const runtime = ManagedRuntime.make(
      servicesLayer(storeOn(dbName), { account: accountConfig, cookieSecure: false, scrypt: cheapScrypt })
    )
    const app = makeApp({ runtime, logger: silentLogger })
    try {
      const pointer = await runtime.runPromise(Effect.flatMap(DatasetRepo, (repo) => repo.pointer()))
      expect(Option.getOrThrow(pointer).version).toBe(orphan.previous)
      const call = async (method: string, path: string, token?: string, body?: FormData) => {
        const res = await app.request(path, {
          method,
          headers: token ? { authorization: `Bearer ${token}` } : {},
          ...(body === undefined ? {} : { body })
        })
        return (await res.json()) as { code: number; msg: string; data: any }
      }
      const signIn = await app.request("/api/sign_in", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ username: "admin", password: PASSWORD })
      })
      const token = ((await signIn.json()) as { data: { token: string } }).data.token
      const after = await call("GET", "/api/company/detail?id=C1", token)
      expect(after.code, after.msg).toBe(10000)
      expect(after.data).toEqual(before)
      expect(after.data.basicInfo.companyName).toBe("东方制造有限公司")

      // The next update discards the orphan version before writing its own.
      const form = new FormData()
      form.set("type", "trade_flow")
      form.set("file", new File([moreTradeFlowCsv], "more.csv", { type: "text/csv" }))
      const staged = await call("POST", "/api/upload_update_data", token, form)
      expect(staged.data.status, staged.msg).toBeGreaterThan(0)
      const applied = await app.request("/api/updatedatabutton", {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify({ type: "trade_flow", ids: [staged.data.status] })
      })
      expect(((await applied.json()) as { code: number }).code).toBe(10000)
      const rows = await storedRows(raw)
      expect(rows.filter((r) => r.row.amount === 99_999)).toHaveLength(0)
      expect(rows.filter((r) => r.type === "trade_flow")).toHaveLength(5)
      expect((await storedPortraits(raw)).filter((p) => p.name === "CRASHED")).toHaveLength(0)
      const next = await call("GET", "/api/company/detail?id=C1", token)
      expect(next.data.allTradeStream.hourBalance.balance).toEqual([1200, 100, 750])
    } finally {
      await app.close()
      await runtime.dispose()
    }
  })
})

describe("the server killed during an apply (process level)", () => {
  let server: ServerProcess | undefined
  afterAll(async () => {
    if (server) await stopServer(server, "SIGKILL")
  })

  it("serves the previous portrait after a restart, with organ/status idle", { timeout: 240_000 }, async () => {
    const dbName = freshDb("kill")
    // A short update lease: the killed instance's lease must expire before the next update may run.
    const env = { MONGODB_URI: mongoUri(), MONGODB_DB: dbName, UPDATE_LEASE_SECONDS: "3" }
    server = await startServer(env)
    const token = await initializeAdmin(server.url, "Harbour-Lights-2027")
    for (const [type, text] of [
      ["organization", organizationCsv],
      ["company", companyCsv],
      ["trade_flow", tradeFlowCsv]
    ] as const) {
      const applied = await uploadAndApply(server.url, token, type, text)
      expect(applied.json.code, `${type}: ${applied.json.msg}`).toBe(10000)
    }
    const before = await request(server.url, "GET", "/api/company/detail?id=C1", { token })
    expect(before.json.data.allTradeStream.hourBalance.balance).toEqual([1200, 700, 966.67])
    const versionBefore = (await request(server.url, "GET", "/api/organ/status", { token })).json.data.version

    const staged = await upload(server.url, token, "trade_flow", largeTradeFlow(200_000))
    expect(staged.json.data.status, JSON.stringify(staged.json).slice(0, 300)).toBeGreaterThan(0)
    const applying = request(server.url, "POST", "/api/updatedatabutton", {
      token,
      body: { type: "trade_flow", ids: [staged.json.data.status] }
    }).catch((error: unknown) => error)
    const deadline = Date.now() + 30_000
    let seen: any
    for (;;) {
      seen = (await request(server.url, "GET", "/api/organ/status", { token })).json.data
      if (seen.status !== 0 || Date.now() > deadline) break
      await new Promise((r) => setTimeout(r, 20))
    }
    expect(seen).toMatchObject({ status: 1, operation: "apply", type: "trade_flow" })
    // Kill once some of the new version is written (else the test would show little), while the apply still runs.
    const raw = client.db(dbName)
    const newRows = async () => (await storedRows(raw)).filter((r) => r.version > versionBefore).length
    while ((await newRows()) === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20))
    expect((await request(server.url, "GET", "/api/organ/status", { token })).json.data.status).toBe(1)
    expect(await stopServer(server, "SIGKILL")).toEqual({ code: null, signal: "SIGKILL" })
    expect(await applying).toBeInstanceOf(Error)
    const written = await newRows()
    expect(written).toBeGreaterThan(0)
    // Killed while writing its rows, indexing them or recomputing: never activated either way.
    expect(written).toBeLessThanOrEqual(200_000)

    server = await startServer(env)
    const status = (await request(server.url, "GET", "/api/organ/status", { token })).json.data
    expect(status).toMatchObject({ status: 0, version: versionBefore })
    const after = await request(server.url, "GET", "/api/company/detail?id=C1", { token })
    expect(after.json.code, after.json.msg).toBe(10000)
    expect(after.json.data).toEqual(before.json.data)
    // The next apply works once the killed instance's lease has expired, and leaves no rows of the killed one.
    const retried = await upload(server.url, token, "trade_flow", moreTradeFlowCsv)
    const apply = () =>
      request(server!.url, "POST", "/api/updatedatabutton", {
        token,
        body: { type: "trade_flow", ids: [retried.json.data.status] }
      })
    let next = await apply()
    for (let i = 0; i < 40 && next.json.code === 30004; i++) {
      await new Promise((r) => setTimeout(r, 250))
      next = await apply()
    }
    expect(next.json.code, next.json.msg).toBe(10000)
    expect((await storedRows(raw)).filter((r) => r.type === "trade_flow")).toHaveLength(5)
    expect(await stopServer(server, "SIGTERM")).toEqual({ code: 0, signal: null })
    server = undefined
  })
})
