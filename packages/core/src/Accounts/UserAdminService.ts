/**
 * User management (用户管理): who may list, see, create, edit, delete and reset whom (DOMAIN.md §1).
 * A user outside the caller's scope answers exactly like a user that does not exist.
 */
import { Clock, Effect, Option } from "effect"
import type { AuditKind } from "../Audit/AuditEvent.js"
import { audited } from "../Audit/audit.js"
import type { BranchId, OutletId, UserId, Username } from "../Domain/Ids.js"
import type { Branch, Outlet } from "../Domain/Organisation.js"
import type { PageRequest } from "../Domain/Paging.js"
import { needsBranch, needsOutlet, type Role } from "../Domain/Role.js"
import { User } from "../Domain/User.js"
import { Conflict, Forbidden, InvalidInput, NotFound } from "../Errors.js"
import { AuditLog } from "../Ports/AuditLog.js"
import { Crypto } from "../Ports/Crypto.js"
import { OrganisationRepo } from "../Ports/OrganisationRepo.js"
import { SessionRepo } from "../Ports/SessionRepo.js"
import { UserRepo } from "../Ports/UserRepo.js"
import { AccountConfig } from "./AccountConfig.js"
import { type Actor, manageableRoles, scopeOf } from "./Actor.js"

/** A user with the organisation and creator names the API shows beside it. */
export interface UserProfile {
  readonly user: User
  readonly branch: Branch | undefined
  readonly outlet: Outlet | undefined
  readonly creator: User | undefined
}

export interface UserDraft {
  readonly name: string
  readonly role: Role
  /** Ignored for roles 1–2. */
  readonly branchId?: BranchId | undefined
  /** Ignored for roles other than 4. */
  readonly outletId?: OutletId | undefined
}

export class UserAdminService extends Effect.Service<UserAdminService>()("@wm/core/UserAdminService", {
  effect: Effect.gen(function* () {
    const users = yield* UserRepo
    const orgs = yield* OrganisationRepo
    const sessions = yield* SessionRepo
    const crypto = yield* Crypto
    const config = yield* AccountConfig
    const auditLog = yield* AuditLog

    /** Records the change (or the refusal) once, as an event on `user:<id>`. */
    const recorded =
      <A>(kind: AuditKind, target: string, draft?: UserDraft, more?: (a: A) => Record<string, number>) =>
      <E, R>(effect: Effect.Effect<A, E, R>) =>
        effect.pipe(
          audited<A>(kind, {
            target,
            details:
              draft === undefined
                ? {}
                : { role: draft.role, branchId: draft.branchId ?? null, outletId: draft.outletId ?? null },
            ...(more && { resultDetails: more })
          }),
          Effect.provideService(AuditLog, auditLog)
        )

    const profile = (user: User) =>
      Effect.gen(function* () {
        const branch = user.branchId === null ? Option.none() : yield* orgs.findBranch(user.branchId)
        const outlet = user.outletId === null ? Option.none() : yield* orgs.findOutlet(user.outletId)
        const creator = user.createdBy === null ? Option.none() : yield* users.findById(user.createdBy)
        return {
          user,
          branch: Option.getOrUndefined(branch),
          outlet: Option.getOrUndefined(outlet),
          creator: Option.getOrUndefined(creator)
        } satisfies UserProfile
      })

    const requireManager = (actor: Actor, action: string) =>
      manageableRoles(actor.user.role).length === 0 ? Effect.fail(new Forbidden({ action })) : Effect.void

    /** The target user, if the caller may manage it; NotFound when it is outside the caller's scope. */
    const managedUser = (actor: Actor, userId: UserId, action: string) =>
      Effect.gen(function* () {
        yield* requireManager(actor, action)
        const target = yield* users.findById(userId)
        const scope = scopeOf(actor.user)
        const visible = Option.filter(
          target,
          (u) =>
            scope.level === "bank" ||
            (u.branchId === actor.user.branchId && manageableRoles(actor.user.role).includes(u.role))
        )
        if (Option.isNone(visible)) return yield* new NotFound({ entity: "user", key: String(userId) })
        return visible.value
      })

    /** Checks the role and organisation of a draft against the caller's rights; answers the ids to store. */
    const placement = (actor: Actor, draft: UserDraft) =>
      Effect.gen(function* () {
        if (!manageableRoles(actor.user.role).includes(draft.role)) {
          return yield* new Forbidden({ action: `assign role ${draft.role}` })
        }
        if (!needsBranch(draft.role)) return { branchId: null, outletId: null }
        const scope = scopeOf(actor.user)
        if (draft.branchId === undefined) {
          return yield* new InvalidInput({ field: "subbranchId", reason: `is required for role ${draft.role}` })
        }
        const branch = yield* orgs.findBranch(draft.branchId)
        if (Option.isNone(branch) || (scope.level !== "bank" && branch.value.id !== actor.user.branchId)) {
          return yield* new NotFound({ entity: "branch", key: String(draft.branchId) })
        }
        if (!needsOutlet(draft.role)) return { branchId: branch.value.id, outletId: null }
        if (draft.outletId === undefined) {
          return yield* new InvalidInput({ field: "outletId", reason: `is required for role ${draft.role}` })
        }
        const outlet = yield* orgs.findOutlet(draft.outletId)
        if (Option.isNone(outlet)) return yield* new NotFound({ entity: "outlet", key: String(draft.outletId) })
        if (outlet.value.branchId !== branch.value.id) {
          // Outside the caller's sub-branch the outlet must look absent, not "elsewhere".
          return yield* scope.level === "bank"
            ? new InvalidInput({ field: "outletId", reason: "does not belong to the given sub-branch" })
            : new NotFound({ entity: "outlet", key: String(draft.outletId) })
        }
        return { branchId: branch.value.id, outletId: outlet.value.id }
      })

    const isLastBankAdmin = (user: User) =>
      user.role === 1 ? Effect.map(users.count({ roles: [1] }), (n) => n <= 1) : Effect.succeed(false)

    return {
      list: (actor: Actor, keyword: string | undefined, page: PageRequest) =>
        Effect.gen(function* () {
          yield* requireManager(actor, "list users")
          const scope = scopeOf(actor.user)
          const filter =
            scope.level === "bank"
              ? { keyword }
              : { keyword, branchId: actor.user.branchId ?? undefined, roles: manageableRoles(actor.user.role) }
          const found = yield* users.list(filter, page)
          const items = yield* Effect.forEach(found.items, profile)
          return { total: found.total, items }
        }),

      /** Without a user id, or with the caller's own, answers the caller's profile. */
      detail: (actor: Actor, userId: UserId | undefined) =>
        userId === undefined || userId === actor.user.id
          ? Effect.flatMap(users.findById(actor.user.id), (u) => profile(Option.getOrElse(u, () => actor.user)))
          : Effect.flatMap(managedUser(actor, userId, "view users"), profile),

      create: (actor: Actor, username: Username, draft: UserDraft) =>
        Effect.gen(function* () {
          yield* requireManager(actor, "create users")
          const place = yield* placement(actor, draft)
          const now = yield* Clock.currentTimeMillis
          const passwordHash = yield* crypto.hashPassword(config.initialPassword)
          const created = yield* users.insert({
            username,
            name: draft.name,
            role: draft.role,
            ...place,
            passwordHash,
            initialized: false,
            failedSignIns: 0,
            lockedUntil: null,
            createdAt: now,
            createdBy: actor.user.id,
            updatedAt: now
          })
          return yield* profile(created)
        }).pipe(recorded("user_create", `username:${username}`, draft, (p) => ({ userId: p.user.id }))),

      edit: (actor: Actor, userId: UserId, draft: UserDraft) =>
        Effect.gen(function* () {
          const target = yield* managedUser(actor, userId, "edit users")
          const place = yield* placement(actor, draft)
          if (draft.role !== 1 && (yield* isLastBankAdmin(target))) {
            return yield* new Conflict({ reason: "the last bank admin must keep role 1" })
          }
          const now = yield* Clock.currentTimeMillis
          const updated = new User({ ...target, name: draft.name, role: draft.role, ...place, updatedAt: now })
          yield* users.update(updated)
          return yield* profile(updated)
        }).pipe(recorded("user_edit", `user:${userId}`, draft)),

      delete: (actor: Actor, userId: UserId) =>
        Effect.gen(function* () {
          yield* requireManager(actor, "delete users")
          if (userId === actor.user.id) return yield* new Conflict({ reason: "you cannot delete yourself" })
          const target = yield* managedUser(actor, userId, "delete users")
          if (yield* isLastBankAdmin(target))
            return yield* new Conflict({ reason: "the last bank admin cannot be deleted" })
          yield* sessions.deleteForUser(target.id)
          yield* users.delete(target.id)
        }).pipe(recorded("user_delete", `user:${userId}`)),

      /** Back to the initial password: the user must set its own at next sign-in; its sessions end. */
      resetPassword: (actor: Actor, userId: UserId) =>
        Effect.gen(function* () {
          yield* requireManager(actor, "reset passwords")
          if (userId === actor.user.id) {
            return yield* new Conflict({ reason: "change your own password with password_modify" })
          }
          const target = yield* managedUser(actor, userId, "reset passwords")
          const now = yield* Clock.currentTimeMillis
          const passwordHash = yield* crypto.hashPassword(config.initialPassword)
          yield* users.update(
            new User({
              ...target,
              passwordHash,
              initialized: false,
              failedSignIns: 0,
              lockedUntil: null,
              updatedAt: now
            })
          )
          yield* sessions.deleteForUser(target.id)
        }).pipe(recorded("password_reset", `user:${userId}`))
    } as const
  })
}) {}
