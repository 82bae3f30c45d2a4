// The sign-in throttle on MongoDB with two app instances (two clients, as two processes would have): a lock or a
// spraying slow-down started through one instance refuses the next guess through the other, and an instance
// started later (a restart) still applies it; the counters expire through a TTL index.
import { defaultAccountConfig, makeSignInThrottle, throttleSettingsOf } from "@wm/core"
import { ManagedRuntime } from "effect"
import { MongoClient } from "mongodb"
import { afterAll, beforeAll, expect, it } from "vitest"
import { MongoStore } from "../src/index.js"
import { mongoUri, testClient } from "./support.js"

const settings = throttleSettingsOf({ ...defaultAccountConfig, initialPassword: "unused" })
// The server's TTL monitor runs on its own clock: counts made at a fixed instant in the past could be removed while
// the test runs, so the test's instants start at the present.
const T = Date.now()

let test: Awaited<ReturnType<typeof testClient>>
let dbName: string
const clients: Array<MongoClient> = []
beforeAll(async () => {
  test = await testClient()
  dbName = test.dbName("throttle")
})
afterAll(async () => {
  for (const c of clients) await c.close()
  await test.close()
})

/** One app instance: its own client and store layer on the shared database, and its throttle. */
const instance = async () => {
  const client = await new MongoClient(mongoUri()).connect()
  clients.push(client)
  const runtime = ManagedRuntime.make(MongoStore.layerFromClient(client, dbName))
  const throttle = await runtime.runPromise(makeSignInThrottle(settings))
  return {
    check: (account: string, address: string, now: number) => runtime.runPromise(throttle.check(account, address, now)),
    fail: (account: string, address: string, now: number) => runtime.runPromise(throttle.fail(account, address, now)),
    succeed: (account: string, address: string, now: number) =>
      runtime.runPromise(throttle.succeed(account, address, now)),
    dispose: () => runtime.dispose()
  }
}

it("a throttle started through one instance applies on the other and after a restart", async () => {
  const [a, b] = await Promise.all([instance(), instance()])
  // Failures through both instances add up to one count.
  await a.succeed("rm_li", "10.0.0.8", T)
  for (let i = 0; i < settings.maxFailedSignIns; i++) await (i % 2 === 0 ? a : b).fail("rm_li", "203.0.113.9", T + i)
  expect(await b.check("rm_li", "203.0.113.9", T + 10)).toBe("address")
  expect(await a.check("rm_li", "203.0.113.9", T + 10)).toBe("address")
  expect(await b.check("rm_li", "10.0.0.8", T + 10)).toBeUndefined()

  // Spraying through A, refused through B at an account it never tried; the owner's usual address is exempt.
  for (let i = 0; i < settings.sprayAfter; i++) await a.fail(`staff_${i}`, "198.51.100.7", T + 20)
  expect(await b.check("rm_wang", "198.51.100.7", T + 21)).toBe("spraying")
  expect(await b.check("rm_wang", "198.51.100.8", T + 21)).toBeUndefined()

  // Both instances stop; one started afterwards still refuses, until the lock's time has passed.
  await Promise.all([a.dispose(), b.dispose()])
  const c = await instance()
  expect(await c.check("rm_li", "203.0.113.9", T + 60_000)).toBe("address")
  expect(await c.check("rm_wang", "198.51.100.7", T + 1_000)).toBe("spraying")
  expect(await c.check("rm_li", "203.0.113.9", T + settings.lockoutMs + 10)).toBeUndefined()
  await c.dispose()
})

it("keeps the counters in one collection whose TTL index removes them once expired", async () => {
  const indexes = await test.client.db(dbName).collection("signInThrottle").indexes()
  expect(indexes.find((i) => i.name === "expiresAt_ttl")).toMatchObject({
    key: { expiresAt: 1 },
    expireAfterSeconds: 0
  })
})
