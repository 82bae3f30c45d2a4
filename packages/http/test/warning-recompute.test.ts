/**
 * The saved warning window (configrecent) also drives the batch preferences: 持有即将到期 (a holding maturing
 * inside the window, counted from the analysis date D) follows a window change at the next recompute.
 * Bank data: D = 2026-02-01; C1 holds P2 maturing 2026-04-11 (D + 69 days) and P1 maturing 2026-07-17.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { loadWealth } from "./support/bankData.js"
import { type Harness, makeHarness } from "./support/harness.js"

let h: Harness
let admin: string
beforeAll(async () => {
  h = await makeHarness()
  admin = await loadWealth(h)
})
afterAll(() => h.close())

const featuresOf = async (code: string): Promise<ReadonlyArray<string>> => {
  const r = await h.call("GET", `/api/company/detail?id=${code}`, { token: admin })
  expect(r.json.code, r.json.msg).toBe(10000)
  return r.json.data.preference.features
}
const setWindow = async (start: number, end: number) => {
  const r = await h.call("POST", "/api/company/configrecent", { token: admin, body: { start, end } })
  expect(r.json.code, r.json.msg).toBe(10000)
}
const recompute = async () => {
  const r = await h.call("POST", "/api/organ/update", { token: admin })
  expect(r.json.code, r.json.msg).toBe(10000)
}

describe("the warning window in the recompute", () => {
  it("marks 持有即将到期 only once a wider saved window reaches the holding, at the next recompute", async () => {
    expect(await featuresOf("C1")).not.toContain("持有即将到期")
    await setWindow(0, 69)
    expect(await featuresOf("C1"), "the stored read model changes only with a recompute").not.toContain("持有即将到期")
    await recompute()
    expect(await featuresOf("C1")).toContain("持有即将到期")
  })

  it("drops the mark again when the window shrinks to a day short of the maturity", async () => {
    await setWindow(0, 68)
    await recompute()
    expect(await featuresOf("C1")).not.toContain("持有即将到期")
  })
})
