/**
 * The audit trail of the later features: a marketing record's edit and delete, an export queued and an advisor-zone
 * product created each leave exactly one event naming the actor and the target.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { loadWealth } from "./support/bankData.js"
import { type Harness, makeHarness, PASSWORD } from "./support/harness.js"

let h: Harness
let admin: string
beforeAll(async () => {
  h = await makeHarness()
  await loadWealth(h)
  admin = await h.signIn("admin", PASSWORD)
})
afterAll(() => h.close())

interface Event {
  readonly id: string
  readonly kind: string
  readonly outcome: string
  readonly username: string
  readonly target: string | null
  readonly details: Record<string, unknown>
}

const trail = async (): Promise<Event[]> => {
  const r = await h.call("GET", "/api/audit?count=100", { token: admin })
  expect(r.json.code, r.json.msg).toBe(10000)
  return r.json.data.auditList
}
const eventsOf = async (action: () => Promise<{ json: { code: number; msg: string } }>) => {
  const before = new Set((await trail()).map((e) => e.id))
  const answer = await action()
  expect(answer.json.code, answer.json.msg).toBe(10000)
  return (await trail()).filter((e) => !before.has(e.id))
}

describe("audited features", () => {
  it("a marketing record's edit and delete: one event each, naming the record", async () => {
    const rm = await h.signIn("outlet_rm", PASSWORD)
    const added = await h.call("POST", "/api/company/marketing", {
      token: rm,
      body: { code: "C1", type: 0, remark: "电话", createTime: "2026-11-20 10:00:00" }
    })
    expect(added.json.code, added.json.msg).toBe(10000)
    const id = added.json.data.id as string
    const edited = await eventsOf(() =>
      h.call("PUT", "/api/company/marketing", { token: rm, body: { id, remark: "电话回访" } })
    )
    expect(edited).toMatchObject([
      { kind: "marketing_record_edit", outcome: "success", username: "outlet_rm", target: `record:${id}` }
    ])
    const deleted = await eventsOf(() => h.call("DELETE", "/api/company/marketing", { token: rm, body: { id } }))
    expect(deleted).toMatchObject([{ kind: "marketing_record_delete", username: "outlet_rm", target: `record:${id}` }])
  })

  it("an export queued: one event with its type and task id", async () => {
    const events = await eventsOf(() =>
      h.call("POST", "/api/download/create_download", { token: admin, body: { type: 8, info: {} } })
    )
    expect(events).toHaveLength(1)
    expect(events[0]).toMatchObject({ kind: "export", username: "admin", details: { type: 8 } })
    expect(typeof events[0]!.details.taskId).toBe("string")
  })

  it("an advisor-zone product created: one event naming the staff identity and the product", async () => {
    const before = new Set((await trail()).map((e) => e.id))
    const res = await h.app.request("/api/v2/open/adviserZone/product", {
      method: "POST",
      headers: { "X-Consumer-Custom-ID": "@staff_audit:im.example.com", "content-type": "application/json" },
      body: JSON.stringify({
        type: "hybridFund",
        name: "中欧创新",
        code: "AUDIT01",
        h5Url: "https://bank.example/p",
        tags: [],
        introduction: "介绍",
        sellType: "agent",
        image: { netdiskId: "https://img.example/p.png", width: 0, height: 0, orientation: "0", type: "-" },
        financial: {},
        fund: { fundIncomingType: "comm3M", fundIncomingIndex: "0.01", fundValType: "navVal", fundValIndex: "1" },
        purchaseAmount: 1
      })
    })
    expect(res.status).toBe(200)
    const product = (await res.json()) as { id: string }
    const events = (await trail()).filter((e) => !before.has(e.id))
    expect(events).toMatchObject([
      {
        kind: "advisor_product_change",
        username: "@staff_audit:im.example.com",
        details: { operation: "create", code: "AUDIT01", productId: product.id }
      }
    ])
  })
})
