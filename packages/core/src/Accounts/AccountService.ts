/**
 * Signing in and out, sessions, and a user's own password (DOMAIN.md §1).
 */
import { Clock, Effect, Option } from "effect"
import type { Username } from "../Domain/Ids.js"
import { Session, SignInEvent, User } from "../Domain/User.js"
import { AccountLocked, InvalidCredentials, InvalidInput, NotSignedIn, PasswordChangeRequired } from "../Errors.js"
import { Crypto } from "../Ports/Crypto.js"
import { SessionRepo, SignInLog } from "../Ports/SessionRepo.js"
import { UserRepo } from "../Ports/UserRepo.js"
import { AccountConfig, passwordProblem } from "./AccountConfig.js"
import type { Actor } from "./Actor.js"

export interface PasswordChange {
  readonly pwd: string
  readonly newPwd: string
  readonly newPwdConfirm: string
}

/** A hash of a password nobody has, verified against unknown usernames so they cost the same time. */
const decoyPassword = "decoy-password-0"

export class AccountService extends Effect.Service<AccountService>()("@wm/core/AccountService", {
  effect: Effect.gen(function* () {
    const users = yield* UserRepo
    const sessions = yield* SessionRepo
    const log = yield* SignInLog
    const crypto = yield* Crypto
    const config = yield* AccountConfig
    const decoyHash = yield* crypto.hashPassword(decoyPassword)

    const recordEvent = (username: string, user: User | undefined, now: number, reason: SignInEvent["reason"]) =>
      log.record(new SignInEvent({ userId: user?.id ?? null, username, at: now, success: reason === null, reason }))

    const signIn = (username: Username, password: string) =>
      Effect.gen(function* () {
        const now = yield* Clock.currentTimeMillis
        const found = yield* users.findByUsername(username)
        if (Option.isNone(found)) {
          yield* crypto.verifyPassword(password, decoyHash)
          yield* recordEvent(username, undefined, now, "bad_credentials")
          return yield* new InvalidCredentials()
        }
        const user = found.value
        if (user.lockedUntil !== null && user.lockedUntil > now) {
          yield* recordEvent(username, user, now, "locked")
          return yield* new AccountLocked({ until: user.lockedUntil })
        }
        const ok = yield* crypto.verifyPassword(password, user.passwordHash)
        if (!ok) {
          const failures = (user.lockedUntil !== null ? 0 : user.failedSignIns) + 1
          const locked = failures >= config.maxFailedSignIns
          yield* users.update(
            new User({
              ...user,
              failedSignIns: locked ? 0 : failures,
              lockedUntil: locked ? now + config.lockoutMs : null,
              updatedAt: now
            })
          )
          yield* recordEvent(username, user, now, "bad_credentials")
          return yield* locked ? new AccountLocked({ until: now + config.lockoutMs }) : new InvalidCredentials()
        }
        const signedIn = new User({ ...user, failedSignIns: 0, lockedUntil: null })
        if (user.failedSignIns !== 0 || user.lockedUntil !== null) yield* users.update(signedIn)
        const token = yield* crypto.newToken()
        const tokenHash = yield* crypto.hashToken(token)
        yield* sessions.insert(new Session({ tokenHash, userId: user.id, createdAt: now, lastSeenAt: now }))
        yield* recordEvent(username, user, now, null)
        return { user: signedIn, token }
      })

    /** Resolves a bearer token to the caller, enforcing idle and absolute expiry. */
    const authenticate = (token: string) =>
      Effect.gen(function* () {
        const now = yield* Clock.currentTimeMillis
        const tokenHash = yield* crypto.hashToken(token)
        const session = yield* sessions.find(tokenHash)
        if (Option.isNone(session)) return yield* new NotSignedIn()
        const { createdAt, lastSeenAt, userId } = session.value
        if (now - lastSeenAt > config.sessionIdleMs || now - createdAt > config.sessionAbsoluteMs) {
          yield* sessions.delete(tokenHash)
          return yield* new NotSignedIn()
        }
        const user = yield* users.findById(userId)
        if (Option.isNone(user)) {
          yield* sessions.delete(tokenHash)
          return yield* new NotSignedIn()
        }
        // Touch at most once a minute: a busy page would otherwise write on every request.
        if (now - lastSeenAt > 60_000) yield* sessions.touch(tokenHash, now)
        return { user: user.value, sessionHash: tokenHash } satisfies Actor
      })

    /** Every route but initialization and sign-out requires an initialized account. */
    const requireInitialized = (actor: Actor) =>
      actor.user.initialized ? Effect.succeed(actor) : Effect.fail(new PasswordChangeRequired())

    const signOut = (actor: Actor) => sessions.delete(actor.sessionHash)

    const setOwnPassword = (actor: Actor, change: PasswordChange) =>
      Effect.gen(function* () {
        if (change.newPwd !== change.newPwdConfirm) {
          return yield* new InvalidInput({ field: "newPwdConfirm", reason: "does not match newPwd" })
        }
        const problem = passwordProblem(change.newPwd)
        if (problem !== undefined) return yield* new InvalidInput({ field: "newPwd", reason: problem })
        if (change.newPwd === change.pwd) {
          return yield* new InvalidInput({ field: "newPwd", reason: "must differ from the current password" })
        }
        const current = yield* users.findById(actor.user.id)
        if (Option.isNone(current)) return yield* new NotSignedIn()
        const ok = yield* crypto.verifyPassword(change.pwd, current.value.passwordHash)
        if (!ok) return yield* new InvalidInput({ field: "pwd", reason: "is not the current password" })
        const now = yield* Clock.currentTimeMillis
        const passwordHash = yield* crypto.hashPassword(change.newPwd)
        const updated = new User({ ...current.value, passwordHash, initialized: true, updatedAt: now })
        yield* users.update(updated)
        // Other sessions may belong to whoever knew the old password: revoke them, keep the caller's.
        yield* sessions.deleteForUser(actor.user.id, actor.sessionHash)
        return updated
      })

    return {
      signIn,
      authenticate,
      requireInitialized,
      signOut,
      /** 修改密码: for an initialized user. */
      changePassword: (actor: Actor, change: PasswordChange) =>
        requireInitialized(actor).pipe(Effect.andThen(setOwnPassword(actor, change))),
      /** 初始化修改密码: replaces the initial password. */
      initialize: (actor: Actor, change: PasswordChange) => setOwnPassword(actor, change)
    } as const
  })
}) {}
