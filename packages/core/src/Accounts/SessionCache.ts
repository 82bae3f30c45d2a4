/**
 * Verified sessions kept briefly in memory: every request resolves its token to a session and the session to its
 * user, which on a database store is two round trips per request. This layer wraps the store's SessionRepo and
 * UserRepo: `find` and `findById` answer from memory for at most `ttlMs` after they were read.
 *
 * On this instance nothing is ever stale: every write of a session or a user made here (sign-out, a password
 * change revoking the other sessions, an administrator's change, reset or deletion, an outlet moved or merged)
 * goes through these wrappers and drops what it changes before it returns. Another instance sharing the database
 * sees such a change within `ttlMs` (the documented bound). Expiry is still decided per request from the session's
 * own times (AccountService.authenticate). Entries are keyed by token hash and user id: nothing is shared between
 * users, and no token is kept.
 */
import { Clock, Context, Effect, Layer, Option } from "effect"
import type { UserId } from "../Domain/Ids.js"
import type { Session, User } from "../Domain/User.js"
import { SessionRepo } from "../Ports/SessionRepo.js"
import { UserRepo } from "../Ports/UserRepo.js"

/** The default bound on how long another instance's sign-out or user change takes to be seen here. */
export const DEFAULT_SESSION_CACHE_MS = 2_000

/** At most this many entries per map; the oldest go first (a burst of one-off tokens cannot grow memory). */
const MAX_ENTRIES = 10_000

interface Held<A> {
  readonly value: A
  readonly until: number
}

const remember = <K, A>(map: Map<K, Held<A>>, key: K, value: A, until: number) => {
  if (map.size >= MAX_ENTRIES) map.delete(map.keys().next().value!)
  map.set(key, { value, until })
}

/**
 * Reads `key` from `map` while fresh, else from `read`; only found values are kept (an unknown token or user is
 * asked again next time).
 */
const cachedRead = <K, A, E>(
  map: Map<K, Held<A>>,
  key: K,
  ttlMs: number,
  read: Effect.Effect<Option.Option<A>, E>
): Effect.Effect<Option.Option<A>, E> =>
  Effect.flatMap(Clock.currentTimeMillis, (now) => {
    const held = map.get(key)
    if (held !== undefined && now < held.until) return Effect.succeed(Option.some(held.value))
    return Effect.tap(read, (found) => {
      if (Option.isSome(found)) remember(map, key, found.value, now + ttlMs)
      else map.delete(key)
    })
  })

/**
 * What the cache holds now, read synchronously: fresh entries only (as `find` and `findById` would answer them
 * without asking the store), else undefined. For read paths that answer without the Effect runtime when
 * everything they need is already in memory (AccountService.cachedActor).
 */
export class SessionPeek extends Context.Tag("@wm/core/SessionPeek")<
  SessionPeek,
  {
    readonly session: (tokenHash: string, now: number) => Session | undefined
    readonly user: (id: UserId, now: number) => User | undefined
  }
>() {}

const fresh = <K, A>(map: Map<K, Held<A>>, key: K, now: number): A | undefined => {
  const held = map.get(key)
  return held !== undefined && now < held.until ? held.value : undefined
}

/** SessionRepo and UserRepo over the store's, with verified sessions and their users kept for `ttlMs`. */
export const sessionCacheLayer = (ttlMs: number = DEFAULT_SESSION_CACHE_MS) =>
  Layer.effectContext(
    Effect.gen(function* () {
      const sessions = yield* SessionRepo
      const users = yield* UserRepo
      const heldSessions = new Map<string, Held<Session>>()
      const heldUsers = new Map<UserId, Held<User>>()
      const forgetSessionsOf = (userId: UserId, except?: string) => {
        for (const [hash, held] of heldSessions) {
          if (held.value.userId === userId && hash !== except) heldSessions.delete(hash)
        }
      }
      // Dropped before the write too: a read racing the write cannot keep the old value past it.
      const dropping = <A, E>(drop: () => void, write: Effect.Effect<A, E>) =>
        Effect.ensuring(Effect.zipRight(Effect.sync(drop), write), Effect.sync(drop))

      const sessionRepo: SessionRepo["Type"] = {
        insert: sessions.insert,
        find: (tokenHash) => cachedRead(heldSessions, tokenHash, ttlMs, sessions.find(tokenHash)),
        touch: (tokenHash, at) => dropping(() => heldSessions.delete(tokenHash), sessions.touch(tokenHash, at)),
        delete: (tokenHash) => dropping(() => heldSessions.delete(tokenHash), sessions.delete(tokenHash)),
        deleteForUser: (userId, except) =>
          dropping(() => forgetSessionsOf(userId, except), sessions.deleteForUser(userId, except))
      }
      const userRepo: UserRepo["Type"] = {
        ...users,
        findById: (id) => cachedRead(heldUsers, id, ttlMs, users.findById(id)),
        update: (user) => dropping(() => heldUsers.delete(user.id), users.update(user)),
        delete: (id) => dropping(() => heldUsers.delete(id), users.delete(id)),
        moveOutlet: (from, to) => dropping(() => heldUsers.clear(), users.moveOutlet(from, to)),
        setBranchOfOutlet: (outletId, branchId) =>
          dropping(() => heldUsers.clear(), users.setBranchOfOutlet(outletId, branchId))
      }
      const peek: SessionPeek["Type"] = {
        session: (tokenHash, now) => fresh(heldSessions, tokenHash, now),
        user: (id, now) => fresh(heldUsers, id, now)
      }
      return Context.make(SessionRepo, sessionRepo).pipe(
        Context.add(UserRepo, userRepo),
        Context.add(SessionPeek, peek)
      )
    })
  )
