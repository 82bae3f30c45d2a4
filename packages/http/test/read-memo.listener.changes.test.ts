/**
 * Kept answers on a real listener (support/keptListener.ts) once something they were built from changed: a data
 * version, the caller's account, a customer's contact, the settings, marketing records and focus, sign-ins, an
 * outlet, a lock-out ending by the clock, an export task's progress. The next read reaches Hono and answers the
 * new data, the same bytes as the reference's full read, never the kept answer.
 */
import { DatasetRepo, ExportTaskRepo, type OutletId, User, type UserId, UserRepo } from "@wm/core"
import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import { correctContact, moreTradeFlowCsv, uploadAndApply } from "./support/bankData.js"
import { PASSWORD } from "./support/harness.js"
import { bearer, both, h, keeps, PORTRAIT, useKeptListener } from "./support/keptListener.js"

useKeptListener()

describe("after a change, Hono answers the new data, never the kept answer", () => {
  it("after the data version switched: the new answer, never the kept one", async () => {
    const admin = await h.signIn("admin")
    const before = await both(PORTRAIT, bearer(admin))
    expect((await both(PORTRAIT, bearer(admin))).fast).toBe(keeps())
    expect((await uploadAndApply(h, admin, "trade_flow", moreTradeFlowCsv)).json.code).toBe(10000)
    const after = await both(PORTRAIT, bearer(admin))
    expect(after).toMatchObject({ status: 200, fast: false })
    expect(after.body).not.toBe(before.body)
    expect((await both(PORTRAIT, bearer(admin))).body).toBe(after.body)
  })

  it("after the caller's outlet moved", async () => {
    const token = await h.signIn("outlet_rm")
    expect((await both(PORTRAIT, bearer(token))).status).toBe(200)
    expect((await both(PORTRAIT, bearer(token))).fast).toBe(keeps())
    await h.runtime.runPromise(
      Effect.flatMap(UserRepo, (users) =>
        users.moveOutlet(h.org.o11.id as OutletId, { outletId: h.org.o21.id, branchId: h.org.b2.id })
      )
    )
    expect(await both(PORTRAIT, bearer(token))).toMatchObject({ status: 404, fast: false })
  })

  it("after the caller's password changed: other sessions end, the caller's own reads go on", async () => {
    const mine = await h.signIn("admin")
    const other = await h.signIn("admin")
    await both(PORTRAIT, bearer(other))
    expect((await both(PORTRAIT, bearer(other))).fast).toBe(keeps())
    const change = { pwd: PASSWORD, newPwd: "Kept#Answer2026", newPwdConfirm: "Kept#Answer2026" }
    expect((await h.call("POST", "/api/usermanage/password_modify", { token: mine, body: change })).json.code).toBe(
      10000
    )
    expect(await both(PORTRAIT, bearer(other))).toMatchObject({ status: 401, fast: false })
    expect(await both(PORTRAIT, bearer(mine))).toMatchObject({ status: 200, fast: false })
  })

  it("after a customer's contact was corrected: the corrected answer, never the kept one", async () => {
    const token = await h.signIn("admin")
    const before = await both(PORTRAIT, bearer(token))
    expect((await both(PORTRAIT, bearer(token))).fast).toBe(keeps())
    const shown = JSON.parse(before.body).data.basicInfo
    await correctContact(h, shown)
    const after = await both(PORTRAIT, bearer(token))
    expect(after).toMatchObject({ status: 200, fast: false })
    expect(after.body).not.toBe(before.body)
  })

  it("after the warning window was set: the new window, never the kept one", async () => {
    const token = await h.signIn("admin")
    const before = await both("/api/company/configrecent", bearer(token))
    expect((await both("/api/company/configrecent", bearer(token))).fast).toBe(keeps())
    const set = await h.call("POST", "/api/company/configrecent", { token, body: { start: 3, end: 45 } })
    expect(set.json.code).toBe(10000)
    const after = await both("/api/company/configrecent", bearer(token))
    expect(after).toMatchObject({ status: 200, fast: false })
    expect(JSON.parse(after.body).data).toMatchObject({ start: 3, end: 45 })
    expect(after.body).not.toBe(before.body)
  })

  it("after a marketing record was added or a customer focused: the new list, never the kept one", async () => {
    const token = await h.signIn("admin")
    for (const [path, write] of [
      ["/api/company/marketing?code=C1&page=1&count=10", "/api/company/marketing"],
      ["/api/company/focus?page=1&count=10", "/api/company/focus"]
    ] as const) {
      const before = await both(path, bearer(token))
      expect((await both(path, bearer(token))).fast).toBe(keeps())
      const body =
        write === "/api/company/focus"
          ? { code: "C1", type: 1 }
          : { code: "C1", type: 0, createTime: "2026-11-02 10:00:00", remark: "联系" }
      expect((await h.call("POST", write, { token, body })).json.code).toBe(10000)
      const after = await both(path, bearer(token))
      expect(after).toMatchObject({ status: 200, fast: false })
      expect(JSON.parse(after.body).data.total).toBe(JSON.parse(before.body).data.total + 1)
    }
  })

  it("after another account signed in: the new login figures, never the kept one", async () => {
    const token = await h.signIn("admin")
    const path = "/api/statistics/login?page=1&count=10"
    const before = await both(path, bearer(token))
    expect((await both(path, bearer(token))).fast).toBe(keeps())
    await h.signIn("outlet_rm")
    const after = await both(path, bearer(token))
    expect(after).toMatchObject({ status: 200, fast: false })
    const signedIn = (body: string) =>
      (JSON.parse(body).data.organizations as Array<{ loginQuantity: number }>).reduce((n, r) => n + r.loginQuantity, 0)
    expect(signedIn(after.body)).toBeGreaterThan(signedIn(before.body))
  })

  it("after an outlet was renamed: the new name, never the kept one", async () => {
    const token = await h.signIn("admin")
    const before = await both("/api/organ/detail?code=B1O1", bearer(token))
    expect((await both("/api/organ/detail?code=B1O1", bearer(token))).fast).toBe(keeps())
    const renamed = await h.call("POST", "/api/organ/change_name", {
      token,
      body: { outletCode: "B1O1", outletName: "城东新网点", branchName: "城东支行" }
    })
    expect(renamed.json.code).toBe(10000)
    const after = await both("/api/organ/detail?code=B1O1", bearer(token))
    expect(after).toMatchObject({ status: 200, fast: false })
    expect(JSON.parse(after.body).data.outletName).toBe("城东新网点")
    expect(after.body).not.toBe(before.body)
  })

  it("once a lock-out shown in the user list ended by the clock: the new status, never the kept one", async () => {
    const token = await h.signIn("admin")
    const path = "/api/usermanage/user_list?page=1&count=10"
    const user = h.staff.branchRm
    await h.runtime.runPromise(
      Effect.flatMap(UserRepo, (users) => users.update(new User({ ...user, lockedUntil: h.clock.now() + 1_000 })))
    )
    const statusOf = (body: string) =>
      (JSON.parse(body).data.userList as Array<{ userId: UserId; status: number }>).find((u) => u.userId === user.id)!
        .status
    expect(statusOf((await both(path, bearer(token))).body)).toBe(0)
    expect((await both(path, bearer(token))).fast).toBe(keeps())
    h.clock.advance(1_000)
    const after = await both(path, bearer(token))
    expect(after).toMatchObject({ status: 200, fast: false })
    expect(statusOf(after.body)).toBe(1)
  })

  it("once an export task progressed: the new progress, never the kept one", async () => {
    const token = await h.signIn("admin")
    const path = "/api/download/download_list?page=1&count=10"
    const now = h.clock.now()
    const task = {
      ...{ id: "T1", userId: h.staff.admin.id, username: "admin", type: 8, info: {}, state: "running" as const },
      ...{ reason: null, rows: 0, totalRows: 10, fileName: "a.xlsx", fileKey: "T1.xlsx", createdAt: now },
      ...{ startedAt: now, finishedAt: null, claim: { owner: "elsewhere", until: now + 3_600_000 }, attempts: 1 }
    }
    await h.runtime.runPromise(Effect.flatMap(ExportTaskRepo, (repo) => repo.save(task)))
    expect(JSON.parse((await both(path, bearer(token))).body).data.downloadList[0].progress).toBe(0)
    expect((await both(path, bearer(token))).fast).toBe(keeps())
    await h.runtime.runPromise(Effect.flatMap(ExportTaskRepo, (repo) => repo.update({ ...task, rows: 5 }, "elsewhere")))
    const after = await both(path, bearer(token))
    expect(after).toMatchObject({ status: 200, fast: false })
    expect(JSON.parse(after.body).data.downloadList[0].progress).toBe(50)
  })

  it("after a write of the data, until a full read keeps the answer again", async () => {
    const token = await h.signIn("admin")
    await both(PORTRAIT, bearer(token))
    await h.runtime.runPromise(Effect.flatMap(DatasetRepo, (d) => d.discardAbove(Number.MAX_SAFE_INTEGER)))
    expect((await both(PORTRAIT, bearer(token))).fast).toBe(false)
    expect((await both(PORTRAIT, bearer(token))).fast).toBe(keeps())
  })
})
