// SessionCache: two instances over one store; a change made on one instance is seen there at once, and on the other
// within the cache time.
import { Context, Effect, Layer, Option, TestClock, TestContext } from "effect"
import { describe, expect, it } from "vitest"
import {
  type BranchId,
  MemoryStore,
  type Role,
  Session,
  SessionRepo,
  sessionCacheLayer,
  type User,
  type UserId,
  type Username,
  UserRepo
} from "../src/index.js"

const TTL = 2_000

/** The shared store and two instances reading it through their own caches. */
const instances = Effect.gen(function* () {
  const store = yield* Layer.build(MemoryStore.layer)
  const instance = () =>
    Effect.map(Effect.provide(Layer.build(sessionCacheLayer(TTL)), store), (ctx) => ({
      sessions: Context.get(ctx, SessionRepo),
      users: Context.get(ctx, UserRepo)
    }))
  return {
    store: { sessions: Context.get(store, SessionRepo), users: Context.get(store, UserRepo) },
    a: yield* instance(),
    b: yield* instance()
  }
})

const run = <A, E>(effect: Effect.Effect<A, E, import("effect").Scope.Scope>) =>
  Effect.runPromise(Effect.scoped(effect).pipe(Effect.provide(TestContext.TestContext)))

const session = (tokenHash: string, userId: number) =>
  new Session({ tokenHash, userId: userId as UserId, createdAt: 0, lastSeenAt: 0 })

describe("the session cache", () => {
  it("refuses a session signed out on this instance at once, and on another instance within the cache time", () =>
    run(
      Effect.gen(function* () {
        const { a, b } = yield* instances
        yield* a.sessions.insert(session("h1", 1))
        expect(Option.isSome(yield* a.sessions.find("h1"))).toBe(true)
        expect(Option.isSome(yield* b.sessions.find("h1"))).toBe(true)
        yield* a.sessions.delete("h1")
        expect(Option.isNone(yield* a.sessions.find("h1"))).toBe(true)
        // B read it before the sign-out: it may keep it for the cache time, not longer.
        expect(Option.isSome(yield* b.sessions.find("h1"))).toBe(true)
        yield* TestClock.adjust(TTL)
        expect(Option.isNone(yield* b.sessions.find("h1"))).toBe(true)
      })
    ))

  it("a password change's revocation of the other sessions is seen here at once, the caller's session kept", () =>
    run(
      Effect.gen(function* () {
        const { a } = yield* instances
        for (const hash of ["mine", "other", "someone-else"]) {
          yield* a.sessions.insert(session(hash, hash === "someone-else" ? 2 : 1))
          yield* a.sessions.find(hash)
        }
        expect(yield* a.sessions.deleteForUser(1 as UserId, "mine")).toBe(1)
        expect(Option.isSome(yield* a.sessions.find("mine"))).toBe(true)
        expect(Option.isNone(yield* a.sessions.find("other"))).toBe(true)
        expect(Option.isSome(yield* a.sessions.find("someone-else"))).toBe(true)
      })
    ))

  it("a user changed or deleted on this instance is read anew at once; another instance sees it within the cache time", () =>
    run(
      Effect.gen(function* () {
        const { a, b } = yield* instances
        const user = yield* a.users.insert({
          username: "rm" as Username,
          name: "RM" as User["name"],
          role: 2 as Role,
          branchId: 1 as BranchId,
          outletId: null,
          passwordHash: "x",
          initialized: false,
          failedSignIns: 0,
          lockedUntil: null,
          createdAt: 0,
          createdBy: null,
          updatedAt: 0
        })
        expect(Option.getOrThrow(yield* a.users.findById(user.id)).initialized).toBe(false)
        expect(Option.getOrThrow(yield* b.users.findById(user.id)).initialized).toBe(false)
        yield* a.users.update({ ...user, initialized: true } as typeof user)
        expect(Option.getOrThrow(yield* a.users.findById(user.id)).initialized).toBe(true)
        expect(Option.getOrThrow(yield* b.users.findById(user.id)).initialized).toBe(false)
        yield* TestClock.adjust(TTL)
        expect(Option.getOrThrow(yield* b.users.findById(user.id)).initialized).toBe(true)
        yield* a.users.delete(user.id)
        expect(Option.isNone(yield* a.users.findById(user.id))).toBe(true)
      })
    ))

  it("does not remember an unknown token: a session made elsewhere is found at once", () =>
    run(
      Effect.gen(function* () {
        const { store, a } = yield* instances
        expect(Option.isNone(yield* a.sessions.find("later"))).toBe(true)
        yield* store.sessions.insert(session("later", 1))
        expect(Option.isSome(yield* a.sessions.find("later"))).toBe(true)
      })
    ))
})
