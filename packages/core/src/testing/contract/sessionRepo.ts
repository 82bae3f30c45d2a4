/** Contract for SessionRepo and SignInLog: session lookup, touch, revocation, and sign-in log ranges. */
import { Effect, Option } from "effect"
import { describe, expect } from "vitest"
import { SessionRepo, SignInLog } from "../../Ports/SessionRepo.js"
import { asUserId, fields, session, signIn, T0 } from "./fixtures.js"
import type { ContractTest } from "./harness.js"

export const sessionRepo = (test: ContractTest) =>
  describe("SessionRepo", () => {
    test(
      "an inserted session is found by its token hash; an unknown hash is not",
      Effect.gen(function* () {
        const repo = yield* SessionRepo
        yield* repo.insert(session("h-a", 1))
        expect(Option.map(yield* repo.find("h-a"), fields)).toEqual(Option.some(fields(session("h-a", 1))))
        expect(Option.isNone(yield* repo.find("h-b"))).toBe(true)
      })
    )

    test(
      "touch moves lastSeenAt only, and touching an unknown session creates nothing",
      Effect.gen(function* () {
        const repo = yield* SessionRepo
        yield* repo.insert(session("h-a", 1))
        yield* repo.touch("h-a", T0 + 90_000)
        yield* repo.touch("h-ghost", T0 + 90_000)
        const found = Option.getOrThrow(yield* repo.find("h-a"))
        expect([found.createdAt, found.lastSeenAt, found.userId]).toEqual([T0, T0 + 90_000, 1])
        expect(Option.isNone(yield* repo.find("h-ghost"))).toBe(true)
      })
    )

    test(
      "delete revokes only the given session",
      Effect.gen(function* () {
        const repo = yield* SessionRepo
        yield* repo.insert(session("h-a", 1))
        yield* repo.insert(session("h-b", 1))
        yield* repo.delete("h-a")
        yield* repo.delete("h-ghost")
        expect(Option.isNone(yield* repo.find("h-a"))).toBe(true)
        expect(Option.isSome(yield* repo.find("h-b"))).toBe(true)
      })
    )

    test(
      "deleteForUser revokes all of one user's sessions but the excepted one, and answers how many",
      Effect.gen(function* () {
        const repo = yield* SessionRepo
        for (const [hash, user] of [
          ["a1", 1],
          ["a2", 1],
          ["a3", 1],
          ["b1", 2]
        ] as const) {
          yield* repo.insert(session(hash, user))
        }
        expect(yield* repo.deleteForUser(asUserId(1), "a2")).toBe(2)
        expect(Option.isNone(yield* repo.find("a1"))).toBe(true)
        expect(Option.isSome(yield* repo.find("a2"))).toBe(true)
        expect(Option.isNone(yield* repo.find("a3"))).toBe(true)
        expect(Option.isSome(yield* repo.find("b1"))).toBe(true)
        expect(yield* repo.deleteForUser(asUserId(1))).toBe(1)
        expect(Option.isNone(yield* repo.find("a2"))).toBe(true)
        expect(yield* repo.deleteForUser(asUserId(3))).toBe(0)
        expect(Option.isSome(yield* repo.find("b1"))).toBe(true)
      })
    )
  })

export const signInLog = (test: ContractTest) =>
  describe("SignInLog", () => {
    test(
      "list answers events from..to inclusive at both ends, oldest first, whatever order they were recorded in",
      Effect.gen(function* () {
        const log = yield* SignInLog
        for (const at of [T0 + 30, T0 - 1, T0 + 10, T0, T0 + 31, T0 + 20]) yield* log.record(signIn(at, true))
        const inRange = yield* log.list({ from: T0, to: T0 + 30 })
        expect(inRange.map((e) => e.at - T0)).toEqual([0, 10, 20, 30])
        expect(yield* log.list({ from: T0 + 11, to: T0 + 19 })).toEqual([])
        expect((yield* log.list({ from: T0 + 20, to: T0 + 20 })).map((e) => e.at)).toEqual([T0 + 20])
      })
    )

    test(
      "successOnly leaves out failed sign-ins; events keep every field",
      Effect.gen(function* () {
        const log = yield* SignInLog
        const events = [signIn(T0 + 1, false, null), signIn(T0 + 2, true, 4), signIn(T0 + 3, false, 4)]
        for (const e of events) yield* log.record(e)
        const all = yield* log.list({ from: T0, to: T0 + 10, successOnly: false })
        expect(all.map(fields)).toEqual(events.map(fields))
        const ok = yield* log.list({ from: T0, to: T0 + 10, successOnly: true })
        expect(ok.map(fields)).toEqual([fields(events[1]!)])
      })
    )
  })
