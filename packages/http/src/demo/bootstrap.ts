/**
 * A store with no users gets one bank admin with the initial password, who must change it at first
 * sign-in: an installation is never left without a way in, and never with a known permanent password.
 * Several instances may start at once on one empty database: the one whose insert loses the race (Conflict on
 * the username) leaves the winner's account alone.
 */
import { Crypto, Username, UserRepo } from "@wm/core"
import { Clock, Effect, Schema } from "effect"

export const ensureBootstrapAdmin = (username: string, initialPassword: string) =>
  Effect.gen(function* () {
    const users = yield* UserRepo
    if ((yield* users.count({})) > 0) return false
    const now = yield* Clock.currentTimeMillis
    return yield* users
      .insert({
        username: Schema.decodeUnknownSync(Username)(username),
        name: "系统管理员",
        role: 1,
        branchId: null,
        outletId: null,
        passwordHash: yield* (yield* Crypto).hashPassword(initialPassword),
        initialized: false,
        failedSignIns: 0,
        lockedUntil: null,
        createdAt: now,
        createdBy: null,
        updatedAt: now
      })
      .pipe(
        Effect.as(true),
        Effect.catchTag("Conflict", () => Effect.succeed(false))
      )
  })
