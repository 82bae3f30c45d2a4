/**
 * Throttled sign-ins instead of a lock anyone can trigger: a guessing address is refused for a while, the account's
 * owner still signs in from its own address, and unknown user, wrong password and throttled answer alike.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest"
import { accountConfig, type Harness, makeHarness, PASSWORD } from "./support/harness.js"

let h: Harness
beforeEach(async () => {
  h = await makeHarness()
})
afterEach(() => h.close())

const threshold = accountConfig.maxFailedSignIns
const attacker = "203.0.113.66"
const home = "10.1.2.3"

const signInFrom = (address: string, username: string, password: string) =>
  h.call("POST", "/api/sign_in", { body: { username, password }, address })

const hammer = async (address: string, username: string, times: number) => {
  for (let i = 0; i < times; i++) await signInFrom(address, username, `wrong-guess-${i}`)
}

/** Everything a client sees of an answer: status, every header, the body's bytes. */
const wire = async (res: Response) => ({
  status: res.status,
  headers: [...res.headers.entries()].sort(),
  body: await res.clone().text()
})

describe("per account and address", () => {
  it(`after ${threshold} failures the address is refused even with the right password, and gets no session`, async () => {
    await hammer(attacker, "outlet_rm", threshold)
    const r = await signInFrom(attacker, "outlet_rm", PASSWORD)
    expect([r.status, r.json.code, r.json.data]).toEqual([401, 10003, null])
    expect(r.res.headers.get("set-cookie")).toBeNull()
  })

  it("the owner still signs in from its own address while another address hammers the account", async () => {
    await hammer(attacker, "outlet_rm", threshold * 10)
    const r = await signInFrom(home, "outlet_rm", PASSWORD)
    expect([r.status, r.json.code]).toEqual([200, 10000])
    expect((await signInFrom(attacker, "outlet_rm", PASSWORD)).json.code).toBe(10003)
  })

  it("nobody can lock the bank admin out: 30 addresses failing 5 times each leave its usual address open", async () => {
    await h.signIn("admin", PASSWORD, home)
    for (let bot = 0; bot < 30; bot++) await hammer(`198.51.100.${bot}`, "admin", 5)
    expect((await signInFrom(home, "admin", PASSWORD)).json.code).toBe(10000)
  })

  it("the refusal ends after the lock time; the count then starts again", async () => {
    await hammer(attacker, "outlet_rm", threshold)
    h.clock.advance(accountConfig.lockoutMs - 1_000)
    expect((await signInFrom(attacker, "outlet_rm", PASSWORD)).json.code).toBe(10003)
    h.clock.advance(1_000)
    await hammer(attacker, "outlet_rm", threshold - 1)
    expect((await signInFrom(attacker, "outlet_rm", PASSWORD)).json.code).toBe(10000)
  })

  it("an open session keeps working while its account is being guessed at", async () => {
    const token = await h.signIn("outlet_rm", PASSWORD, home)
    await hammer(attacker, "outlet_rm", threshold * 3)
    expect((await h.call("GET", "/api/usermanage/user_detail", { token })).status).toBe(200)
  })
})

describe("account-wide slow-down", () => {
  it("many addresses failing slow down new addresses (even with the right password) but never the usual one", async () => {
    await h.signIn("branch_rm", PASSWORD, home)
    for (let bot = 0; bot < 25; bot++) await hammer(`198.51.100.${bot}`, "branch_rm", 1)
    expect((await signInFrom("192.0.2.200", "branch_rm", PASSWORD)).json.code).toBe(10003)
    expect((await signInFrom(home, "branch_rm", PASSWORD)).json.code).toBe(10000)
    h.clock.advance(5 * 60_000)
    expect((await signInFrom("192.0.2.200", "branch_rm", PASSWORD)).json.code).toBe(10000)
  })
})

describe("per-address slow-down across accounts (password spraying)", () => {
  const office = "192.0.2.50"
  const sprayAccounts = async (address: string, n: number) => {
    for (let i = 0; i < n; i++) await signInFrom(address, `staff_${i}`, "Spring-2026-guess")
  }

  it("an address that failed at many accounts is refused at any other alike, until its interval passed", async () => {
    const unknown = await wire((await signInFrom(home, "ghost_user", "Some-Guess-1")).res)
    await sprayAccounts(attacker, 10)
    const slowed = await signInFrom(attacker, "branch_rm", PASSWORD)
    expect([slowed.status, slowed.json.code, slowed.res.headers.get("set-cookie")]).toEqual([401, 10003, null])
    expect(await wire(slowed.res)).toEqual(unknown)
    // Other addresses are not affected; the sprayer gets one guess per interval.
    expect((await signInFrom(home, "bank_rm", PASSWORD)).json.code).toBe(10000)
    h.clock.advance(5_000)
    expect((await signInFrom(attacker, "branch_rm", PASSWORD)).json.code).toBe(10000)
  })

  it("owners keep signing in from their usual address even when others spray from it (one office address)", async () => {
    await h.signIn("outlet_rm", PASSWORD, office)
    await sprayAccounts(office, 12)
    expect((await signInFrom(office, "outlet_rm", PASSWORD)).json.code).toBe(10000)
    expect((await signInFrom(office, "bank_rm", PASSWORD)).json.code).toBe(10003)
  })
})

describe("answers that tell a guesser nothing", () => {
  it("unknown user, wrong password, refused address and slowed account answer byte for byte alike", async () => {
    const unknown = await wire((await signInFrom(attacker, "ghost_user", "Some-Guess-1")).res)
    const wrong = await wire((await signInFrom(home, "branch_rm", "Some-Guess-1")).res)
    await hammer(attacker, "outlet_rm", threshold)
    const refused = await wire((await signInFrom(attacker, "outlet_rm", PASSWORD)).res)
    for (let bot = 0; bot < 25; bot++) await hammer(`198.51.100.${bot}`, "bank_rm", 1)
    const slowed = await wire((await signInFrom("192.0.2.9", "bank_rm", PASSWORD)).res)
    expect(unknown.status).toBe(401)
    expect(wrong).toEqual(unknown)
    expect(refused).toEqual(unknown)
    expect(slowed).toEqual(unknown)
  })

  it("an unknown username is throttled like a real one (no difference after many failures either)", async () => {
    await hammer(attacker, "ghost_user", threshold * 2)
    await hammer(attacker, "outlet_rm", threshold * 2)
    const ghost = await wire((await signInFrom(attacker, "ghost_user", "x-guess-123")).res)
    const real = await wire((await signInFrom(attacker, "outlet_rm", "x-guess-123")).res)
    expect(real).toEqual(ghost)
  })
})

describe("password_modify's current-password check", () => {
  const NEW = "Quiet-Harbour-2027"
  const modify = (token: string, address: string, pwd: string) =>
    h.call("POST", "/api/usermanage/password_modify", {
      token,
      address,
      body: { pwd, newPwd: NEW, newPwdConfirm: NEW }
    })

  it(`is throttled like sign-in: after ${threshold} wrong guesses the right one is refused alike from that address`, async () => {
    const token = await h.signIn("branch_rm", PASSWORD, home)
    const wrong = await modify(token, attacker, "Wrong-Guess-0")
    for (let i = 1; i < threshold; i++) await modify(token, attacker, `Wrong-Guess-${i}`)
    const throttled = await modify(token, attacker, PASSWORD)
    expect([wrong.status, wrong.json.code, wrong.json.data]).toEqual([400, 10001, { field: "pwd" }])
    expect(await wire(throttled.res)).toEqual(await wire(wrong.res))
    expect((await modify(token, home, PASSWORD)).json.code).toBe(10000)
  })
})
