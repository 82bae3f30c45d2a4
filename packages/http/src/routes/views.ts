/**
 * Response shapes shared by account and organisation routes, and the mapping from core values.
 */
import type { UserProfile } from "@wm/core"
import { Role } from "@wm/core"
import { Schema } from "effect"

export const UserView = Schema.Struct({
  userId: Schema.Int,
  username: Schema.String,
  name: Schema.String,
  role: Role,
  organ: Schema.String.annotations({ description: "name of the user's outlet, sub-branch, or 分行 for bank roles" }),
  branchId: Schema.NullOr(Schema.Int),
  outletId: Schema.NullOr(Schema.Int),
  status: Schema.Literal(0, 1).annotations({
    description: "1 active; 0 only for an account locked before sign-ins were throttled per client address instead"
  }),
  initialized: Schema.Literal(0, 1).annotations({ description: "0 until the initial password was changed" }),
  createTime: Schema.Number.annotations({ description: "epoch milliseconds" }),
  creatorUsername: Schema.String,
  creatorName: Schema.String
}).annotations({ identifier: "User" })
export type UserView = typeof UserView.Type

export const BANK_NAME = "分行"

/**
 * The first instant after `now` at which the clock alone changes the views of these users (a lock-out ends, the
 * `status` shown goes from 0 to 1); +Infinity when none is locked.
 */
export const lockOutEnd = (profiles: ReadonlyArray<UserProfile>, now: number): number => {
  let end = Number.POSITIVE_INFINITY
  for (const p of profiles) {
    const until = p.user.lockedUntil
    if (until !== null && until > now && until < end) end = until
  }
  return end
}

export const userView = (p: UserProfile, now: number): UserView => ({
  userId: p.user.id,
  username: p.user.username,
  name: p.user.name,
  role: p.user.role,
  organ: p.outlet?.name ?? p.branch?.name ?? BANK_NAME,
  branchId: p.user.branchId,
  outletId: p.user.outletId,
  status: p.user.lockedUntil !== null && p.user.lockedUntil > now ? 0 : 1,
  initialized: p.user.initialized ? 1 : 0,
  createTime: p.user.createdAt,
  creatorUsername: p.creator?.username ?? "",
  creatorName: p.creator?.name ?? ""
})
