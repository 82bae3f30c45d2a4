/**
 * Storage port for sub-branches and outlets.
 */
import { Context, type Effect, type Option } from "effect"
import type { BranchId, OrgCode, OutletId } from "../Domain/Ids.js"
import type { Branch, Outlet } from "../Domain/Organisation.js"
import type { Paged, PageRequest } from "../Domain/Paging.js"
import type { Conflict, StorageError } from "../Errors.js"

export interface OutletFilter {
  /** Matches outlet or sub-branch code or name, case-insensitively. */
  readonly keyword?: string | undefined
  readonly branchId?: BranchId | undefined
  readonly outletId?: OutletId | undefined
}

export type NewBranch = Omit<Branch, "id">
export type NewOutlet = Omit<Outlet, "id">

export class OrganisationRepo extends Context.Tag("@wm/core/OrganisationRepo")<
  OrganisationRepo,
  {
    readonly listBranches: () => Effect.Effect<ReadonlyArray<Branch>, StorageError>
    readonly listOutlets: (filter: OutletFilter) => Effect.Effect<ReadonlyArray<Outlet>, StorageError>
    /** Outlets ordered by sub-branch code then outlet code. */
    readonly pageOutlets: (filter: OutletFilter, page: PageRequest) => Effect.Effect<Paged<Outlet>, StorageError>
    readonly findBranch: (key: BranchId | OrgCode) => Effect.Effect<Option.Option<Branch>, StorageError>
    readonly findOutlet: (key: OutletId | OrgCode) => Effect.Effect<Option.Option<Outlet>, StorageError>
    /** Fails with Conflict when the code is taken by a sub-branch or an outlet. */
    readonly insertBranch: (branch: NewBranch) => Effect.Effect<Branch, Conflict | StorageError>
    readonly insertOutlet: (outlet: NewOutlet) => Effect.Effect<Outlet, Conflict | StorageError>
    readonly updateBranch: (branch: Branch) => Effect.Effect<void, StorageError>
    readonly updateOutlet: (outlet: Outlet) => Effect.Effect<void, StorageError>
    readonly deleteBranch: (id: BranchId) => Effect.Effect<void, StorageError>
    readonly deleteOutlet: (id: OutletId) => Effect.Effect<void, StorageError>
  }
>() {}
