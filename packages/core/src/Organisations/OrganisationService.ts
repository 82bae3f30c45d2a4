/**
 * Organisation management (机构管理): sub-branches and outlets, their names, moves, merges and deletion.
 * Only bank admins change organisations; everyone reads the part of the tree inside its scope.
 */
import { Clock, Effect, Option } from "effect"
import { type Actor, outletInScope, scopeFilter, scopeOf } from "../Accounts/Actor.js"
import type { OrgCode } from "../Domain/Ids.js"
import { Branch, Outlet } from "../Domain/Organisation.js"
import type { PageRequest } from "../Domain/Paging.js"
import type { User } from "../Domain/User.js"
import { Conflict, Forbidden, InvalidInput, NotFound } from "../Errors.js"
import { CompanyRepo } from "../Ports/CompanyRepo.js"
import { OrganisationRepo } from "../Ports/OrganisationRepo.js"
import { UserRepo } from "../Ports/UserRepo.js"

export interface OutletView {
  readonly outlet: Outlet
  readonly branch: Branch
}

export interface OutletDetail extends OutletView {
  readonly createdBy: User | undefined
  readonly updatedBy: User | undefined
}

export interface NewOutletInput {
  readonly outletCode: OrgCode
  readonly outletName: string
  readonly branchCode: OrgCode
  readonly branchName: string
}

export class OrganisationService extends Effect.Service<OrganisationService>()("@wm/core/OrganisationService", {
  effect: Effect.gen(function* () {
    const orgs = yield* OrganisationRepo
    const users = yield* UserRepo
    const companies = yield* CompanyRepo

    const requireBankAdmin = (actor: Actor, action: string) =>
      actor.user.role === 1 ? Effect.void : Effect.fail(new Forbidden({ action }))

    const branchOf = (outlet: Outlet) =>
      Effect.flatMap(orgs.findBranch(outlet.branchId), (b) =>
        Option.isSome(b) ? Effect.succeed(b.value) : Effect.die(`outlet ${outlet.code} has no sub-branch`)
      )

    const outletByCode = (code: OrgCode, field: string) =>
      Effect.flatMap(orgs.findOutlet(code), (o) =>
        Option.isSome(o)
          ? Effect.succeed(o.value)
          : Effect.fail(new NotFound({ entity: "outlet", key: `${field}=${code}` }))
      )

    const visibleOutlet = (actor: Actor, code: OrgCode) =>
      Effect.flatMap(orgs.findOutlet(code), (o) =>
        Option.isSome(o) && outletInScope(scopeOf(actor.user), o.value)
          ? Effect.succeed(o.value)
          : Effect.fail(new NotFound({ entity: "outlet", key: code }))
      )

    const userOrUndefined = (id: User["id"] | null) =>
      id === null ? Effect.succeed(undefined) : Effect.map(users.findById(id), Option.getOrUndefined)

    const stamp = (actor: Actor) =>
      Effect.map(Clock.currentTimeMillis, (now) => ({ updatedAt: now, updatedBy: actor.user.id }))

    return {
      /** Outlets inside the caller's scope, with their sub-branch. */
      list: (actor: Actor, keyword: string | undefined, page: PageRequest) =>
        Effect.gen(function* () {
          const found = yield* orgs.pageOutlets({ keyword, ...scopeFilter(scopeOf(actor.user)) }, page)
          const items = yield* Effect.forEach(found.items, (outlet) =>
            Effect.map(branchOf(outlet), (branch) => ({ outlet, branch }))
          )
          return { total: found.total, items }
        }),

      detail: (actor: Actor, code: OrgCode) =>
        Effect.gen(function* () {
          const outlet = yield* visibleOutlet(actor, code)
          return {
            outlet,
            branch: yield* branchOf(outlet),
            createdBy: yield* userOrUndefined(outlet.createdBy),
            updatedBy: yield* userOrUndefined(outlet.updatedBy)
          } satisfies OutletDetail
        }),

      /** 支行列表: the sub-branches in scope, each with its outlets in scope. */
      tree: (actor: Actor) =>
        Effect.gen(function* () {
          const filter = scopeFilter(scopeOf(actor.user))
          const branches = (yield* orgs.listBranches()).filter(
            (b) => filter.branchId === undefined || b.id === filter.branchId
          )
          const outlets = yield* orgs.listOutlets(filter)
          return branches.map((branch) => ({ branch, outlets: outlets.filter((o) => o.branchId === branch.id) }))
        }),

      add: (actor: Actor, input: NewOutletInput) =>
        Effect.gen(function* () {
          yield* requireBankAdmin(actor, "add organisations")
          const { updatedAt: now } = yield* stamp(actor)
          const audit = { createdAt: now, createdBy: actor.user.id, updatedAt: now, updatedBy: actor.user.id }
          const existing = yield* orgs.findBranch(input.branchCode)
          // The request is well formed; the stored sub-branch disagrees with it: a conflict, as for a taken code.
          if (Option.isSome(existing) && existing.value.name !== input.branchName) {
            return yield* new Conflict({
              reason: `branchName: sub-branch ${input.branchCode} is named ${existing.value.name}`
            })
          }
          const branch = Option.isSome(existing)
            ? existing.value
            : yield* orgs.insertBranch({ code: input.branchCode, name: input.branchName, ...audit })
          const outlet = yield* orgs
            .insertOutlet({ code: input.outletCode, name: input.outletName, branchId: branch.id, ...audit })
            // A sub-branch created for an outlet that could not be added would be left empty: take it back.
            .pipe(Effect.tapError(() => (Option.isSome(existing) ? Effect.void : orgs.deleteBranch(branch.id))))
          return { outlet, branch } satisfies OutletView
        }),

      /** Renames an outlet and its sub-branch. */
      changeName: (actor: Actor, outletCode: OrgCode, outletName: string, branchName: string) =>
        Effect.gen(function* () {
          yield* requireBankAdmin(actor, "rename organisations")
          const outlet = yield* outletByCode(outletCode, "outletCode")
          const branch = yield* branchOf(outlet)
          const audit = yield* stamp(actor)
          if (outlet.name !== outletName)
            yield* orgs.updateOutlet(new Outlet({ ...outlet, name: outletName, ...audit }))
          if (branch.name !== branchName)
            yield* orgs.updateBranch(new Branch({ ...branch, name: branchName, ...audit }))
        }),

      /** Moves an outlet, with its customers and users, to another sub-branch. */
      changeBranch: (actor: Actor, outletCode: OrgCode, branchCode: OrgCode) =>
        Effect.gen(function* () {
          yield* requireBankAdmin(actor, "move outlets")
          const outlet = yield* outletByCode(outletCode, "outletCode")
          const target = yield* orgs.findBranch(branchCode)
          if (Option.isNone(target)) return yield* new NotFound({ entity: "branch", key: `branchCode=${branchCode}` })
          if (target.value.id === outlet.branchId) return
          yield* orgs.updateOutlet(new Outlet({ ...outlet, branchId: target.value.id, ...(yield* stamp(actor)) }))
          yield* users.setBranchOfOutlet(outlet.id, target.value.id)
        }),

      /** Merges one outlet into another: its customers and users move, then it is deleted. */
      merge: (actor: Actor, outletCode: OrgCode, newOutletCode: OrgCode) =>
        Effect.gen(function* () {
          yield* requireBankAdmin(actor, "merge outlets")
          if (outletCode === newOutletCode) {
            return yield* new InvalidInput({ field: "newOutletCode", reason: "must differ from outletCode" })
          }
          const from = yield* outletByCode(outletCode, "outletCode")
          const to = yield* outletByCode(newOutletCode, "newOutletCode")
          const movedCompanies = yield* companies.moveOutlet(from.code, to.code)
          const movedUsers = yield* users.moveOutlet(from.id, { outletId: to.id, branchId: to.branchId })
          yield* orgs.updateOutlet(new Outlet({ ...to, ...(yield* stamp(actor)) }))
          yield* orgs.deleteOutlet(from.id)
          return { movedCompanies, movedUsers }
        }),

      /** Deletes an outlet, or a sub-branch, that nothing belongs to any more. */
      delete: (actor: Actor, code: OrgCode) =>
        Effect.gen(function* () {
          yield* requireBankAdmin(actor, "delete organisations")
          const outlet = yield* orgs.findOutlet(code)
          if (Option.isSome(outlet)) {
            const customers = yield* companies.countByOutlet(outlet.value.code)
            const staff = yield* users.count({ outletId: outlet.value.id })
            if (customers > 0 || staff > 0) {
              return yield* new Conflict({
                reason: `outlet ${code} still has ${customers} customers and ${staff} users: merge it into another outlet instead`
              })
            }
            return yield* orgs.deleteOutlet(outlet.value.id)
          }
          const branch = yield* orgs.findBranch(code)
          if (Option.isNone(branch)) return yield* new NotFound({ entity: "organisation", key: code })
          const outlets = yield* orgs.listOutlets({ branchId: branch.value.id })
          const staff = yield* users.count({ branchId: branch.value.id })
          if (outlets.length > 0 || staff > 0) {
            return yield* new Conflict({
              reason: `sub-branch ${code} still has ${outlets.length} outlets and ${staff} users`
            })
          }
          yield* orgs.deleteBranch(branch.value.id)
        })
    } as const
  })
}) {}
