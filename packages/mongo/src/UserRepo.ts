/**
 * UserRepo on MongoDB (documents: UserDocument.ts). A username taken in any letter case fails the insert
 * atomically as a Conflict; lookups by username stay exact, as in the reference store. Lists are filtered,
 * ordered by id and paged in the database.
 */
import { type PageRequest, User, type UserFilter, type UserId, type UserRepo } from "@wm/core"
import { Effect } from "effect"
import type { Db, Filter } from "mongodb"
import { Collections } from "./collections.js"
import { nextId } from "./counters.js"
import { decodeAll, decodeOption } from "./documents.js"
import { attempt, attemptUnique } from "./errors.js"
import { fieldsOf, toDoc, toQuery, type UserDoc } from "./UserDocument.js"

export const makeUserRepo = (db: Db): UserRepo["Type"] => {
  const users = db.collection<UserDoc>(Collections.users)
  const decodeOne = decodeOption(User, "read a user", fieldsOf)

  const list = (filter: UserFilter, { page, count }: PageRequest) => {
    const query = toQuery(filter)
    // limit(0) would mean "no limit" to MongoDB: a page size below 1 answers an empty page instead.
    const page_ = () =>
      users
        .find(query)
        .sort({ id: 1 })
        .skip(Math.max(0, (page - 1) * count))
        .limit(count)
        .toArray()
    const items = attempt("list users", () => (count < 1 ? Promise.resolve([]) : page_())).pipe(
      Effect.flatMap((docs) => decodeAll(User, "read a user", docs.map(fieldsOf)))
    )
    const total = attempt("count users", () => users.countDocuments(query))
    return Effect.map(Effect.all([total, items], { concurrency: 2 }), ([total, items]) => ({ total, items }))
  }

  const updateMany = (operation: string, query: Filter<UserDoc>, set: Partial<UserDoc>) =>
    Effect.map(
      attempt(operation, () => users.updateMany(query, { $set: set })),
      (result) => result.matchedCount
    )

  return {
    findById: (id) =>
      Effect.flatMap(
        attempt(`find user ${id}`, () => users.findOne({ id })),
        decodeOne
      ),
    findByUsername: (username) =>
      Effect.flatMap(
        attempt(`find user ${username}`, () => users.findOne({ usernameKey: username.toLowerCase(), username })),
        decodeOne
      ),
    list,
    count: (filter) => attempt("count users", () => users.countDocuments(toQuery(filter))),
    insert: (draft) =>
      Effect.gen(function* () {
        const user = new User({ ...draft, id: (yield* nextId(db, "user")) as UserId })
        yield* attemptUnique(`insert user ${user.username}`, `username ${user.username} is taken`, () =>
          users.insertOne(toDoc(user))
        )
        return user
      }),
    // Never upserts: updating an unknown id creates nothing. A rename onto a taken username fails the unique
    // index; the port declares no Conflict for updates, so that surfaces as a StorageError.
    update: (user) =>
      Effect.asVoid(attempt(`update user ${user.id}`, () => users.replaceOne({ id: user.id }, toDoc(user)))),
    delete: (id) => Effect.asVoid(attempt(`delete user ${id}`, () => users.deleteOne({ id }))),
    moveOutlet: (from, to) =>
      updateMany(
        `move the users of outlet ${from}`,
        { outletId: from },
        { outletId: to.outletId, branchId: to.branchId }
      ),
    setBranchOfOutlet: (outletId, branchId) =>
      updateMany(`re-home the users of outlet ${outletId}`, { outletId }, { branchId })
  }
}
