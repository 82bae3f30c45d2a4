// AccountService.cachedActor: whenever it answers a caller from the session cache alone, authenticate answers the
// very same user at that instant without a write; it answers nothing whenever authenticate would refuse or touch.
import { Effect, Either, Layer, TestClock } from "effect"
import { describe, expect, it } from "vitest"
import {
  AccountConfig,
  AccountService,
  type Actor,
  MemoryStore,
  OrganisationService,
  SessionRepo,
  sessionCacheLayer,
  UserAdminService,
  type Username
} from "../src/index.js"
import { FakeCrypto } from "../src/testing/index.js"
import { config, minutes, passwordOf, run, seedWorld } from "./support/world.js"

const idle = minutes(5)
const absolute = minutes(8)
/** Longer than every limit: what is tested here is the expiry rules, not the cache's own time. */
const cacheMs = minutes(60)

const Live = Layer.mergeAll(AccountService.Default, UserAdminService.Default, OrganisationService.Default).pipe(
  Layer.provideMerge(sessionCacheLayer(cacheMs)),
  Layer.provideMerge(
    Layer.mergeAll(
      MemoryStore.layer,
      FakeCrypto,
      AccountConfig.layer({ ...config, sessionIdleMs: idle, sessionAbsoluteMs: absolute })
    )
  )
)

/** cachedActor at this instant, then authenticate: a cached answer must be authenticate's, with no write. */
const step = (token: string) =>
  Effect.gen(function* () {
    const accounts = yield* AccountService
    const now = yield* TestClock.currentTimeMillis
    const cached: Actor | undefined = accounts.cachedActor(`h:${token}`, now)
    const stored = yield* (yield* SessionRepo).find(`h:${token}`)
    const full = yield* Effect.either(accounts.authenticate(token))
    if (cached !== undefined) {
      expect(Either.isRight(full) && full.right.user === cached.user).toBe(true)
      // No touch was due: the session is as it was before authenticate.
      expect(yield* (yield* SessionRepo).find(`h:${token}`)).toEqual(stored)
    }
    return { cached: cached !== undefined, full: Either.isRight(full) }
  })

describe("AccountService.cachedActor", () => {
  it("answers only what authenticate answers without writing: fresh, not idle, not too old, no touch due", () =>
    run(
      Effect.gen(function* () {
        yield* seedWorld
        const accounts = yield* AccountService
        const { token } = yield* accounts.signIn("east.rm" as Username, passwordOf("east.rm"))
        // Nothing is cached before the first full authentication.
        expect(yield* step(token)).toEqual({ cached: false, full: true })
        expect(yield* step(token)).toEqual({ cached: true, full: true })
        // A minute later the last use is to be recorded: the full way touches, which drops the cached session.
        yield* TestClock.adjust(60_001)
        expect(yield* step(token)).toEqual({ cached: false, full: true })
        expect(yield* step(token)).toEqual({ cached: false, full: true })
        expect(yield* step(token)).toEqual({ cached: true, full: true })
        // Used every 4 minutes until the absolute limit: answered while young enough, then refused both ways.
        const seen: Array<{ cached: boolean; full: boolean }> = []
        for (let i = 0; i < 2; i++) {
          yield* TestClock.adjust(minutes(4))
          for (let j = 0; j < 3; j++) seen.push(yield* step(token))
        }
        const refused = { cached: false, full: false }
        expect(seen).toEqual([
          { cached: false, full: true },
          { cached: false, full: true },
          { cached: true, full: true },
          refused,
          refused,
          refused
        ])
      }).pipe(Effect.provide(Live))
    ))

  it("answers nothing once the session was idle too long or was signed out", () =>
    run(
      Effect.gen(function* () {
        yield* seedWorld
        const accounts = yield* AccountService
        const a = (yield* accounts.signIn("east.rm" as Username, passwordOf("east.rm"))).token
        const b = (yield* accounts.signIn("east.rm" as Username, passwordOf("east.rm"))).token
        yield* step(a)
        yield* step(b)
        expect(yield* step(b)).toEqual({ cached: true, full: true })
        yield* accounts.signOut(yield* accounts.authenticate(b))
        expect(yield* step(b)).toEqual({ cached: false, full: false })
        yield* TestClock.adjust(idle + 1)
        expect(yield* step(a)).toEqual({ cached: false, full: false })
      }).pipe(Effect.provide(Live))
    ))
})
