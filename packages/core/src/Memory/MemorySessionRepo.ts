/**
 * The embedded store's SessionRepo and SignInLog over a RecordBacking ("sessions" by token hash, "signIns" by a
 * counter): the reference behaviour for the ports.
 *
 * `touch` writes each time it is called: AccountService calls it only when lastSeenAt moved by more than a
 * minute, so a busy session costs one small write a minute and idle expiry holds to that granularity.
 */
import { Effect, Option } from "effect"
import { Session, SignInEvent } from "../Domain/User.js"
import type { SessionRepo, SignInLog } from "../Ports/SessionRepo.js"
import { Counters, classCodec } from "../Records/Counters.js"
import { commit, RecordTable } from "../Records/RecordTable.js"

export const makeMemorySessionRepo = Effect.gen(function* () {
  const sessions = yield* RecordTable.load("sessions", classCodec(Session))
  return {
    insert: (session) => sessions.put(session.tokenHash, session),
    find: (tokenHash) => Effect.sync(() => Option.fromNullable(sessions.get(tokenHash))),
    touch: (tokenHash, at) =>
      Effect.suspend(() => {
        const s = sessions.get(tokenHash)
        return s === undefined ? Effect.void : sessions.put(tokenHash, new Session({ ...s, lastSeenAt: at }))
      }),
    delete: (tokenHash) => Effect.suspend(() => (sessions.has(tokenHash) ? sessions.remove(tokenHash) : Effect.void)),
    deleteForUser: (userId, except) =>
      Effect.suspend(() => {
        const gone = [...sessions.entries()].filter(([hash, s]) => s.userId === userId && hash !== except)
        return Effect.as(sessions.putAll(gone.map(([hash]) => [hash, undefined] as const)), gone.length)
      })
  } satisfies SessionRepo["Type"]
})

/** Keys are the counter padded to 12 digits, so the backing's key order is the order of recording. */
export const makeMemorySignInLog = Effect.gen(function* () {
  const events = yield* RecordTable.load("signIns", classCodec(SignInEvent))
  const counters = yield* Counters.load
  const lock = yield* Effect.makeSemaphore(1)
  return {
    record: (event) =>
      Effect.suspend(() => {
        const [n, counted] = counters.next("signIn")
        return commit([counted, events.change(String(n).padStart(12, "0"), event)])
      }).pipe(lock.withPermits(1)),
    list: ({ from, to, successOnly }) =>
      Effect.sync(() =>
        [...events.values()]
          .filter((e) => e.at >= from && e.at <= to && (!successOnly || e.success))
          .sort((a, b) => a.at - b.at)
      )
  } satisfies SignInLog["Type"]
})
