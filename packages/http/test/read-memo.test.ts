/**
 * Kept answers of hot reads (api/memo.ts) against the full read: the app as the server runs it (kept answers sent
 * as they are) and a reference app on the same runtime that keeps nothing give the same status, headers and body
 * bytes in every case below, and a kept answer is sent only while nothing it was built from changed.
 */
import { DatasetRepo, dateInZone, type OutletId, UserRepo } from "@wm/core"
import { Effect } from "effect"
import { afterEach, beforeEach, describe, expect, it } from "vitest"
import { bankTimeZone } from "../src/api/time.js"
import { makeApp } from "../src/app.js"
import { silentLogger } from "../src/infra/logger.js"
import { correctContact, loadBank, moreTradeFlowCsv, uploadAndApply } from "./support/bankData.js"
import { accountConfig, type Harness, makeHarness, PASSWORD } from "./support/harness.js"

let h: Harness
let reference: ReturnType<typeof makeApp>
/** Reads of the active pointer: a full read makes at least one, a kept answer none. */
let pointerReads = 0

beforeEach(async () => {
  pointerReads = 0
  h = await makeHarness({
    checkAnswers: false,
    datasetRepo: (repo) => ({
      ...repo,
      pointer: () => {
        pointerReads++
        return repo.pointer()
      }
    })
  })
  reference = makeApp({ runtime: h.runtime, logger: silentLogger, checkAnswers: false, keepAnswers: false })
  await loadBank(h)
})
afterEach(async () => {
  await reference.close()
  await h.close()
})

interface Seen {
  readonly status: number
  readonly headers: ReadonlyArray<[string, string]>
  readonly body: string
}

const seen = async (res: Response): Promise<Seen> => ({
  status: res.status,
  headers: [...res.headers.entries()].sort(),
  body: Buffer.from(await res.arrayBuffer()).toString("base64")
})

const headersOf = (token: string) => ({ authorization: `Bearer ${token}` })

/**
 * The app's answer (kept or not), then the reference's full read of the same request; both must be equal. A
 * refused caller (401) never reaches the data, so `kept` says something only of answers that did.
 */
const both = async (path: string, token: string) => {
  const before = pointerReads
  const ours = await seen(await h.app.request(path, { headers: headersOf(token) }))
  const kept = pointerReads === before
  const full = await seen(await reference.request(path, { headers: headersOf(token) }))
  expect(ours).toEqual(full)
  return { ...ours, kept }
}

/** Answers are kept on a store written by this process alone, never on a shared database (MongoDB). */
const keeps = () => h.exclusiveStore

const PORTRAIT = "/api/company/detail?id=C1"
const READS = [PORTRAIT, "/api/company/search?page=1&count=10", "/api/products?page=1&count=10"]
/** Reads whose answer depends on today's date in the bank's time zone too. */
const DAILY = [
  "/api/company/recent_products?page=1&count=10",
  "/api/financial/today_products?page=1&count=10",
  "/api/statistics/conversion_rate?page=1&count=10"
]

/** The first instant after `ms` at which the bank's date changes (found by halving, whatever the zone). */
const nextBankMidnight = (ms: number) => {
  const today = dateInZone(ms, bankTimeZone())
  let [low, high] = [ms, ms + 2 * 86_400_000]
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2)
    if (dateInZone(mid, bankTimeZone()) === today) low = mid
    else high = mid
  }
  return high
}

describe("a kept answer", () => {
  it.each(READS)("is sent for the second read of %s with the same bytes as the full read", async (path) => {
    const token = await h.signIn("admin")
    const first = await both(path, token)
    expect(first.status).toBe(200)
    expect(first.kept).toBe(false)
    const second = await both(path, token)
    expect(second.kept).toBe(keeps())
    expect(second.body).toBe(first.body)
  })

  it("is sent for the outlet list with the same bytes as the full read", async () => {
    const token = await h.signIn("outlet_rm")
    await both("/api/organ/list?page=1&count=10", token)
    const second = await both("/api/organ/list?page=1&count=10", token)
    expect(second.status).toBe(200)
    expect(JSON.parse(Buffer.from(second.body, "base64").toString()).data.total).toBe(1)
  })

  it("is not another query's: a different page is read in full", async () => {
    const token = await h.signIn("admin")
    await both("/api/company/search?page=1&count=10", token)
    expect((await both("/api/company/search?page=1&count=1", token)).kept).toBe(false)
  })

  it("is not another user's: the same request by another caller is read in full", async () => {
    await both(PORTRAIT, await h.signIn("admin"))
    const other = await both(PORTRAIT, await h.signIn("branch_admin"))
    expect(other).toMatchObject({ status: 200, kept: false })
  })
})

describe("the full read answers", () => {
  it("once the session was idle longer than allowed", async () => {
    const token = await h.signIn("admin")
    await both(PORTRAIT, token)
    h.clock.advance(accountConfig.sessionIdleMs + 1)
    expect((await both(PORTRAIT, token)).status).toBe(401)
  })

  it("once the session is older than the absolute limit, though used all along", async () => {
    const token = await h.signIn("admin")
    for (let used = 0; used <= accountConfig.sessionAbsoluteMs; used += accountConfig.sessionIdleMs - 60_000) {
      expect((await both(PORTRAIT, token)).status).toBe(200)
      h.clock.advance(accountConfig.sessionIdleMs - 60_000)
    }
    expect((await both(PORTRAIT, token)).status).toBe(401)
  })

  it("after a minute, when the session's last use is to be recorded", async () => {
    const token = await h.signIn("admin")
    await both(PORTRAIT, token)
    expect((await both(PORTRAIT, token)).kept).toBe(keeps())
    h.clock.advance(60_001)
    expect(await both(PORTRAIT, token)).toMatchObject({ status: 200, kept: false })
  })

  it.each(DAILY)("for %s after the bank's midnight: an answer of today is kept for that day only", async (path) => {
    const midnight = nextBankMidnight(h.clock.now())
    // A second before midnight, then half a second after it, inside the session cache's life: only the date moved.
    h.clock.advance(midnight - 1_000 - h.clock.now())
    const token = await h.signIn("admin")
    expect(await both(path, token)).toMatchObject({ status: 200, kept: false })
    expect((await both(path, token)).kept).toBe(keeps())
    h.clock.advance(1_500)
    expect(await both(path, token)).toMatchObject({ status: 200, kept: false })
    expect((await both(path, token)).kept).toBe(keeps())
  })

  it("for a signed-out token", async () => {
    const token = await h.signIn("admin")
    await both(PORTRAIT, token)
    expect((await both(PORTRAIT, token)).kept).toBe(keeps())
    expect((await h.call("GET", "/api/logout", { token })).status).toBe(200)
    expect((await both(PORTRAIT, token)).status).toBe(401)
  })

  it.each([
    ["another outlet's customer", "/api/company/detail?id=C2"],
    ["an unknown customer", "/api/company/detail?id=NOPE"]
  ])("for %s, every time (refusals are never kept)", async (_, path) => {
    const token = await h.signIn("outlet_rm")
    expect(await both(path, token)).toMatchObject({ status: 404, kept: false })
    expect(await both(path, token)).toMatchObject({ status: 404, kept: false })
  })

  it("after the data version switched between two reads", async () => {
    const admin = await h.signIn("admin")
    const before = await both(PORTRAIT, admin)
    expect((await both(PORTRAIT, admin)).kept).toBe(keeps())
    expect((await uploadAndApply(h, admin, "trade_flow", moreTradeFlowCsv)).json.code).toBe(10000)
    const after = await both(PORTRAIT, admin)
    expect(after).toMatchObject({ status: 200, kept: false })
    expect(after.body).not.toBe(before.body)
  })

  it("after the caller's outlet moved", async () => {
    const token = await h.signIn("outlet_rm")
    expect((await both(PORTRAIT, token)).status).toBe(200)
    expect((await both(PORTRAIT, token)).kept).toBe(keeps())
    await h.runtime.runPromise(
      Effect.flatMap(UserRepo, (users) =>
        users.moveOutlet(h.org.o11.id as OutletId, { outletId: h.org.o21.id, branchId: h.org.b2.id })
      )
    )
    expect(await both(PORTRAIT, token)).toMatchObject({ status: 404, kept: false })
  })

  it("after the caller's password changed: other sessions end, the caller's own reads go on", async () => {
    const mine = await h.signIn("admin")
    const other = await h.signIn("admin")
    await both(PORTRAIT, other)
    expect((await both(PORTRAIT, other)).kept).toBe(keeps())
    const change = { pwd: PASSWORD, newPwd: "Kept#Answer2026", newPwdConfirm: "Kept#Answer2026" }
    expect((await h.call("POST", "/api/usermanage/password_modify", { token: mine, body: change })).json.code).toBe(
      10000
    )
    expect((await both(PORTRAIT, other)).status).toBe(401)
    expect(await both(PORTRAIT, mine)).toMatchObject({ status: 200, kept: false })
  })

  it("after a customer's contact was corrected (no new data version)", async () => {
    const token = await h.signIn("admin")
    const before = await both(PORTRAIT, token)
    expect((await both(PORTRAIT, token)).kept).toBe(keeps())
    const shown = JSON.parse(Buffer.from(before.body, "base64").toString()).data.basicInfo
    await correctContact(h, shown)
    const after = await both(PORTRAIT, token)
    expect(after).toMatchObject({ status: 200, kept: false })
    expect(after.body).not.toBe(before.body)
  })

  it("while the data is being switched: an answer read during a write is not kept", async () => {
    const token = await h.signIn("admin")
    await both(PORTRAIT, token)
    const pointer = await h.runtime.runPromise(Effect.flatMap(DatasetRepo, (d) => d.pointer()))
    expect(pointer._tag).toBe("Some")
    // A write of the dataset port (here one that changes nothing visible) forgets what was kept before it.
    await h.runtime.runPromise(Effect.flatMap(DatasetRepo, (d) => d.discardAbove(Number.MAX_SAFE_INTEGER)))
    expect((await both(PORTRAIT, token)).kept).toBe(false)
    expect((await both(PORTRAIT, token)).kept).toBe(keeps())
  })
})
