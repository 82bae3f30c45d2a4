// The password policy: each rule refuses what it should, names itself, and lets a good password through.
import { describe, expect, it } from "vitest"
import { defaultPasswordPolicy, type PasswordPolicyShape, passwordProblem } from "../src/index.js"

const policy: PasswordPolicyShape = {
  ...defaultPasswordPolicy,
  isCommon: (p) => ["password1", "qwerty1234", "password", "dragon"].includes(p),
  published: ["Demo@2026"]
}
const problem = (password: string, username = "wang.li") => passwordProblem(policy, password, username)

describe("passwordProblem", () => {
  it.each([
    ["Demo@2026", "is the published demo password; choose your own"],
    ["Short-1", "must have at least 10 characters"],
    ["x".repeat(65), "must have at most 64 characters"],
    ["wang.li2026!", "must not be the username or close to it"],
    ["Wang_Li-Wang_Li", "must not be the username or close to it"],
    ["il.gnaw!xyz", "must not be the username or close to it"],
    ["Password1!", "is a common or breached password; choose a less guessable one"],
    ["QWERTY1234", "is a common or breached password; choose a less guessable one"],
    ["Password@2026!", "is a common or breached password; choose a less guessable one"],
    ["2026!dragon!!", "is a common or breached password; choose a less guessable one"]
  ])("refuses %s: %s", (password, reason) => {
    expect(problem(password)).toBe(reason)
  })

  it("counts characters, not UTF-16 units: ten Chinese characters are long enough", () => {
    expect(problem("理财精准营销企业客户画")).toBeUndefined()
    expect(problem("理财精准营销企业客户")).toBeUndefined()
    expect(problem("理财精准营销企业客")).toBe("must have at least 10 characters")
  })

  it("a username a few edits away from the password is refused, a different one is not", () => {
    expect(problem("adminstrat0r", "administrator")).toBe("must not be the username or close to it")
    expect(problem("Harbour-lights-7", "administrator")).toBeUndefined()
  })

  it("accepts a long password unlike the username and on no list, without composition rules", () => {
    expect(problem("correct horse battery staple")).toBeUndefined()
    expect(problem("Lantern-7-Quartz")).toBeUndefined()
  })

  it("the published password is refused only when configured (demo mode passes none)", () => {
    expect(passwordProblem({ ...policy, published: [] }, "Demo@2026-long", "u1")).toBeUndefined()
    expect(passwordProblem(policy, "Demo@2026-long", "u1")).toBeUndefined()
  })
})
