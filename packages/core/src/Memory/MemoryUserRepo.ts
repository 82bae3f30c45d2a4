/**
 * In-memory UserRepo: the reference behaviour for the port.
 */
import { Effect, Option } from "effect"
import type { UserId } from "../Domain/Ids.js"
import { paginate } from "../Domain/Paging.js"
import { User } from "../Domain/User.js"
import { Conflict } from "../Errors.js"
import type { UserFilter, UserRepo } from "../Ports/UserRepo.js"
import { containsKeyword } from "./matching.js"

export const makeMemoryUserRepo = (): UserRepo["Type"] => {
  const users = new Map<UserId, User>()
  let nextId = 1

  const matching = (filter: UserFilter) =>
    [...users.values()]
      .filter(
        (u) =>
          (filter.branchId === undefined || u.branchId === filter.branchId) &&
          (filter.outletId === undefined || u.outletId === filter.outletId) &&
          (filter.roles === undefined || filter.roles.includes(u.role)) &&
          containsKeyword(filter.keyword, u.username, u.name)
      )
      .sort((a, b) => a.id - b.id)

  const replaceWhere = (pred: (u: User) => boolean, patch: (u: User) => Partial<User>) =>
    Effect.sync(() => {
      let n = 0
      for (const u of users.values()) {
        if (pred(u)) {
          users.set(u.id, new User({ ...u, ...patch(u) }))
          n++
        }
      }
      return n
    })

  return {
    findById: (id) => Effect.sync(() => Option.fromNullable(users.get(id))),
    findByUsername: (username) =>
      Effect.sync(() => Option.fromNullable([...users.values()].find((u) => u.username === username))),
    list: (filter, page) => Effect.sync(() => paginate(matching(filter), page)),
    count: (filter) => Effect.sync(() => matching(filter).length),
    insert: (draft) =>
      Effect.suspend(() => {
        if ([...users.values()].some((u) => u.username.toLowerCase() === draft.username.toLowerCase())) {
          return Effect.fail(new Conflict({ reason: `username ${draft.username} is taken` }))
        }
        const user = new User({ ...draft, id: nextId++ as UserId })
        users.set(user.id, user)
        return Effect.succeed(user)
      }),
    update: (user) => Effect.sync(() => void (users.has(user.id) && users.set(user.id, user))),
    delete: (id) => Effect.sync(() => void users.delete(id)),
    moveOutlet: (from, to) =>
      replaceWhere(
        (u) => u.outletId === from,
        () => ({ ...to })
      ),
    setBranchOfOutlet: (outletId, branchId) =>
      replaceWhere(
        (u) => u.outletId === outletId,
        () => ({ branchId })
      )
  }
}
