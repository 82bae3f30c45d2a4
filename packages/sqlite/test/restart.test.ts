// Durability of the embedded store: the real server process on a data directory, one change of every kind made
// through the API, stopped with SIGTERM or killed with SIGKILL, started again on the same directory: all found.
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, afterEach, describe, expect, it } from "vitest"
import { companyCsv, organizationCsv, productCsv, tradeFlowCsv } from "../../http/test/support/bankData.js"
import {
  initializeAdmin,
  request,
  type ServerProcess,
  startServer,
  stopServer,
  upload,
  uploadAndApply
} from "../../http/test/support/serverProcess.js"

const dirs: Array<string> = []
const running: Array<ServerProcess> = []
afterEach(async () => {
  for (const s of running.splice(0)) await stopServer(s, "SIGKILL")
})
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
})

const start = async (dataDir: string) => {
  const s = await startServer({ DATA_DIR: dataDir })
  running.push(s)
  return s
}

/** One change of every kind; answers what to look for afterwards. */
const changeEverything = async (url: string) => {
  const token = await initializeAdmin(url, "Kestrel-Harbour-42")
  for (const [type, text] of [
    ["organization", organizationCsv],
    ["company", companyCsv],
    ["trade_flow", tradeFlowCsv]
  ] as const) {
    const applied = await uploadAndApply(url, token, type, text)
    expect(applied.json.code, `${type}: ${applied.json.msg}`).toBe(10000)
  }
  const added = await request(url, "POST", "/api/organ/add", {
    token,
    body: { outletName: "城南一网点", outletCode: "B3O1", branchName: "城南支行", branchCode: "B3" }
  })
  expect(added.json.code, added.json.msg).toBe(10000)
  const params = await request(url, "GET", "/api/new_params", { token })
  const b3 = (params.json.data.branches as Array<{ code: string; id: number; outlets: Array<{ id: number }> }>).find(
    (b) => b.code === "B3"
  )!
  const created = await request(url, "POST", "/api/usermanage/create_user", {
    token,
    body: { username: "south_rm", name: "南区经理", role: 4, subbranchId: b3.id, outletId: b3.outlets[0]!.id }
  })
  expect(created.json.code, created.json.msg).toBe(10000)
  const contact = await request(url, "POST", "/api/company/contact", {
    token,
    body: { companyId: "C1", linkman: "赵六", contact: "021-5555" }
  })
  expect(contact.json.code, contact.json.msg).toBe(10000)
  const window = await request(url, "POST", "/api/company/configrecent", { token, body: { start: 7, end: 90 } })
  expect(window.json.code, window.json.msg).toBe(10000)
  // Staged, not applied: a right product file and a wrong company file, with its row errors.
  const right = await upload(url, token, "product", productCsv)
  expect(right.json.data.status, right.json.msg).toBeGreaterThan(0)
  const wrong = await upload(url, token, "company", "code,name,outletCode,linkman,contact\nC9,坏客户,NOPE,赵六,1")
  expect(wrong.json.data.status).toBe(0)
  const staged = (await request(url, "GET", "/api/updatedatastatus/all", { token })).json.data
  // The right file's counts (new / changed / … rows) are part of what must survive the restart.
  const product = staged.statusList.find((t: { type: string }) => t.type === "product")
  expect(product.uploadStatus.rightFiles[0].counts).toMatchObject({ new: expect.any(Number) })
  // Last, the password: it ends the admin's other sessions, and this token stays valid.
  const changed = await request(url, "POST", "/api/usermanage/password_modify", {
    token,
    body: { pwd: "Kestrel-Harbour-42", newPwd: "Lantern-Orchid-57", newPwdConfirm: "Lantern-Orchid-57" }
  })
  expect(changed.json.code, changed.json.msg).toBe(10000)
  const portrait = await request(url, "GET", "/api/company/detail?id=C1", { token })
  expect(portrait.json.code, portrait.json.msg).toBe(10000)
  return { token, portrait: portrait.json.data, staged, stagedProduct: right.json.data.status as number }
}

const findEverything = async (url: string, before: Awaited<ReturnType<typeof changeEverything>>) => {
  const { token } = before
  const me = await request(url, "GET", "/api/usermanage/user_detail", { token })
  expect(me.json.code, `the session survived: ${me.json.msg}`).toBe(10000)
  const signIn = await request(url, "POST", "/api/sign_in", {
    body: { username: "root_admin", password: "Lantern-Orchid-57" }
  })
  expect(signIn.json.code, `the new password: ${signIn.json.msg}`).toBe(10000)
  const users = await request(url, "GET", "/api/usermanage/user_list?keyword=south_rm", { token })
  expect(users.json.data.userList).toMatchObject([{ username: "south_rm", role: 4, organ: "城南一网点" }])
  const outlet = await request(url, "GET", "/api/organ/detail?code=B3O1", { token })
  expect(outlet.json.data).toMatchObject({ outletName: "城南一网点", branchName: "城南支行" })
  const portrait = await request(url, "GET", "/api/company/detail?id=C1", { token })
  expect(portrait.json.data).toEqual(before.portrait)
  expect(portrait.json.data.basicInfo).toMatchObject({ linkman: "赵六", contact: "021-5555" })
  const window = await request(url, "GET", "/api/company/configrecent", { token })
  expect(window.json.data).toMatchObject({ start: 7, end: 90 })
  const staged = (await request(url, "GET", "/api/updatedatastatus/all", { token })).json.data
  expect(staged).toEqual(before.staged)
  const company = staged.statusList.find((t: { type: string }) => t.type === "company")
  expect(company.uploadStatus.wrongFiles[0].errors.length, JSON.stringify(company)).toBeGreaterThan(0)
  const applied = await request(url, "POST", "/api/updatedatabutton", {
    token,
    body: { type: "product", ids: [before.stagedProduct] }
  })
  expect(applied.json.code, `the staged file applies after the restart: ${applied.json.msg}`).toBe(10000)
  const status = await request(url, "GET", "/api/organ/status", { token })
  expect(status.json.data).toMatchObject({ status: 0, version: 4, analysisDate: "2026-02-01" })
}

describe("the embedded store keeps every change across a restart", () => {
  for (const signal of ["SIGTERM", "SIGKILL"] as const) {
    it(`after ${signal}`, { timeout: 180_000 }, async () => {
      const dataDir = mkdtempSync(join(tmpdir(), "wm-restart-"))
      dirs.push(dataDir)
      const first = await start(dataDir)
      expect(first.lines().find((l) => l.event === "store_open")).toMatchObject({ store: "embedded", dataDir })
      const before = await changeEverything(first.url)
      const stopped = await stopServer(first, signal)
      expect(stopped).toEqual(signal === "SIGTERM" ? { code: 0, signal: null } : { code: null, signal: "SIGKILL" })
      const second = await start(dataDir)
      expect(second.lines().find((l) => l.event === "bootstrap_admin_created")).toBeUndefined()
      await findEverything(second.url, before)
    })
  }
})
