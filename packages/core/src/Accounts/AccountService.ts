/**
 * Signing in and out, sessions, and a user's own password (DOMAIN.md §1). Guesses are throttled per account and
 * client address (SignInThrottle); an unknown username, a wrong password and a throttled guess fail alike, after
 * the same password-hash work, so the answer tells a guesser nothing.
 */
import { Clock, Effect, Option } from "effect"
import { auditor } from "../Audit/audit.js"
import type { Username } from "../Domain/Ids.js"
import { Session, SignInEvent, User } from "../Domain/User.js"
import { InvalidCredentials, InvalidInput, NotSignedIn, PasswordChangeRequired } from "../Errors.js"
import { Crypto } from "../Ports/Crypto.js"
import { SessionRepo, SignInLog } from "../Ports/SessionRepo.js"
import { UserRepo } from "../Ports/UserRepo.js"
import { AccountConfig, passwordPolicyOf, throttleSettingsOf } from "./AccountConfig.js"
import type { Actor } from "./Actor.js"
import { makePasswordGuess } from "./PasswordGuess.js"
import { passwordProblem } from "./PasswordPolicy.js"
import { SessionPeek } from "./SessionCache.js"
import { makeSignInThrottle } from "./SignInThrottle.js"

export interface PasswordChange {
  readonly pwd: string
  readonly newPwd: string
  readonly newPwdConfirm: string
}

/** The client address when the caller does not know it (a script, a test): throttled as one address. */
export const UNKNOWN_ADDRESS = "unknown"

/** Touch a session at most once a minute: a busy page would otherwise write on every request. */
const TOUCH_AFTER_MS = 60_000

/** The one answer to a wrong current password, throttled or not. */
const wrongCurrentPassword = new InvalidInput({
  field: "pwd",
  reason: "is not the current password, or too many attempts: wait a few minutes"
})

export class AccountService extends Effect.Service<AccountService>()("@wm/core/AccountService", {
  effect: Effect.gen(function* () {
    const users = yield* UserRepo
    const sessions = yield* SessionRepo
    const log = yield* SignInLog
    const crypto = yield* Crypto
    const config = yield* AccountConfig
    const policy = passwordPolicyOf(config)
    const guess = yield* makePasswordGuess(yield* makeSignInThrottle(throttleSettingsOf(config)))
    const audit = yield* auditor
    const peek = yield* Effect.serviceOption(SessionPeek)

    const recordEvent = (username: string, user: User | undefined, now: number, reason: SignInEvent["reason"]) =>
      log.record(new SignInEvent({ userId: user?.id ?? null, username, at: now, success: reason === null, reason }))

    const signIn = (username: Username, password: string, address: string = UNKNOWN_ADDRESS) =>
      Effect.gen(function* () {
        const now = yield* Clock.currentTimeMillis
        const result = yield* guess(username, password, address, now)
        if (result.outcome !== "right") {
          const throttled = result.outcome === "throttled"
          yield* recordEvent(username, result.user, now, throttled ? "locked" : "bad_credentials")
          yield* audit(throttled ? "sign_in_throttled" : "sign_in_failed", result.details, {
            outcome: "failure",
            user: result.user ?? null,
            username,
            address
          })
          return yield* new InvalidCredentials()
        }
        const user = yield* rehashed(result.user, password, now)
        const token = yield* crypto.newToken()
        const tokenHash = yield* crypto.hashToken(token)
        yield* sessions.insert(new Session({ tokenHash, userId: user.id, createdAt: now, lastSeenAt: now }))
        yield* recordEvent(username, user, now, null)
        yield* audit("sign_in", {}, { user, address })
        return { user, token }
      })

    /** A hash made with an earlier cost is replaced by one of the current cost while the password is at hand. */
    const rehashed = (user: User, password: string, now: number) =>
      Effect.gen(function* () {
        if (!crypto.needsRehash(user.passwordHash)) return user
        const updated = new User({ ...user, passwordHash: yield* crypto.hashPassword(password), updatedAt: now })
        yield* users.update(updated)
        return updated
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
        if (now - lastSeenAt > TOUCH_AFTER_MS) yield* sessions.touch(tokenHash, now)
        return { user: user.value, sessionHash: tokenHash } satisfies Actor
      })

    /**
     * The caller `authenticate` would answer for this token hash at `now` from the session cache alone, without
     * any write (no expiry to enforce, no touch due); undefined whenever it would ask the store, write or refuse.
     */
    const cachedActor = (tokenHash: string, now: number): Actor | undefined => {
      if (Option.isNone(peek)) return undefined
      const session = peek.value.session(tokenHash, now)
      if (session === undefined) return undefined
      const { createdAt, lastSeenAt, userId } = session
      if (now - lastSeenAt > config.sessionIdleMs || now - createdAt > config.sessionAbsoluteMs) return undefined
      if (now - lastSeenAt > TOUCH_AFTER_MS) return undefined
      const user = peek.value.user(userId, now)
      return user === undefined ? undefined : { user, sessionHash: tokenHash }
    }

    /** Every route but initialization and sign-out requires an initialized account. */
    const requireInitialized = (actor: Actor) =>
      actor.user.initialized ? Effect.succeed(actor) : Effect.fail(new PasswordChangeRequired())

    const signOut = (actor: Actor) =>
      Effect.zipRight(sessions.delete(actor.sessionHash), audit("sign_out", {}, { user: actor.user }))

    const setOwnPassword = (actor: Actor, change: PasswordChange, address: string) =>
      Effect.gen(function* () {
        if (change.newPwd !== change.newPwdConfirm) {
          return yield* new InvalidInput({ field: "newPwdConfirm", reason: "does not match newPwd" })
        }
        const problem = passwordProblem(policy, change.newPwd, actor.user.username)
        if (problem !== undefined) return yield* new InvalidInput({ field: "newPwd", reason: problem })
        if (change.newPwd === change.pwd) {
          return yield* new InvalidInput({ field: "newPwd", reason: "must differ from the current password" })
        }
        const now = yield* Clock.currentTimeMillis
        const checked = yield* guess(actor.user.username, change.pwd, address, now)
        if (checked.user === undefined || checked.user.id !== actor.user.id) return yield* new NotSignedIn()
        const initialization = !actor.user.initialized
        if (checked.outcome !== "right") {
          const reason =
            checked.outcome === "throttled" ? `throttled_${String(checked.details.by)}` : "wrong_current_password"
          yield* audit("password_change", { initialization, reason }, { outcome: "failure", user: actor.user, address })
          return yield* wrongCurrentPassword
        }
        const passwordHash = yield* crypto.hashPassword(change.newPwd)
        const updated = new User({ ...checked.user, passwordHash, initialized: true, updatedAt: now })
        yield* users.update(updated)
        // Other sessions may belong to whoever knew the old password: revoke them, keep the caller's.
        const revoked = yield* sessions.deleteForUser(actor.user.id, actor.sessionHash)
        yield* audit("password_change", { initialization, otherSessionsEnded: revoked }, { user: updated, address })
        return updated
      })

    return {
      signIn,
      authenticate,
      cachedActor,
      requireInitialized,
      signOut,
      /** 修改密码: for an initialized user; the current password is checked under the sign-in throttle. */
      changePassword: (actor: Actor, change: PasswordChange, address: string = UNKNOWN_ADDRESS) =>
        requireInitialized(actor).pipe(Effect.andThen(setOwnPassword(actor, change, address))),
      /** 初始化修改密码: replaces the initial password. */
      initialize: (actor: Actor, change: PasswordChange, address: string = UNKNOWN_ADDRESS) =>
        setOwnPassword(actor, change, address)
    } as const
  })
}) {}
