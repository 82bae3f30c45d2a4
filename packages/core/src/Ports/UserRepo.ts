/**
 * Storage port for users.
 */
import { Context, type Effect, type Option } from "effect"
import type { BranchId, OutletId, UserId, Username } from "../Domain/Ids.js"
import type { Paged, PageRequest } from "../Domain/Paging.js"
import type { Role } from "../Domain/Role.js"
import type { User } from "../Domain/User.js"
import type { Conflict, StorageError } from "../Errors.js"

export interface UserFilter {
  /** Matches username or name, case-insensitively. */
  readonly keyword?: string | undefined
  readonly branchId?: BranchId | undefined
  readonly outletId?: OutletId | undefined
  readonly roles?: ReadonlyArray<Role> | undefined
}

export type NewUser = Omit<User, "id">

export class UserRepo extends Context.Tag("@wm/core/UserRepo")<
  UserRepo,
  {
    readonly findById: (id: UserId) => Effect.Effect<Option.Option<User>, StorageError>
    readonly findByUsername: (username: Username) => Effect.Effect<Option.Option<User>, StorageError>
    /** Users ordered by id. */
    readonly list: (filter: UserFilter, page: PageRequest) => Effect.Effect<Paged<User>, StorageError>
    readonly count: (filter: UserFilter) => Effect.Effect<number, StorageError>
    /** Fails with Conflict when the username is taken. */
    readonly insert: (user: NewUser) => Effect.Effect<User, Conflict | StorageError>
    readonly update: (user: User) => Effect.Effect<void, StorageError>
    readonly delete: (id: UserId) => Effect.Effect<void, StorageError>
    /** Moves every user of one outlet to another (outlet merge); answers how many moved. */
    readonly moveOutlet: (
      from: OutletId,
      to: { readonly outletId: OutletId; readonly branchId: BranchId }
    ) => Effect.Effect<number, StorageError>
    /** Re-homes the outlet's users to a new sub-branch (outlet moved to another sub-branch). */
    readonly setBranchOfOutlet: (outletId: OutletId, branchId: BranchId) => Effect.Effect<number, StorageError>
  }
>() {}
