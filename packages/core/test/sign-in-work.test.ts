// Unknown user, wrong password and throttled guess cost the same: one password-hash verification each and no
// write to the user record, so neither the answer nor its time tells a guesser which case it hit.
import { Effect, Layer, TestClock, TestContext } from "effect"
import { describe, expect, it } from "vitest"
import { AccountConfig, AccountService, Crypto, MemoryStore, type Username, UserRepo } from "../src/index.js"
import { FakeCrypto } from "../src/testing/index.js"
import { config, T0 } from "./support/world.js"

let verifies = 0
let userWrites = 0
const CountingCrypto = Layer.effect(
  Crypto,
  Effect.map(Crypto, (c) => ({
    ...c,
    verifyPassword: (password: string, hash: string) =>
      Effect.zipRight(
        Effect.sync(() => verifies++),
        c.verifyPassword(password, hash)
      )
  }))
).pipe(Layer.provide(FakeCrypto))
const CountingStore = Layer.effect(
  UserRepo,
  Effect.map(UserRepo, (repo) => ({
    ...repo,
    update: (user: Parameters<typeof repo.update>[0]) =>
      Effect.zipRight(
        Effect.sync(() => userWrites++),
        repo.update(user)
      )
  }))
).pipe(Layer.provideMerge(MemoryStore.layer))
const Live = AccountService.Default.pipe(
  Layer.provideMerge(Layer.mergeAll(CountingStore, CountingCrypto, AccountConfig.layer(config)))
)

const cost = <A, E, R>(attempt: Effect.Effect<A, E, R>) =>
  Effect.gen(function* () {
    const [v, w] = [verifies, userWrites]
    yield* Effect.either(attempt)
    return { verifies: verifies - v, userWrites: userWrites - w }
  })

describe("the work of a sign-in attempt", () => {
  it("is one verification and no user write for unknown, wrong and throttled alike", () =>
    Effect.runPromise(
      Effect.gen(function* () {
        yield* TestClock.setTime(T0)
        const crypto = yield* Crypto
        yield* (yield* UserRepo).insert({
          username: "east.rm" as Username,
          name: "East",
          role: 2,
          branchId: null,
          outletId: null,
          passwordHash: yield* crypto.hashPassword("Right-Password-1"),
          initialized: true,
          failedSignIns: 0,
          lockedUntil: null,
          createdAt: T0,
          createdBy: null,
          updatedAt: T0
        })
        const accounts = yield* AccountService
        const signIn = (username: string, password: string) => accounts.signIn(username as Username, password, "a")
        const unknown = yield* cost(signIn("nobody", "Wrong-Password-1"))
        const wrong = yield* cost(signIn("east.rm", "Wrong-Password-1"))
        for (let i = 1; i < config.maxFailedSignIns; i++) yield* Effect.either(signIn("east.rm", "Wrong-Password-1"))
        const throttled = yield* cost(signIn("east.rm", "Right-Password-1"))
        expect({ unknown, wrong, throttled }).toEqual({
          unknown: { verifies: 1, userWrites: 0 },
          wrong: { verifies: 1, userWrites: 0 },
          throttled: { verifies: 1, userWrites: 0 }
        })
      }).pipe(Effect.provide(Live), Effect.provide(TestContext.TestContext))
    ))
})
