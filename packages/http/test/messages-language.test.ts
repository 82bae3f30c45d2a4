/**
 * Error messages in Chinese and English: Accept-Language `en…` (the most preferred tag) answers English, anything
 * else or no header Chinese. Codes, statuses and the field named stay the same in both.
 */
import {
  Conflict,
  type DomainError,
  ExportNotReady,
  Forbidden,
  InvalidCredentials,
  InvalidInput,
  NotFound,
  NotSignedIn,
  PasswordChangeRequired,
  StorageError,
  UpdateRunning,
  UploadRejected
} from "@wm/core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { Codes, describeError } from "../src/api/codes.js"
import { languageOf } from "../src/api/language.js"
import { reasonZh } from "../src/api/messagesZh.js"
import { type Harness, makeHarness, PASSWORD } from "./support/harness.js"

const han = /\p{Script=Han}/u

describe("the code table", () => {
  it.each(Object.entries(Codes))("%s has a message in Chinese and in English", (_, entry) => {
    expect(entry.message.zh).toMatch(han)
    expect(entry.message.en).not.toMatch(han)
    expect(entry.message.en.length).toBeGreaterThan(0)
  })

  const failures: ReadonlyArray<DomainError> = [
    new InvalidInput({ field: "count", reason: "is required" }),
    new NotSignedIn(),
    new InvalidCredentials(),
    new PasswordChangeRequired(),
    new Forbidden({ action: "read the audit trail" }),
    new NotFound({ entity: "company", key: "C9" }),
    new Conflict({ reason: "username bank_rm is taken" }),
    new UpdateRunning(),
    new ExportNotReady({ taskId: "t1", state: "running" }),
    new UploadRejected({ fileId: null, fileName: "flows.csv", reason: "missing required columns: amount" }),
    new StorageError({ operation: "find", unavailable: true }),
    new StorageError({ operation: "find", unavailable: false })
  ]
  it.each(failures.map((f) => [f._tag, f] as const))("%s is described in both languages", (_, failure) => {
    const { msg } = describeError(failure)
    expect(msg.zh).toMatch(han)
    expect(msg.en).not.toMatch(han)
    expect(msg.zh).not.toBe(msg.en)
  })

  it("names the field, row or file in both languages", () => {
    const invalid = describeError(new InvalidInput({ field: "count", reason: "must be an integer" }))
    expect(invalid.msg).toEqual({ zh: "count：必须是整数", en: "count: must be an integer" })
    const upload = describeError(
      new UploadRejected({
        fileId: null,
        fileName: "flows.csv",
        reason: '3 row errors, the first: row 7 amount "-5": must not be negative'
      })
    )
    expect(upload.msg.zh).toBe('flows.csv：共 3 行有错误，第一处：第 7 行 amount "-5"：不能为负数')
    expect(upload.msg.en).toBe('flows.csv: 3 row errors, the first: row 7 amount "-5": must not be negative')
  })

  it.each([
    ["Expected an integer, actual 5.5", "应为整数，实际为 5.5"],
    ["is required for role 4", "角色 4 必填"],
    ["must not be before starttime", "不能早于 starttime"],
    ["branchName: sub-branch B1 is named 城东支行", "branchName：支行 B1 的名称是 城东支行"],
    ["a reason nobody translated", "a reason nobody translated"]
  ])("renders %j in Chinese as %j", (reason, zh) => {
    expect(reasonZh(reason)).toBe(zh)
  })
})

describe("the language of a request", () => {
  it.each([
    [undefined, "zh"],
    ["", "zh"],
    ["en", "en"],
    ["EN-gb", "en"],
    ["en-US,en;q=0.9,zh-CN;q=0.8", "en"],
    ["zh-CN,zh;q=0.9,en;q=0.8", "zh"],
    ["fr-FR", "zh"],
    ["de, en;q=0.5", "zh"],
    ["zh;q=0.4, en;q=0.6", "en"],
    ["english", "zh"],
    ["en;q=0", "zh"]
  ])("Accept-Language %j reads %s", (header, language) => {
    expect(languageOf(header)).toBe(language)
  })
})

describe("answers end to end", () => {
  let h: Harness
  let token = ""
  beforeAll(async () => {
    h = await makeHarness()
    token = await h.signIn("admin")
  })
  afterAll(() => h.close())

  const get = async (path: string, headers: Record<string, string>) => {
    const res = await h.app.request(path, { headers: { authorization: `Bearer ${token}`, ...headers } })
    return { status: res.status, json: (await res.json()) as { code: number; msg: string; data: unknown } }
  }

  it("a bad parameter: Chinese without the header, English with `en`, same code, status and field", async () => {
    const zh = await get("/api/company/search?count=0", {})
    const en = await get("/api/company/search?count=0", { "accept-language": "en-US,en;q=0.9" })
    expect([zh.status, zh.json.code, zh.json.data]).toEqual([400, 10001, { field: "count" }])
    expect([en.status, en.json.code, en.json.data]).toEqual([400, 10001, { field: "count" }])
    expect(zh.json.msg).toMatch(/^count：.*\p{Script=Han}/u)
    expect(en.json.msg).toMatch(/^count: [ -~]+$/)
  })

  it("an unknown route and a wrong method answer in the language asked", async () => {
    const zh = await get("/api/no/such/route", { "accept-language": "zh-CN" })
    const en = await get("/api/no/such/route", { "accept-language": "en" })
    expect([zh.status, zh.json.code, en.status, en.json.code]).toEqual([404, 10404, 404, 10404])
    expect(zh.json.msg).toMatch(han)
    expect(en.json.msg).toBe("no route GET /api/no/such/route")
    const wrongMethod = await h.app.request("/api/sign_in", { method: "GET" })
    expect(wrongMethod.status).toBe(405)
    expect(((await wrongMethod.json()) as { msg: string }).msg).toMatch(han)
  })

  it.each([
    ["no header", {}],
    ["English", { "accept-language": "en" }]
  ])("unknown user and wrong password answer byte for byte alike (%s)", async (_, headers) => {
    const signIn = async (username: string) => {
      const res = await h.app.request("/api/sign_in", {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify({ username, password: `${PASSWORD}-wrong` })
      })
      return { status: res.status, headers: [...res.headers.entries()].sort(), body: await res.text() }
    }
    const unknown = await signIn("ghost_user")
    const wrong = await signIn("branch_rm")
    expect(unknown).toEqual(wrong)
    expect(unknown.status).toBe(401)
    expect(JSON.parse(unknown.body).msg).toBe(
      "accept-language" in headers ? Codes.invalidCredentials.message.en : Codes.invalidCredentials.message.zh
    )
  })
})
