/**
 * 更新数据 of a snapshot file that would remove more than half of a type's rows: refused with a clear message and
 * nothing changed, unless the apply says `force`; whole files apply as before.
 */
import { afterEach, describe, expect, it } from "vitest"
import { companyCsv, loadBank, uploadRight } from "./support/bankData.js"
import { type Harness, makeHarness } from "./support/harness.js"

let h: Harness
afterEach(() => h.close())

const onlyC1 = [
  "code,name,outletCode,linkman,contact,riskRating,listedCompanyId",
  "C1,东方制造有限公司,B1O1,张三,13800000001,R3,"
].join("\n")

const customers = async (token: string) =>
  (await h.call("GET", "/api/company/search?page=1&count=10", { token })).json.data

describe("a snapshot upload that would remove most of a type", () => {
  it("is refused with the counts and changes nothing; with force it replaces the rows", async () => {
    h = await makeHarness()
    const token = await loadBank(h)
    const before = await customers(token)
    const id = await uploadRight(h, token, "company", onlyC1)
    const refused = await h.call("POST", "/api/updatedatabutton", { token, body: { type: "company", ids: [id] } })
    expect(refused.json.code).toBe(10008)
    expect(refused.json.msg).toBe(
      'the company file would remove 2 of the 3 company rows served now (more than half); nothing was changed — apply again with "force": true to replace them'
    )
    expect(await customers(token)).toEqual(before)
    const forced = await h.call("POST", "/api/updatedatabutton", {
      token,
      body: { type: "company", ids: [id], force: true }
    })
    expect(forced.json.code, forced.json.msg).toBe(10000)
    expect((await h.call("GET", "/api/company/detail?id=C2", { token })).json.code).toBe(10007)
  })

  it("applies a whole file of the type again without force", async () => {
    h = await makeHarness()
    const token = await loadBank(h)
    const again = await uploadRight(h, token, "company", companyCsv)
    expect(
      (await h.call("POST", "/api/updatedatabutton", { token, body: { type: "company", ids: [again] } })).json.code
    ).toBe(10000)
  })
})
