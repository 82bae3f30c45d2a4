// SignInThrottle: the per-address lock, the account-wide slow-down, the per-address slow-down across accounts
// (spraying), usual addresses, decay; over the embedded store's ThrottleStore.
import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import { defaultThrottleSettings, MemoryStore, makeSignInThrottle, type ThrottleSettings } from "../src/index.js"

const settings: ThrottleSettings = {
  ...defaultThrottleSettings,
  maxFailedSignIns: 3,
  lockoutMs: 10 * 60_000,
  slowdownAfter: 6,
  slowdownMs: 1_000,
  maxSlowdownMs: 8_000
}
const T = 1_000_000

/** A throttle on a fresh store, its steps run at once (the embedded store answers synchronously). */
const makeThrottle = (with_: ThrottleSettings = settings) => {
  const t = Effect.runSync(Effect.provide(makeSignInThrottle(with_), MemoryStore.layer))
  return {
    check: (account: string, address: string, now: number) => Effect.runSync(t.check(account, address, now)),
    fail: (account: string, address: string, now: number) => Effect.runSync(t.fail(account, address, now)),
    succeed: (account: string, address: string, now: number) => Effect.runSync(t.succeed(account, address, now))
  }
}
type Throttle = ReturnType<typeof makeThrottle>

describe("per account and address", () => {
  it("locks the address after maxFailedSignIns failures for lockoutMs, and only that address", () => {
    const t = makeThrottle()
    expect([t.fail("acct", "a", T), t.fail("acct", "a", T), t.fail("acct", "a", T)]).toEqual([false, false, true])
    expect(t.check("acct", "a", T)).toBe("address")
    expect(t.check("acct", "b", T)).toBeUndefined()
    expect(t.check("other", "a", T)).toBeUndefined()
    expect(t.check("acct", "a", T + settings.lockoutMs - 1)).toBe("address")
    expect(t.check("acct", "a", T + settings.lockoutMs)).toBeUndefined()
  })

  it("failures spread wider apart than lockoutMs never add up to a lock", () => {
    const t = makeThrottle()
    for (let i = 0; i < 10; i++) expect(t.fail("acct", "a", T + i * (settings.lockoutMs + 1))).toBe(false)
  })

  it("a success forgets the address's failures", () => {
    const t = makeThrottle()
    t.fail("acct", "a", T)
    t.fail("acct", "a", T)
    t.succeed("acct", "a", T)
    expect(t.fail("acct", "a", T)).toBe(false)
  })
})

describe("account-wide slow-down", () => {
  /** Failures from `n` distinct addresses, one each (never enough to lock any of them). */
  const spray = (t: Throttle, n: number, at: number) => {
    for (let i = 0; i < n; i++) t.fail("acct", `bot${i}`, at)
  }

  it("after slowdownAfter failures, a new address waits an interval that doubles up to maxSlowdownMs", () => {
    const t = makeThrottle()
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
    const t = makeThrottle()
    t.succeed("acct", "home", T)
    spray(t, 200, T + 1)
    expect(t.check("acct", "home", T + 2)).toBeUndefined()
    expect(t.check("acct", "elsewhere", T + 2)).toBe("account")
  })

  it("an address stops being usual after usualAddressMs without a successful sign-in", () => {
    const t = makeThrottle()
    t.succeed("acct", "home", T)
    const later = T + settings.usualAddressMs + 1
    spray(t, settings.slowdownAfter, later)
    expect(t.check("acct", "home", later)).toBe("account")
  })

  it("the count ends after slowdownWindowMs without failures", () => {
    const t = makeThrottle()
    spray(t, settings.slowdownAfter, T)
    expect(t.check("acct", "x", T)).toBe("account")
    expect(t.check("acct", "x", T + settings.slowdownWindowMs + 1)).toBeUndefined()
  })
})

describe("per-address slow-down across accounts (password spraying)", () => {
  const wide = { ...settings, sprayAfter: 4, slowdownAfter: 1_000 }
  /** One wrong password at each of `n` accounts from `address`. */
  const sprayAccounts = (t: Throttle, address: string, n: number, at: number, from = 0) => {
    for (let i = from; i < from + n; i++) t.fail(`user${i}`, address, at)
  }

  it("after failures at sprayAfter accounts, the address waits at any account, an interval doubling", () => {
    const t = makeThrottle(wide)
    sprayAccounts(t, "sprayer", wide.sprayAfter - 1, T)
    expect(t.check("someone", "sprayer", T)).toBeUndefined()
    sprayAccounts(t, "sprayer", 1, T, wide.sprayAfter)
    expect(t.check("someone", "sprayer", T)).toBe("spraying")
    expect(t.check("someone", "elsewhere", T)).toBeUndefined()
    expect(t.check("someone", "sprayer", T + 999)).toBe("spraying")
    expect(t.check("someone", "sprayer", T + 1_000)).toBeUndefined()
    sprayAccounts(t, "sprayer", 1, T + 1_000, 100)
    expect(t.check("someone", "sprayer", T + 2_999)).toBe("spraying")
    expect(t.check("someone", "sprayer", T + 3_000)).toBeUndefined()
  })

  it("repeated failures at one account count once: a user mistyping is not a sprayer", () => {
    const t = makeThrottle(wide)
    for (let i = 0; i < 20; i++) t.fail("user0", "office", T + i)
    expect(t.check("user1", "office", T + 20)).toBeUndefined()
  })

  it("never slows an account's owner at its usual address, even when that address sprays", () => {
    const t = makeThrottle(wide)
    t.succeed("owner", "office", T)
    sprayAccounts(t, "office", 10, T + 1)
    expect(t.check("owner", "office", T + 2)).toBeUndefined()
    expect(t.check("colleague", "office", T + 2)).toBe("spraying")
  })

  it("ends after sprayWindowMs without failures", () => {
    const t = makeThrottle(wide)
    sprayAccounts(t, "sprayer", 10, T)
    expect(t.check("someone", "sprayer", T + wide.sprayWindowMs)).toBeUndefined()
  })
})
