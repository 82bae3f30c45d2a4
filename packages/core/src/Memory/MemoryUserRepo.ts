/**
 * The embedded store's UserRepo over a RecordBacking ("users" by id, the id counter beside them): the reference
 * behaviour for the port. Reads are Map lookups; an insert checks and writes under one lock.
 */
import { Effect, Option } from "effect"
import type { UserId } from "../Domain/Ids.js"
import { paginate } from "../Domain/Paging.js"
import { User } from "../Domain/User.js"
import { Conflict, type StorageError } from "../Errors.js"
import type { UserFilter, UserRepo } from "../Ports/UserRepo.js"
import { Counters, classCodec } from "../Records/Counters.js"
import { commit, RecordTable } from "../Records/RecordTable.js"
import { containsKeyword } from "./matching.js"

export const makeMemoryUserRepo = Effect.gen(function* () {
  const users = yield* RecordTable.load("users", classCodec(User))
  const counters = yield* Counters.load
  const lock = yield* Effect.makeSemaphore(1)
  const all = () => [...users.values()]

  const matching = (filter: UserFilter) =>
    all()
      .filter(
        (u) =>
          (filter.branchId === undefined || u.branchId === filter.branchId) &&
          (filter.outletId === undefined || u.outletId === filter.outletId) &&
          (filter.roles === undefined || filter.roles.includes(u.role)) &&
          containsKeyword(filter.keyword, u.username, u.name)
      )
      .sort((a, b) => a.id - b.id)

  const replaceWhere = (pred: (u: User) => boolean, patch: (u: User) => Partial<User>) =>
    Effect.suspend(() => {
      const changed = all()
        .filter(pred)
        .map((u) => new User({ ...u, ...patch(u) }))
      return Effect.as(users.putAll(changed.map((u) => [String(u.id), u] as const)), changed.length)
    }).pipe(lock.withPermits(1))

  return {
    findById: (id) => Effect.sync(() => Option.fromNullable(users.get(String(id)))),
    findByUsername: (username) => Effect.sync(() => Option.fromNullable(all().find((u) => u.username === username))),
    list: (filter, page) => Effect.sync(() => paginate(matching(filter), page)),
    count: (filter) => Effect.sync(() => matching(filter).length),
    insert: (draft) =>
      Effect.suspend((): Effect.Effect<User, Conflict | StorageError> => {
        if (all().some((u) => u.username.toLowerCase() === draft.username.toLowerCase())) {
          return Effect.fail(new Conflict({ reason: `username ${draft.username} is taken` }))
        }
        const [id, counted] = counters.next("user")
        const user = new User({ ...draft, id: id as UserId })
        return Effect.as(commit([counted, users.change(String(id), user)]), user)
      }).pipe(lock.withPermits(1)),
    update: (user) =>
      Effect.suspend(() => (users.has(String(user.id)) ? users.put(String(user.id), user) : Effect.void)).pipe(
        lock.withPermits(1)
      ),
    delete: (id) => Effect.suspend(() => (users.has(String(id)) ? users.remove(String(id)) : Effect.void)),
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
  } satisfies UserRepo["Type"]
})
