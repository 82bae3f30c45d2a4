/**
 * In-memory SessionRepo and SignInLog: the reference behaviour for the ports.
 */
import { Effect, Option } from "effect"
import { Session, type SignInEvent } from "../Domain/User.js"
import type { SessionRepo, SignInLog } from "../Ports/SessionRepo.js"

export const makeMemorySessionRepo = (): SessionRepo["Type"] => {
  const sessions = new Map<string, Session>()
  return {
    insert: (session) => Effect.sync(() => void sessions.set(session.tokenHash, session)),
    find: (tokenHash) => Effect.sync(() => Option.fromNullable(sessions.get(tokenHash))),
    touch: (tokenHash, at) =>
      Effect.sync(() => {
        const s = sessions.get(tokenHash)
        if (s !== undefined) sessions.set(tokenHash, new Session({ ...s, lastSeenAt: at }))
      }),
    delete: (tokenHash) => Effect.sync(() => void sessions.delete(tokenHash)),
    deleteForUser: (userId, except) =>
      Effect.sync(() => {
        let n = 0
        for (const [hash, s] of sessions) {
          if (s.userId === userId && hash !== except) {
            sessions.delete(hash)
            n++
          }
        }
        return n
      })
  }
}

export const makeMemorySignInLog = (): SignInLog["Type"] => {
  const events: Array<SignInEvent> = []
  return {
    record: (event) => Effect.sync(() => void events.push(event)),
    list: ({ from, to, successOnly }) =>
      Effect.sync(() =>
        events.filter((e) => e.at >= from && e.at <= to && (!successOnly || e.success)).sort((a, b) => a.at - b.at)
      )
  }
}
