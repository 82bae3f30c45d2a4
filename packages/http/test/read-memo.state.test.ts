/**
 * Kept answers of the reads whose answers change without a write of the data (api/memo.ts): the update status and
 * the data status (an update's run, held in memory; staged files), the users (a lock-out ending by the clock) and
 * the exports (a task's progress, counted apart). Each answer of the app as the server runs it (kept answers sent
 * as they are) equals the full read of a reference app on the same runtime that keeps nothing, and a kept answer
 * stops being sent exactly when the answer changes.
 */
import { type ExportTask, ExportTaskRepo, User, type UserId, UserRepo } from "@wm/core"
import { Effect, type Option } from "effect"
import { afterEach, beforeEach, describe, expect, it } from "vitest"
import { makeApp } from "../src/app.js"
import { silentLogger } from "../src/infra/logger.js"
import { loadBank, moreTradeFlowCsv } from "./support/bankData.js"
import { waitDone } from "./support/exports.js"
import { type Harness, makeHarness } from "./support/harness.js"

let h: Harness
let reference: ReturnType<typeof makeApp>
/** Armed: the next run of the dataset's pointer read waits for `released` (an update held after it started). */
let hold: { readonly reached: () => void; readonly released: Promise<void> } | undefined

beforeEach(async () => {
  hold = undefined
  h = await makeHarness({
    checkAnswers: false,
    datasetRepo: (repo) => ({
      ...repo,
      pointer: () => {
        const read = repo.pointer()
        return Effect.suspend(() => {
          const held = hold
          if (held === undefined) return read
          hold = undefined
          held.reached()
          return Effect.zipRight(
            Effect.promise(() => held.released),
            read
          )
        })
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

const headersOf = (token: string) => ({ authorization: `Bearer ${token}` })

/** The app's answer (`kept`: sent as kept, as the Node entry would send it), then the reference's full read. */
const both = async (path: string, token: string) => {
  const kept = h.app.keptAnswer("GET", path, { host: "localhost", ...headersOf(token) }, []) !== undefined
  const ours = await h.app.request(path, { headers: headersOf(token) })
  const full = await reference.request(path, { headers: headersOf(token) })
  const body = Buffer.from(await ours.arrayBuffer()).toString()
  expect([ours.status, [...ours.headers.entries()], body]).toEqual([
    full.status,
    [...full.headers.entries()],
    Buffer.from(await full.arrayBuffer()).toString()
  ])
  return { status: ours.status, kept, body, data: JSON.parse(body).data }
}

/** Answers are kept on a store written by this process alone, never on a shared database (MongoDB). */
const keeps = () => h.exclusiveStore

const STATUS = "/api/organ/status"
const DATA_STATUS = "/api/updatedatastatus/all"
const USERS = "/api/usermanage/user_list?page=1&count=20"
const EXPORTS = "/api/download/download_list?page=1&count=10"

const setLockedUntil = (id: number, lockedUntil: number | null) =>
  h.runtime.runPromise(
    Effect.flatMap(UserRepo, (users) =>
      Effect.flatMap(users.findById(id as UserId), (found: Option.Option<User>) =>
        users.update(new User({ ...(found as Option.Some<User>).value, lockedUntil }))
      )
    )
  )

describe("a kept answer of the update, data, user and export reads", () => {
  it.each([STATUS, DATA_STATUS, USERS, "/api/usermanage/user_detail", "/api/usermanage/user_detail?userId=5", EXPORTS])(
    "is sent for the second read of %s with the same bytes as the full read",
    async (path) => {
      const token = await h.signIn("admin")
      expect(await both(path, token)).toMatchObject({ status: 200, kept: false })
      expect(await both(path, token)).toMatchObject({ status: 200, kept: keeps() })
    }
  )

  it("of the update status is not sent once an update runs, before it wrote anything, nor after it ended", async () => {
    const token = await h.signIn("admin")
    await both(STATUS, token)
    expect(await both(STATUS, token)).toMatchObject({ kept: keeps(), data: { status: 0 } })
    let release = () => {}
    const reached = new Promise<void>((reachedNow) => {
      hold = { reached: reachedNow, released: new Promise<void>((r) => (release = r)) }
    })
    const recompute = h.call("POST", "/api/organ/update", { token })
    await reached
    const running = await both(STATUS, token)
    expect(running).toMatchObject({ kept: false, data: { status: 1, operation: "recompute" } })
    expect(await both(STATUS, token)).toMatchObject({ kept: keeps(), data: { status: 1 } })
    release()
    expect((await recompute).json.code).toBe(10000)
    const done = await both(STATUS, token)
    expect(done).toMatchObject({ kept: false, data: { status: 0, message: "recompute done" } })
    expect(done.data.version).toBe(running.data.version + 1)
  })

  it("of the data status is not sent once a file was staged", async () => {
    const token = await h.signIn("admin")
    const before = await both(DATA_STATUS, token)
    expect((await both(DATA_STATUS, token)).kept).toBe(keeps())
    expect((await h.upload(token, "trade_flow", "more.csv", moreTradeFlowCsv)).json.code).toBe(10000)
    const after = await both(DATA_STATUS, token)
    expect(after.kept).toBe(false)
    const staged = (data: { statusList: Array<{ type: string; uploadStatus: { right: number } }> }) =>
      data.statusList.find((s) => s.type === "trade_flow")!.uploadStatus.right
    expect(staged(after.data)).toBe(staged(before.data) + 1)
  })

  it.each([USERS, `/api/usermanage/user_detail?userId=5`])(
    "%s: kept while a lock-out lasts, read again the moment the clock ends it",
    async (path) => {
      const token = await h.signIn("admin")
      const statusOf = (data: { userList?: Array<{ userId: number; status: number }>; status?: number }) =>
        data.userList === undefined ? data.status : data.userList.find((u) => u.userId === h.staff.branchRm.id)!.status
      expect(h.staff.branchRm.id).toBe(5)
      expect(statusOf((await both(path, token)).data)).toBe(1)
      // A lock-out of the time before sign-ins were throttled per address, ending a second from now.
      await setLockedUntil(h.staff.branchRm.id, h.clock.now() + 1_000)
      expect(await both(path, token)).toMatchObject({ kept: false })
      const locked = await both(path, token)
      expect(locked.kept).toBe(keeps())
      expect(statusOf(locked.data)).toBe(0)
      h.clock.advance(999)
      expect((await both(path, token)).kept).toBe(keeps())
      h.clock.advance(1)
      const ended = await both(path, token)
      expect(ended.kept).toBe(false)
      expect(statusOf(ended.data)).toBe(1)
      expect((await both(path, token)).kept).toBe(keeps())
    }
  )

  it("of the users is not sent after a failed sign-in (recorded), which locks no account", async () => {
    const token = await h.signIn("admin")
    const before = await both(USERS, token)
    expect((await both(USERS, token)).kept).toBe(keeps())
    const wrong = await h.call("POST", "/api/sign_in", { body: { username: "branch_rm", password: "Wrong#2026" } })
    expect(wrong.json.code).not.toBe(10000)
    const after = await both(USERS, token)
    expect(after.kept).toBe(false)
    expect(after.body).toBe(before.body)
  })
})

describe("a kept answer of the exports", () => {
  const task = (rows: number, state: ExportTask["state"]): ExportTask => ({
    id: "T-kept",
    userId: h.staff.admin.id,
    username: "admin",
    type: 8,
    info: {},
    state,
    reason: null,
    rows,
    totalRows: 1_000,
    fileName: "list.xlsx",
    fileKey: "T-kept.xlsx",
    createdAt: h.clock.now(),
    startedAt: h.clock.now(),
    finishedAt: state === "done" ? h.clock.now() : null,
    // Held by another instance for an hour: this runner leaves it alone.
    claim: state === "done" ? null : { owner: "elsewhere", until: h.clock.now() + 3_600_000 },
    attempts: 1
  })
  const write = (effect: (repo: ExportTaskRepo["Type"]) => Effect.Effect<unknown, unknown>) =>
    h.runtime.runPromise(Effect.flatMap(ExportTaskRepo, effect))

  it("is not sent once a task progressed or finished; other kept answers stay", async () => {
    const token = await h.signIn("admin")
    await both(EXPORTS, token)
    await both(STATUS, token)
    await write((repo) => repo.save(task(0, "running")))
    const progress = async () => {
      const read = await both(EXPORTS, token)
      expect(read.kept).toBe(false)
      expect((await both(EXPORTS, token)).kept).toBe(keeps())
      return read.data.downloadList[0].progress
    }
    expect(await progress()).toBe(0)
    await write((repo) => repo.update(task(500, "running"), "elsewhere"))
    expect(await progress()).toBe(50)
    await write((repo) => repo.update(task(1_000, "done"), "elsewhere"))
    expect(await progress()).toBe(100)
    // Export tasks are counted apart: the update status read before them is still kept.
    expect((await both(STATUS, token)).kept).toBe(keeps())
  })

  it("follows a real export from its creation to its file", async () => {
    const token = await h.signIn("admin")
    await both(EXPORTS, token)
    const created = await h.call("POST", "/api/download/create_download", { token, body: { type: 8, info: {} } })
    expect(created.json.code).toBe(10000)
    // One read only while the runner works: it may start the task between two reads.
    expect((await h.call("GET", EXPORTS, { token })).json.data.total).toBe(1)
    const done = await waitDone(h, token, created.json.data.taskId)
    expect(done.status).toBe("done")
    const finished = await both(EXPORTS, token)
    expect(finished.data.downloadList[0]).toMatchObject({ status: "done", progress: 100 })
    expect((await both(EXPORTS, token)).kept).toBe(keeps())
  })
})
