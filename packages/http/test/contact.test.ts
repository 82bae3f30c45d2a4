/**
 * 更新企业联系人: correcting a customer's contact person and phone, who may, what is valid, and how the edit lives
 * alongside later customer files (shown until a newer file changes the values it replaced).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { companyCsv, loadBank, moreTradeFlowCsv, uploadAndApply } from "./support/bankData.js"
import { expectContract } from "./support/envelope.js"
import { type Harness, makeHarness } from "./support/harness.js"

let h: Harness
beforeAll(async () => {
  h = await makeHarness()
  await loadBank(h)
})
afterAll(() => h.close())

const edit = async (username: string, body: unknown) => {
  const r = await h.call("POST", "/api/company/contact", { token: await h.signIn(username), body })
  const text = await r.res.clone().text()
  expectContract(
    { status: r.status, contentType: r.res.headers.get("content-type"), text },
    { method: "POST", path: "/api/company/contact" }
  )
  return r
}
const shown = async (code: string, username = "admin") => {
  const r = await h.call("GET", `/api/company/detail?id=${code}`, { token: await h.signIn(username) })
  expect(r.json.code, r.json.msg).toBe(10000)
  const { linkman, contact } = r.json.data.basicInfo
  return { linkman, contact }
}
const apply = async (type: string, text: string) => {
  const r = await uploadAndApply(h, await h.signIn("admin"), type, text)
  expect(r.json.code, r.json.msg).toBe(10000)
}

describe("company/contact", () => {
  it("an outlet RM corrects a customer of its outlet; detail shows the edit to everyone", async () => {
    const r = await edit("outlet_rm", { companyId: "C1", linkman: " 赵敏 ", contact: "0571-8888 6666" })
    expect(r.json).toMatchObject({
      code: 10000,
      data: { companyId: "C1", linkman: "赵敏", contact: "0571-8888 6666" }
    })
    expect(await shown("C1")).toEqual({ linkman: "赵敏", contact: "0571-8888 6666" })
    expect(await shown("C1", "outlet_rm")).toEqual({ linkman: "赵敏", contact: "0571-8888 6666" })
    const legacy = await h.call("GET", "/api/company/detail_1?id=C1", { token: await h.signIn("outlet_rm") })
    expect(legacy.json.data.basicInfo).toMatchObject({ linkman: "赵敏", contact: "0571-8888 6666" })
  })

  it("every role may edit the customers of its scope", async () => {
    expect((await edit("branch_admin", { companyId: "C3", linkman: "钱七", contact: "13900000003" })).json.code).toBe(
      10000
    )
    expect((await edit("branch_rm", { companyId: "C3", linkman: "孙八", contact: "13900000033" })).json.code).toBe(
      10000
    )
    expect((await edit("bank_rm", { companyId: "C2", linkman: "周九", contact: "+86 139 0000 0002" })).json.code).toBe(
      10000
    )
    expect(await shown("C3")).toEqual({ linkman: "孙八", contact: "13900000033" })
    expect(await shown("C2")).toEqual({ linkman: "周九", contact: "+86 139 0000 0002" })
  })

  it("answers not found for a customer outside the scope, exactly as for an unknown one, changing nothing", async () => {
    const before = await shown("C2")
    const outside = await edit("outlet_rm", { companyId: "C2", linkman: "越权", contact: "13000000000" })
    const unknown = await edit("outlet_rm", { companyId: "NOPE", linkman: "越权", contact: "13000000000" })
    expect([outside.status, outside.json.code]).toEqual([404, 10007])
    expect([unknown.status, unknown.json.code]).toEqual([404, 10007])
    expect(outside.json.msg.replace("C2", "X")).toBe(unknown.json.msg.replace("NOPE", "X"))
    expect((await edit("west_admin", { companyId: "C1", linkman: "越权", contact: "13000000000" })).json.code).toBe(
      10007
    )
    expect(await shown("C2")).toEqual(before)
  })

  it("answers 400 naming the field for a missing or bad value", async () => {
    const good = { companyId: "C1", linkman: "赵敏", contact: "13800000009" }
    const cases: ReadonlyArray<readonly [Record<string, unknown>, string]> = [
      [{ ...good, companyId: undefined }, "companyId"],
      [{ ...good, companyId: "" }, "companyId"],
      [{ ...good, companyId: "x".repeat(65) }, "companyId"],
      [{ ...good, linkman: undefined }, "linkman"],
      [{ ...good, linkman: "   " }, "linkman"],
      [{ ...good, linkman: "x".repeat(33) }, "linkman"],
      [{ ...good, linkman: 42 }, "linkman"],
      [{ ...good, contact: undefined }, "contact"],
      [{ ...good, contact: "12" }, "contact"],
      [{ ...good, contact: "138-abc-0000" }, "contact"],
      [{ ...good, contact: "1".repeat(33) }, "contact"],
      [{ ...good, contact: 13800000009 }, "contact"]
    ]
    for (const [body, field] of cases) {
      const r = await edit("admin", body)
      expect([r.status, r.json.code], JSON.stringify(body)).toEqual([400, 10001])
      expect(r.json.msg.startsWith(field), `${JSON.stringify(body)} → ${r.json.msg}`).toBe(true)
    }
    expect(await shown("C1")).toEqual({ linkman: "赵敏", contact: "0571-8888 6666" })
  })
})

describe("an edit and later data", () => {
  it("survives a recompute and a customer file that repeats the values it replaced", async () => {
    await apply("trade_flow", moreTradeFlowCsv)
    expect(await shown("C1")).toEqual({ linkman: "赵敏", contact: "0571-8888 6666" })
    await apply("company", companyCsv)
    expect(await shown("C1")).toEqual({ linkman: "赵敏", contact: "0571-8888 6666" })
  })

  it("gives way to a newer customer file that changes the linkman or phone", async () => {
    await apply(
      "company",
      companyCsv.replace("C1,东方制造有限公司,B1O1,张三,13800000001", "C1,东方制造有限公司,B1O1,张三,13811112222")
    )
    expect(await shown("C1")).toEqual({ linkman: "张三", contact: "13811112222" })
    // Customers whose file values did not change keep their edits.
    expect(await shown("C2")).toEqual({ linkman: "周九", contact: "+86 139 0000 0002" })
    // A new edit is made against the new file's values and shows again.
    await edit("admin", { companyId: "C1", linkman: "赵敏", contact: "0571-8888 6666" })
    expect(await shown("C1")).toEqual({ linkman: "赵敏", contact: "0571-8888 6666" })
  })
})
