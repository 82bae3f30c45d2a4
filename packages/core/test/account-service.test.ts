// AccountService: sign-in, throttling, session expiry and revocation, password changes and first-time initialization.
import { Effect, TestClock } from "effect"
import { describe, expect, it } from "vitest"
import { AccountService, type PasswordChange, SignInLog, User, UserAdminService, UserRepo } from "../src/index.js"
import { config, failsWith, minutes, name, passwordOf, run, seedWorld, signInAs, T0 } from "./support/world.js"

const ok = passwordOf("east.rm")
const wrong = "Wrong-Pass9"
const attempt = (password: string, address = "10.0.0.1") =>
  Effect.flatMap(AccountService, (a) => a.signIn(name("east.rm"), password, address))

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

  it("maxFailedSignIns failures from one address refuse that address for lockoutMs, even with the right password", () =>
    run(
      Effect.gen(function* () {
        yield* seedWorld
        for (let i = 0; i < config.maxFailedSignIns; i++)
          yield* failsWith(attempt(wrong, "10.0.0.9"), "InvalidCredentials")
        yield* failsWith(attempt(ok, "10.0.0.9"), "InvalidCredentials")
        const log = yield* (yield* SignInLog).list({ from: T0, to: T0 })
        expect(log.at(-1)?.reason).toBe("locked")
        yield* TestClock.adjust(config.lockoutMs - 1)
        yield* failsWith(attempt(ok, "10.0.0.9"), "InvalidCredentials")
        yield* TestClock.adjust(1)
        yield* attempt(ok, "10.0.0.9")
      })
    ))

  it("the owner still signs in from its own address while another address is refused", () =>
    run(
      Effect.gen(function* () {
        yield* seedWorld
        for (let i = 0; i < config.maxFailedSignIns + 3; i++) yield* Effect.either(attempt(wrong, "203.0.113.7"))
        yield* attempt(ok, "10.0.0.1")
        yield* failsWith(attempt(ok, "203.0.113.7"), "InvalidCredentials")
      })
    ))

  it("an unknown username is throttled like a real one", () =>
    run(
      Effect.gen(function* () {
        yield* seedWorld
        const accounts = yield* AccountService
        for (let i = 0; i < config.maxFailedSignIns; i++)
          yield* Effect.either(accounts.signIn(name("ghost"), wrong, "a"))
        yield* failsWith(accounts.signIn(name("ghost"), wrong, "a"), "InvalidCredentials")
        const log = yield* (yield* SignInLog).list({ from: T0, to: T0 })
        expect(log.at(-1)).toMatchObject({ username: "ghost", reason: "locked" })
      })
    ))

  it("a successful sign-in resets the count of failures from that address", () =>
    run(
      Effect.gen(function* () {
        yield* seedWorld
        for (let i = 1; i < config.maxFailedSignIns; i++) yield* failsWith(attempt(wrong), "InvalidCredentials")
        yield* attempt(ok)
        for (let i = 1; i < config.maxFailedSignIns; i++) yield* failsWith(attempt(wrong), "InvalidCredentials")
        yield* attempt(ok)
      })
    ))

  it("a hash of an earlier cost is replaced at sign-in, and the password still signs in", () =>
    run(
      Effect.gen(function* () {
        const world = yield* seedWorld
        const repo = yield* UserRepo
        const user = world.users.eastRm
        const old = user.passwordHash.replace(/^fake\$/, "old$")
        yield* repo.update(new User({ ...user, passwordHash: old }))
        yield* attempt(ok)
        const stored = yield* repo.findById(user.id)
        expect(stored._tag === "Some" && stored.value.passwordHash).toBe(user.passwordHash)
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
        yield* accounts.changePassword(caller.actor, change(ok, "Brand-New-Harbour"))
        yield* accounts.authenticate(caller.token)
        yield* failsWith(accounts.authenticate(other.token), "NotSignedIn")
        yield* failsWith(attempt(ok), "InvalidCredentials")
        yield* attempt("Brand-New-Harbour")
      })
    ))

  it.each([
    ["a confirmation that does not match", change(ok, "Brand-New-Harbour", "Brand-New-Harbor"), "newPwdConfirm"],
    ["a new password that is too short", change(ok, "Ab1-short"), "newPwd"],
    ["a new password close to the username", change(ok, "East.rm2026!"), "newPwd"],
    ["a common password", change(ok, "Password1!"), "newPwd"],
    ["a new password equal to the current one", change(ok, ok), "newPwd"],
    ["a wrong current password", change(wrong, "Brand-New-Harbour"), "pwd"]
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

  it("wrong current passwords are throttled like sign-ins: after maxFailedSignIns even the right one is refused", () =>
    run(
      Effect.gen(function* () {
        yield* seedWorld
        const accounts = yield* AccountService
        const { actor } = yield* signInAs("east.rm", ok)
        const errors = []
        for (let i = 0; i < config.maxFailedSignIns; i++) {
          errors.push(
            yield* failsWith(accounts.changePassword(actor, change(wrong, "Brand-New-Harbour"), "b"), "InvalidInput")
          )
        }
        const throttled = yield* failsWith(
          accounts.changePassword(actor, change(ok, "Brand-New-Harbour"), "b"),
          "InvalidInput"
        )
        expect(throttled).toEqual(errors[0])
        // The throttle is per address, and it is the sign-in throttle: the same address cannot sign in either.
        yield* failsWith(attempt(ok, "b"), "InvalidCredentials")
        yield* accounts.changePassword(actor, change(ok, "Brand-New-Harbour"), "c")
      })
    ))

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
          accounts.changePassword(actor, change(config.initialPassword, "Mine-Quiet-Garden")),
          "PasswordChangeRequired"
        )
        yield* failsWith(accounts.initialize(actor, change(config.initialPassword, "short")), "InvalidInput")
        yield* failsWith(accounts.requireInitialized(yield* accounts.authenticate(token)), "PasswordChangeRequired")
        yield* accounts.initialize(actor, change(config.initialPassword, "Mine-Quiet-Garden"))
        yield* accounts.requireInitialized(yield* accounts.authenticate(token))
        yield* failsWith(accounts.signIn(name("newbie"), config.initialPassword), "InvalidCredentials")
      })
    ))
})
