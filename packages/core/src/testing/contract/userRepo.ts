/** Contract for UserRepo records: ids, lookups, username conflicts, updates and deletes. */
import { Effect, Option } from "effect"
import { describe, expect } from "vitest"
import { User } from "../../Domain/User.js"
import { UserRepo } from "../../Ports/UserRepo.js"
import { asBranchId, asOutletId, asUserId, expectFreshIds, fields, newUser, T0, username } from "./fixtures.js"
import type { ContractTest } from "./harness.js"

export const userRepoRecords = (test: ContractTest) =>
  describe("UserRepo records", () => {
    test(
      "inserted users get distinct positive ids and are found by id and by username with every field",
      Effect.gen(function* () {
        const repo = yield* UserRepo
        const draft = newUser("alice", {
          role: 4,
          branchId: asBranchId(3),
          outletId: asOutletId(7),
          initialized: true,
          failedSignIns: 2,
          lockedUntil: T0 + 60_000,
          createdBy: asUserId(9)
        })
        const alice = yield* repo.insert(draft)
        const bob = yield* repo.insert(newUser("bob"))
        const carol = yield* repo.insert(newUser("carol"))
        expectFreshIds([alice.id, bob.id, carol.id])
        expect(fields(alice)).toEqual({ ...draft, id: alice.id })
        expect(Option.map(yield* repo.findById(alice.id), fields)).toEqual(Option.some(fields(alice)))
        expect(Option.map(yield* repo.findByUsername(username("bob")), fields)).toEqual(Option.some(fields(bob)))
      })
    )

    test(
      "unknown ids and usernames are not found",
      Effect.gen(function* () {
        const repo = yield* UserRepo
        const alice = yield* repo.insert(newUser("alice"))
        expect(Option.isNone(yield* repo.findById(asUserId(alice.id + 1000)))).toBe(true)
        expect(Option.isNone(yield* repo.findByUsername(username("nobody")))).toBe(true)
      })
    )

    test(
      "a username already taken, in any letter case, is a Conflict and stores nothing",
      Effect.gen(function* () {
        const repo = yield* UserRepo
        yield* repo.insert(newUser("Alice"))
        expect((yield* Effect.flip(repo.insert(newUser("Alice"))))._tag).toBe("Conflict")
        expect((yield* Effect.flip(repo.insert(newUser("aLICE"))))._tag).toBe("Conflict")
        expect(yield* repo.count({})).toBe(1)
      })
    )

    test(
      "update replaces the stored user; updating an unknown id creates nothing",
      Effect.gen(function* () {
        const repo = yield* UserRepo
        const alice = yield* repo.insert(newUser("alice"))
        const changed = new User({
          ...alice,
          name: "Alice Wang",
          passwordHash: "new-hash",
          initialized: true,
          failedSignIns: 0,
          lockedUntil: null,
          updatedAt: T0 + 1
        })
        yield* repo.update(changed)
        expect(Option.map(yield* repo.findById(alice.id), fields)).toEqual(Option.some(fields(changed)))

        const ghost = new User({ ...alice, id: asUserId(alice.id + 1000), username: username("ghost") })
        yield* repo.update(ghost)
        expect(Option.isNone(yield* repo.findById(ghost.id))).toBe(true)
        expect(Option.isNone(yield* repo.findByUsername(username("ghost")))).toBe(true)
        expect(yield* repo.count({})).toBe(1)
      })
    )

    test(
      "delete removes only the given user, frees its username, and an unknown id is harmless",
      Effect.gen(function* () {
        const repo = yield* UserRepo
        const alice = yield* repo.insert(newUser("alice"))
        const bob = yield* repo.insert(newUser("bob"))
        yield* repo.delete(alice.id)
        yield* repo.delete(asUserId(bob.id + 1000))
        expect(Option.isNone(yield* repo.findById(alice.id))).toBe(true)
        expect(Option.isSome(yield* repo.findById(bob.id))).toBe(true)
        const again = yield* repo.insert(newUser("alice"))
        expectFreshIds([again.id, bob.id])
      })
    )
  })
