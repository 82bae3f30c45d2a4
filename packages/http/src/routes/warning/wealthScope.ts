/**
 * The wealth index of the active data version with the caller's scope, optionally narrowed to a requested
 * sub-branch and/or outlet. A request can only narrow the scope, never widen it: an unknown organisation id, one
 * outside the scope, or an outlet of another sub-branch leaves an empty list, the same answer in all three cases
 * (so ids outside the scope reveal nothing), as /api/company/search answers an empty page without data or scope.
 */
import {
  type BranchId,
  narrowScope,
  OrganisationRepo,
  type OutletId,
  type PortraitFilter,
  type User,
  WealthIndex
} from "@wm/core"
import { Effect, Option } from "effect"
import { activeVersion, scopeFilterOf } from "../company/access.js"

export interface OrgRequest {
  readonly branchId?: BranchId | undefined
  readonly outletId?: OutletId | undefined
}

/** The filter the requested ids stand for; none when an id names no organisation. */
const requestedFilter = (wanted: OrgRequest) =>
  Effect.gen(function* () {
    const orgs = yield* OrganisationRepo
    let filter: PortraitFilter = {}
    if (wanted.branchId !== undefined) {
      const branch = yield* orgs.findBranch(wanted.branchId)
      if (Option.isNone(branch)) return Option.none<PortraitFilter>()
      filter = { ...filter, branchCode: branch.value.code }
    }
    if (wanted.outletId !== undefined) {
      const outlet = yield* orgs.findOutlet(wanted.outletId)
      if (Option.isNone(outlet)) return Option.none<PortraitFilter>()
      filter = { ...filter, outletCode: outlet.value.code }
    }
    return Option.some(filter)
  })

/** The index and the filter to apply to it; none when the caller can see nothing (no data, scope or match). */
export const wealthInScope = (user: User, wanted: OrgRequest = {}) =>
  Effect.gen(function* () {
    const pointer = yield* activeVersion
    const scope = yield* scopeFilterOf(user)
    if (Option.isNone(pointer) || Option.isNone(scope)) return Option.none()
    const requested = yield* requestedFilter(wanted)
    const filter = Option.flatMap(requested, (r) => narrowScope(scope.value, r))
    if (Option.isNone(filter)) return Option.none()
    const index = yield* Effect.flatMap(WealthIndex, (w) => w.of(pointer.value))
    return Option.some({ index, filter: filter.value })
  })
