// AccountService: sign-in, lockout, session expiry and revocation, password changes and first-time initialization.
import { Effect, TestClock } from "effect"
import { describe, expect, it } from "vitest"
import { AccountService, type PasswordChange, SignInLog, UserAdminService } from "../src/index.js"
import { config, failsWith, minutes, name, passwordOf, run, seedWorld, signInAs, T0 } from "./support/world.js"

const ok = passwordOf("east.rm")
const wrong = "Wrong-Pass9"
const attempt = (password: string) => Effect.flatMap(AccountService, (a) => a.signIn(name("east.rm"), password))

describe("AccountService sign-in", () => {
  it("the right password opens a session that authenticates as the user, and the sign-in is logged", () =>
    run(
      Effect.gen(function* () {
        const world = yield* seedWorld
        const { actor } = yield* signInAs("east.rm", ok)
        expect(actor.user.id).toBe(world.users.eastRm.id)
        const events = yield* (yield* SignInLog).list({ from: T0, to: T0, successOnly: true })
        expect(events.filter((e) => e.username === "east.rm").map((e) => e.userId)).toEqual([
          world.users.eastRm.id,
          world.users.eastRm.id
        ])
      })
    ))

  it("an unknown username and a wrong password both answer InvalidCredentials, and both are logged as failures", () =>
    run(
      Effect.gen(function* () {
        yield* seedWorld
        const accounts = yield* AccountService
        const unknown = yield* failsWith(accounts.signIn(name("nobody"), ok), "InvalidCredentials")
        const bad = yield* failsWith(attempt(wrong), "InvalidCredentials")
        expect(unknown).toEqual(bad)
        const failures = yield* (yield* SignInLog).list({ from: T0, to: T0 })
        expect(failures.filter((e) => !e.success).map((e) => [e.username, e.reason])).toEqual([
          ["nobody", "bad_credentials"],
          ["east.rm", "bad_credentials"]
        ])
      })
    ))

  it("maxFailedSignIns failures in a row lock the account, and then even the right password answers AccountLocked", () =>
    run(
      Effect.gen(function* () {
        yield* seedWorld
        for (let i = 1; i < config.maxFailedSignIns; i++) yield* failsWith(attempt(wrong), "InvalidCredentials")
        const locked = yield* failsWith(attempt(wrong), "AccountLocked")
        expect(locked.until).toBe(T0 + config.lockoutMs)
        yield* failsWith(attempt(ok), "AccountLocked")
        const log = yield* (yield* SignInLog).list({ from: T0, to: T0 })
        expect(log.at(-1)?.reason).toBe("locked")
      })
    ))

  it("the lock ends after lockoutMs, and the failure count starts again from zero", () =>
    run(
      Effect.gen(function* () {
        yield* seedWorld
        for (let i = 0; i < config.maxFailedSignIns; i++) yield* Effect.either(attempt(wrong))
        yield* TestClock.adjust(config.lockoutMs - 1)
        yield* failsWith(attempt(ok), "AccountLocked")
        yield* TestClock.adjust(1)
        yield* failsWith(attempt(wrong), "InvalidCredentials")
        yield* attempt(ok)
      })
    ))

  it("a successful sign-in resets the count of failures", () =>
    run(
      Effect.gen(function* () {
        yield* seedWorld
        for (let i = 1; i < config.maxFailedSignIns; i++) yield* failsWith(attempt(wrong), "InvalidCredentials")
        yield* attempt(ok)
        for (let i = 1; i < config.maxFailedSignIns; i++) yield* failsWith(attempt(wrong), "InvalidCredentials")
        yield* attempt(ok)
      })
    ))
})

describe("AccountService sessions", () => {
  it("a session unused for longer than sessionIdleMs no longer authenticates", () =>
    run(
      Effect.gen(function* () {
        yield* seedWorld
        const accounts = yield* AccountService
        const { token } = yield* signInAs("east.rm", ok)
        yield* TestClock.adjust(config.sessionIdleMs + 1)
        yield* failsWith(accounts.authenticate(token), "NotSignedIn")
      })
    ))

  it("a session in use stays valid past sessionIdleMs after sign-in", () =>
    run(
      Effect.gen(function* () {
        yield* seedWorld
        const accounts = yield* AccountService
        const { token } = yield* signInAs("east.rm", ok)
        for (let i = 0; i < 3; i++) {
          yield* TestClock.adjust(config.sessionIdleMs - minutes(1))
          yield* accounts.authenticate(token)
        }
      })
    ))

  it("a session expires sessionAbsoluteMs after sign-in however busy it is", () =>
    run(
      Effect.gen(function* () {
        yield* seedWorld
        const accounts = yield* AccountService
        const { token } = yield* signInAs("east.rm", ok)
        const step = minutes(20)
        for (let t = step; t <= config.sessionAbsoluteMs; t += step) {
          yield* TestClock.adjust(step)
          yield* accounts.authenticate(token)
        }
        yield* TestClock.adjust(1)
        yield* failsWith(accounts.authenticate(token), "NotSignedIn")
      })
    ))

  it("signOut revokes that session only", () =>
    run(
      Effect.gen(function* () {
        yield* seedWorld
        const accounts = yield* AccountService
        const first = yield* signInAs("east.rm", ok)
        const second = yield* signInAs("east.rm", ok)
        yield* accounts.signOut(first.actor)
        yield* failsWith(accounts.authenticate(first.token), "NotSignedIn")
        expect((yield* accounts.authenticate(second.token)).user.username).toBe("east.rm")
      })
    ))
})

describe("AccountService passwords", () => {
  const change = (pwd: string, newPwd: string, newPwdConfirm = newPwd): PasswordChange => ({
    pwd,
    newPwd,
    newPwdConfirm
  })

  it("changePassword revokes the user's other sessions but keeps the caller's, and only the new password signs in", () =>
    run(
      Effect.gen(function* () {
        yield* seedWorld
        const accounts = yield* AccountService
        const caller = yield* signInAs("east.rm", ok)
        const other = yield* signInAs("east.rm", ok)
        yield* accounts.changePassword(caller.actor, change(ok, "Brand-New-2"))
        yield* accounts.authenticate(caller.token)
        yield* failsWith(accounts.authenticate(other.token), "NotSignedIn")
        yield* failsWith(attempt(ok), "InvalidCredentials")
        yield* attempt("Brand-New-2")
      })
    ))

  it.each([
    ["a confirmation that does not match", change(ok, "Brand-New-2", "Brand-New-3"), "newPwdConfirm"],
    ["a new password that is too short", change(ok, "Ab1"), "newPwd"],
    ["a new password without a digit", change(ok, "OnlyLetters"), "newPwd"],
    ["a new password equal to the current one", change(ok, ok), "newPwd"],
    ["a wrong current password", change(wrong, "Brand-New-2"), "pwd"]
  ])("%s is InvalidInput naming the field, and the password stays as it was", (_, input, field) =>
    run(
      Effect.gen(function* () {
        yield* seedWorld
        const accounts = yield* AccountService
        const { actor } = yield* signInAs("east.rm", ok)
        const error = yield* failsWith(accounts.changePassword(actor, input), "InvalidInput")
        expect(error.field).toBe(field)
        yield* attempt(ok)
      })
    )
  )

  it("a new account must set its own password: requireInitialized fails with PasswordChangeRequired until initialize succeeds", () =>
    run(
      Effect.gen(function* () {
        const world = yield* seedWorld
        const accounts = yield* AccountService
        const admin = yield* world.as("admin")
        yield* (yield* UserAdminService).create(admin, name("newbie"), { name: "New", role: 2 })
        const { token, actor } = yield* signInAs("newbie", config.initialPassword)
        yield* failsWith(accounts.requireInitialized(actor), "PasswordChangeRequired")
        yield* failsWith(
          accounts.changePassword(actor, change(config.initialPassword, "Mine-123")),
          "PasswordChangeRequired"
        )
        yield* failsWith(accounts.initialize(actor, change(config.initialPassword, "short")), "InvalidInput")
        yield* failsWith(accounts.requireInitialized(yield* accounts.authenticate(token)), "PasswordChangeRequired")
        yield* accounts.initialize(actor, change(config.initialPassword, "Mine-123"))
        yield* accounts.requireInitialized(yield* accounts.authenticate(token))
        yield* failsWith(accounts.signIn(name("newbie"), config.initialPassword), "InvalidCredentials")
      })
    ))
})
