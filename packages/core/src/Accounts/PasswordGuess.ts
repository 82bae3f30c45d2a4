/**
 * Checking a guess at a user's password under the sign-in throttle, with the same work whatever the case: one
 * password-hash verification (against a decoy hash for unknown usernames) and no write to the user record, so
 * an unknown username, a wrong password and a throttled guess cannot be told apart by their answer or its time.
 */
import { Effect, Option } from "effect"
import type { AuditDetails } from "../Audit/AuditEvent.js"
import type { Username } from "../Domain/Ids.js"
import type { User } from "../Domain/User.js"
import type { StorageError } from "../Errors.js"
import { Crypto } from "../Ports/Crypto.js"
import { UserRepo } from "../Ports/UserRepo.js"
import type { SignInThrottle } from "./SignInThrottle.js"

/** A hash of a password nobody has, verified against unknown usernames so they cost the same time. */
const decoyPassword = "decoy-password-0"

export type GuessResult =
  | { readonly outcome: "right"; readonly user: User }
  | { readonly outcome: "wrong" | "throttled"; readonly user: User | undefined; readonly details: AuditDetails }

export const makePasswordGuess = (throttle: SignInThrottle) =>
  Effect.gen(function* () {
    const users = yield* UserRepo
    const crypto = yield* Crypto
    const decoyHash = yield* crypto.hashPassword(decoyPassword)

    /** A guess at `username`'s password from `address` at `now`. */
    return (
      username: string,
      password: string,
      address: string,
      now: number
    ): Effect.Effect<GuessResult, StorageError> =>
      Effect.gen(function* () {
        const key = username.toLowerCase()
        const throttled = yield* throttle.check(key, address, now)
        const found = Option.getOrUndefined(yield* users.findByUsername(username as Username))
        const ok = yield* crypto.verifyPassword(password, found?.passwordHash ?? decoyHash)
        let result: GuessResult
        if (throttled !== undefined) result = { outcome: "throttled", user: found, details: { by: throttled } }
        else if (!ok || found === undefined) {
          result = {
            outcome: "wrong",
            user: found,
            details: { addressRefused: yield* throttle.fail(key, address, now) }
          }
        } else {
          yield* throttle.succeed(key, address, now)
          result = { outcome: "right", user: found }
        }
        return result
      })
  })
