/**
 * The portrait answer as the server entry serves it, from its cache (checkAnswers off): what changes without
 * an update (a corrected contact, a renamed outlet) shows at once, and an update replaces the cached figures.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { loadBank, moreTradeFlowCsv, uploadAndApply } from "./support/bankData.js"
import { type Harness, makeHarness } from "./support/harness.js"

let h: Harness
let token: string
beforeAll(async () => {
  h = await makeHarness({ checkAnswers: false })
  await loadBank(h)
  token = await h.signIn("admin")
})
afterAll(() => h.close())

const detail = async () => {
  const r = await h.call("GET", "/api/company/detail?id=C1", { token })
  expect(r.json.code, r.json.msg).toBe(10000)
  return r
}

describe("a cached portrait answer", () => {
  it("is the same JSON each time, with the envelope and content type of any answer", async () => {
    const first = await detail()
    const second = await detail()
    expect(second.json).toEqual(first.json)
    expect(second.res.headers.get("content-type")).toMatch(/^application\/json/)
    expect(Object.keys(first.json.data)[0]).toBe("basicInfo")
  })

  it("shows a corrected contact and a renamed outlet at once", async () => {
    const before = (await detail()).json.data
    const contact = { companyId: "C1", linkman: "缓存测试", contact: "0571-1234 5678" }
    expect((await h.call("POST", "/api/company/contact", { token, body: contact })).json.code).toBe(10000)
    expect(before.basicInfo.belongsToOutlet).toBe("城东一网点")
    const rename = await h.call("POST", "/api/organ/change_name", {
      token,
      body: { outletCode: "B1O1", outletName: "改名网点", branchName: "城东支行" }
    })
    const after = (await detail()).json.data
    expect(rename.json.code, rename.json.msg).toBe(10000)
    expect(after.basicInfo).toMatchObject({
      linkman: "缓存测试",
      contact: "0571-1234 5678",
      belongsToOutlet: "改名网点"
    })
    expect({ ...after, basicInfo: null }).toEqual({ ...before, basicInfo: null })
  })

  it("is replaced by the figures of an update", async () => {
    const before = (await detail()).json.data
    expect((await uploadAndApply(h, token, "trade_flow", moreTradeFlowCsv)).json.code).toBe(10000)
    const after = (await detail()).json.data
    expect(after.allTradeStream).not.toEqual(before.allTradeStream)
  })
})
