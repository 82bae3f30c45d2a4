/**
 * The audit trail: every audited action leaves exactly one event naming the actor, its sub-branch, the client
 * address and the target; no event carries a password or a token; bank admins read everything, sub-branch admins
 * their sub-branch's staff, relationship managers nothing; filters, paging and retention.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest"
import { organizationCsv } from "./support/bankData.js"
import { type Harness, INITIAL_PASSWORD, makeHarness, PASSWORD } from "./support/harness.js"
import { formOf } from "./support/routes.js"

let h: Harness
let reader: string
beforeEach(async () => {
  h = await makeHarness()
  reader = await h.signIn("admin", PASSWORD, "10.0.0.100")
})
afterEach(() => h.close())

interface Event {
  id: string
  at: number
  kind: string
  outcome: string
  userId: number | null
  username: string
  role: number | null
  branchId: number | null
  address: string
  target: string | null
  details: Record<string, unknown>
}

const trail = async (query = "", token = reader): Promise<Event[]> => {
  const r = await h.call("GET", `/api/audit?count=100${query}`, { token })
  expect(r.json.code, r.json.msg).toBe(10000)
  return r.json.data.auditList
}

/** The events `action` added to the trail. */
const eventsOf = async (action: () => Promise<unknown>) => {
  const before = new Set((await trail()).map((e) => e.id))
  await action()
  return (await trail()).filter((e) => !before.has(e.id))
}

const from = "10.9.8.7"
const NEW = "Quiet-Harbour-2027"
const post = (token: string, path: string, body: unknown) => h.call("POST", path, { token, body, address: from })

type Case = readonly [
  name: string,
  actor: string,
  action: (token: string) => Promise<unknown>,
  expected: (h: Harness) => Partial<Event>
]

const cases: ReadonlyArray<Case> = [
  [
    "sign-out",
    "branch_rm",
    (token) => h.call("GET", "/api/logout", { token, address: from }),
    () => ({ kind: "sign_out", outcome: "success" })
  ],
  [
    "a password change",
    "branch_rm",
    (token) => post(token, "/api/usermanage/password_modify", { pwd: PASSWORD, newPwd: NEW, newPwdConfirm: NEW }),
    () => ({ kind: "password_change", outcome: "success", details: { initialization: false, otherSessionsEnded: 0 } })
  ],
  [
    "a wrong current password",
    "branch_rm",
    (token) => post(token, "/api/usermanage/password_modify", { pwd: "Not-It-2026", newPwd: NEW, newPwdConfirm: NEW }),
    () => ({
      kind: "password_change",
      outcome: "failure",
      details: { initialization: false, reason: "wrong_current_password" }
    })
  ],
  [
    "the initialization of a new account",
    "newcomer",
    (token) => post(token, "/api/usermanage/initialize_user", { pwd: PASSWORD, newPwd: NEW, newPwdConfirm: NEW }),
    () => ({ kind: "password_change", outcome: "success" })
  ],
  [
    "a password reset by a sub-branch admin",
    "branch_admin",
    (token) => post(token, "/api/usermanage/reset_password", { userId: h.staff.outletRm.id }),
    (h) => ({ kind: "password_reset", outcome: "success", target: `user:${h.staff.outletRm.id}` })
  ],
  [
    "a refused password reset (another sub-branch's user)",
    "branch_admin",
    (token) => post(token, "/api/usermanage/reset_password", { userId: h.staff.otherOutletRm.id }),
    (h) => ({ kind: "password_reset", outcome: "failure", target: `user:${h.staff.otherOutletRm.id}` })
  ],
  [
    "a user created",
    "admin",
    (token) => post(token, "/api/usermanage/create_user", { username: "audited", name: "新人", role: 2 }),
    () => ({ kind: "user_create", outcome: "success", target: "username:audited" })
  ],
  [
    "a user edited",
    "admin",
    (token) =>
      post(token, "/api/usermanage/user_detail", {
        userId: h.staff.branchRm.id,
        name: "改名",
        role: 5,
        subbranchId: h.org.b1.id
      }),
    (h) => ({
      kind: "user_edit",
      target: `user:${h.staff.branchRm.id}`,
      details: { role: 5, branchId: h.org.b1.id, outletId: null }
    })
  ],
  [
    "a user deleted",
    "admin",
    (token) => post(token, "/api/usermanage/delete_user", { userId: h.staff.bankRm.id }),
    (h) => ({ kind: "user_delete", outcome: "success", target: `user:${h.staff.bankRm.id}` })
  ],
  [
    "an outlet added",
    "admin",
    (token) =>
      post(token, "/api/organ/add", {
        outletName: "新网点",
        outletCode: "B1O9",
        branchCode: "B1",
        branchName: "城东支行"
      }),
    () => ({ kind: "organisation_change", target: "outlet:B1O9", details: { operation: "add", branchCode: "B1" } })
  ],
  [
    "an outlet merged",
    "admin",
    (token) => post(token, "/api/organ/merge", { outletCode: "B1O2", newOutletCode: "B1O1" }),
    () => ({ kind: "organisation_change", target: "outlet:B1O2", details: { operation: "merge", into: "B1O1" } })
  ],
  [
    "a refused organisation change (not a bank admin)",
    "branch_admin",
    (token) => post(token, "/api/organ/delete", { code: "B1O2" }),
    () => ({ kind: "organisation_change", outcome: "failure", details: { operation: "delete", error: "Forbidden" } })
  ],
  [
    "a file uploaded",
    "admin",
    (token) =>
      h.call("POST", "/api/upload_update_data", {
        token,
        address: from,
        form: formOf({ type: "organization", file: new File([organizationCsv], "org.csv", { type: "text/csv" }) })
      }),
    () => ({
      kind: "upload",
      target: "type:organization",
      details: { operation: "upload", fileName: "org.csv", rows: 3 }
    })
  ],
  [
    "the warning window set",
    "admin",
    (token) => post(token, "/api/company/configrecent", { start: 3, end: 45 }),
    () => ({ kind: "setting_change", target: "setting:warningWindow", details: { start: 3, end: 45 } })
  ],
  [
    "a recompute",
    "admin",
    (token) => h.call("POST", "/api/organ/update", { token, address: from }),
    () => ({ kind: "recompute" })
  ]
]

describe("every audited action leaves exactly one event", () => {
  it.each(cases)("%s (by %s)", async (_, actor, action, expected) => {
    const token = await h.signIn(actor, PASSWORD, from)
    const user = Object.values(h.staff).find((u) => u.username === actor)!
    const events = await eventsOf(() => action(token))
    expect(events).toHaveLength(1)
    const { details, ...rest } = expected(h)
    expect(events[0]).toMatchObject({
      ...rest,
      userId: user.id,
      username: actor,
      role: user.role,
      branchId: user.branchId,
      address: from
    })
    if (details !== undefined) expect(events[0]!.details).toMatchObject(details)
  })

  it("an upload applied: one event with the new version, and one naming the error when the apply fails", async () => {
    const upload = (text: string) =>
      h.call("POST", "/api/upload_update_data", {
        token: reader,
        form: formOf({ type: "organization", file: new File([text], "org.csv", { type: "text/csv" }) })
      })
    const id = (await upload(organizationCsv)).json.data.status
    const applied = await eventsOf(() =>
      h.call("POST", "/api/updatedatabutton", { token: reader, body: { type: "organization", ids: [id] } })
    )
    expect(applied).toHaveLength(1)
    expect(applied[0]).toMatchObject({
      kind: "apply",
      outcome: "success",
      target: "type:organization",
      details: { fileIds: String(id), version: 1 }
    })
    const failed = await eventsOf(() =>
      h.call("POST", "/api/updatedatabutton", { token: reader, body: { type: "organization", ids: [9999] } })
    )
    expect(failed).toHaveLength(1)
    expect(failed[0]).toMatchObject({ kind: "apply", outcome: "failure", details: { fileIds: "9999" } })
    expect(typeof failed[0]!.details.error).toBe("string")
  })
})

describe("sign-in events", () => {
  const signIn = (username: string, password: string) =>
    h.call("POST", "/api/sign_in", { body: { username, password }, address: "198.51.100.4" })

  it("a success names the user and the address", async () => {
    const [event, ...more] = await eventsOf(() => signIn("outlet_rm", PASSWORD))
    expect(more).toEqual([])
    expect(event).toMatchObject({
      kind: "sign_in",
      outcome: "success",
      userId: h.staff.outletRm.id,
      branchId: h.org.b1.id,
      address: "198.51.100.4"
    })
  })

  it("a failure under an unknown username records the typed name and no user", async () => {
    const events = await eventsOf(() => signIn("ghost_user", "Not-It-2026"))
    expect(events).toEqual([
      expect.objectContaining({ kind: "sign_in_failed", outcome: "failure", userId: null, username: "ghost_user" })
    ])
  })

  it("the failure that starts the throttle says so, and each throttled attempt is one sign_in_throttled event", async () => {
    for (let i = 0; i < 2; i++) await signIn("outlet_rm", `Wrong-Guess-${i}`)
    const third = await eventsOf(() => signIn("outlet_rm", "Wrong-Guess-2"))
    expect(third).toEqual([expect.objectContaining({ kind: "sign_in_failed", details: { addressRefused: true } })])
    const refused = await eventsOf(() => signIn("outlet_rm", PASSWORD))
    expect(refused).toEqual([
      expect.objectContaining({ kind: "sign_in_throttled", userId: h.staff.outletRm.id, details: { by: "address" } })
    ])
  })

  it("no event carries a password or a session token", async () => {
    const token = await h.signIn("branch_rm", PASSWORD, from)
    await signIn("branch_rm", "Leaked-Guess-77")
    await post(token, "/api/usermanage/password_modify", { pwd: PASSWORD, newPwd: NEW, newPwdConfirm: NEW })
    await post(reader, "/api/usermanage/reset_password", { userId: h.staff.outletRm.id })
    const text = JSON.stringify(await trail())
    for (const secret of [PASSWORD, NEW, "Leaked-Guess-77", INITIAL_PASSWORD, token, reader])
      expect(text).not.toContain(secret)
  })
})

describe("who reads the trail", () => {
  it.each(["bank_rm", "outlet_rm", "branch_rm"])("%s is refused with 10006", async (who) => {
    const r = await h.call("GET", "/api/audit", { token: await h.signIn(who) })
    expect([r.status, r.json.code, r.json.data]).toEqual([403, 10006, null])
  })

  it("a sub-branch admin reads the events of its sub-branch's staff only", async () => {
    await h.signIn("outlet_rm")
    await h.signIn("west_rm")
    await h.signIn("bank_rm")
    const events = await trail("", await h.signIn("branch_admin"))
    expect(new Set(events.map((e) => e.username))).toEqual(new Set(["outlet_rm", "branch_admin"]))
    expect(events.every((e) => e.branchId === h.org.b1.id)).toBe(true)
    const all = await trail()
    expect(all.map((e) => e.username)).toEqual(expect.arrayContaining(["west_rm", "bank_rm", "admin"]))
  })
})

describe("filters, paging and retention", () => {
  it("filters by user, kinds and period, newest first, with the full total", async () => {
    const t0 = h.clock.now()
    h.clock.advance(1_000)
    await h.signIn("outlet_rm")
    h.clock.advance(1_000)
    await h.call("POST", "/api/sign_in", { body: { username: "outlet_rm", password: "Wrong-Guess-1" } })
    await h.signIn("branch_rm")
    const mine = await trail(`&userId=${h.staff.outletRm.id}`)
    expect(mine.map((e) => e.kind)).toEqual(["sign_in_failed", "sign_in"])
    expect((await trail("&kind=sign_in_failed,sign_in_throttled")).map((e) => e.username)).toEqual(["outlet_rm"])
    const window = await trail(`&start=${t0 + 500}&end=${t0 + 1_500}`)
    expect(window.map((e) => [e.username, e.kind])).toEqual([["outlet_rm", "sign_in"]])
    const page = await h.call("GET", "/api/audit?page=2&count=2", { token: reader })
    expect(page.json.data.total).toBe(4)
    expect(page.json.data.auditList.map((e: Event) => e.username)).toEqual(["outlet_rm", "admin"])
  })

  it("an unknown kind is a 10001 naming `kind`", async () => {
    const r = await h.call("GET", "/api/audit?kind=sign_in,teleport", { token: reader })
    expect([r.status, r.json.code, r.json.data]).toEqual([400, 10001, { field: "kind" }])
  })

  it("events older than the retention period are gone", async () => {
    await h.signIn("outlet_rm")
    h.clock.advance(400 * 86_400_000 + 1)
    const token = await h.signIn("admin")
    expect((await trail("", token)).map((e) => e.kind)).toEqual(["sign_in"])
  })
})
