// SignInThrottle: the per-address lock, the account-wide slow-down, usual addresses, decay and bounds.
import { describe, expect, it } from "vitest"
import { defaultThrottleSettings, SignInThrottle, type ThrottleSettings } from "../src/index.js"

const settings: ThrottleSettings = {
  ...defaultThrottleSettings,
  maxFailedSignIns: 3,
  lockoutMs: 10 * 60_000,
  slowdownAfter: 6,
  slowdownMs: 1_000,
  maxSlowdownMs: 8_000
}
const T = 1_000_000

describe("per account and address", () => {
  it("locks the address after maxFailedSignIns failures for lockoutMs, and only that address", () => {
    const t = new SignInThrottle(settings)
    expect([t.fail("acct", "a", T), t.fail("acct", "a", T), t.fail("acct", "a", T)]).toEqual([false, false, true])
    expect(t.check("acct", "a", T)).toBe("address")
    expect(t.check("acct", "b", T)).toBeUndefined()
    expect(t.check("other", "a", T)).toBeUndefined()
    expect(t.check("acct", "a", T + settings.lockoutMs - 1)).toBe("address")
    expect(t.check("acct", "a", T + settings.lockoutMs)).toBeUndefined()
  })

  it("failures spread wider apart than lockoutMs never add up to a lock", () => {
    const t = new SignInThrottle(settings)
    for (let i = 0; i < 10; i++) expect(t.fail("acct", "a", T + i * (settings.lockoutMs + 1))).toBe(false)
  })

  it("a success forgets the address's failures", () => {
    const t = new SignInThrottle(settings)
    t.fail("acct", "a", T)
    t.fail("acct", "a", T)
    t.succeed("acct", "a", T)
    expect(t.fail("acct", "a", T)).toBe(false)
  })
})

describe("account-wide slow-down", () => {
  /** Failures from `n` distinct addresses, one each (never enough to lock any of them). */
  const spray = (t: SignInThrottle, n: number, at: number) => {
    for (let i = 0; i < n; i++) t.fail("acct", `bot${i}`, at)
  }

  it("after slowdownAfter failures, a new address waits an interval that doubles up to maxSlowdownMs", () => {
    const t = new SignInThrottle(settings)
    spray(t, settings.slowdownAfter, T)
    expect(t.check("acct", "fresh", T)).toBe("account")
    expect(t.check("acct", "fresh", T + 999)).toBe("account")
    expect(t.check("acct", "fresh", T + 1_000)).toBeUndefined()
    const waits = []
    let now = T + 1_000
    for (let i = 0; i < 6; i++) {
      t.fail("acct", `late${i}`, now)
      let wait = 0
      while (t.check("acct", "fresh", now + wait) !== undefined) wait += 500
      waits.push(wait)
      now += wait
    }
    expect(waits).toEqual([2_000, 4_000, 8_000, 8_000, 8_000, 8_000])
  })

  it("never refuses the owner's usual address, however many failures elsewhere", () => {
    const t = new SignInThrottle(settings)
    t.succeed("acct", "home", T)
    spray(t, 200, T + 1)
    expect(t.check("acct", "home", T + 2)).toBeUndefined()
    expect(t.check("acct", "elsewhere", T + 2)).toBe("account")
  })

  it("an address stops being usual after usualAddressMs without a successful sign-in", () => {
    const t = new SignInThrottle(settings)
    t.succeed("acct", "home", T)
    const later = T + settings.usualAddressMs + 1
    spray(t, settings.slowdownAfter, later)
    expect(t.check("acct", "home", later)).toBe("account")
  })

  it("the count ends after slowdownWindowMs without failures", () => {
    const t = new SignInThrottle(settings)
    spray(t, settings.slowdownAfter, T)
    expect(t.check("acct", "x", T)).toBe("account")
    expect(t.check("acct", "x", T + settings.slowdownWindowMs + 1)).toBeUndefined()
  })
})
