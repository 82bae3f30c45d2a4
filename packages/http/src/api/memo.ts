/**
 * Kept answers of hot reads (routes declared with `memo: true`): a read answered in full on the Effect runtime
 * leaves its bytes here, and the same request is then answered synchronously, without the runtime, for as long as
 * nothing it was built from can have changed:
 *
 * - the caller: `AccountService.cachedActor` answers the same user object from the session cache alone, under the
 *   very expiry rules `authenticate` applies, and only when `authenticate` would write nothing (no touch due);
 *   anything else (no cached session, expired, signed out, a password changed, the cache's 2 s passed) goes the
 *   full way, which decides, writes and answers as it always did;
 * - the data: core's ReadGeneration has not moved since before the full read began (a store written by this
 *   process alone; none on a shared database, where nothing is kept);
 * - the request: same route, same raw query string, same Accept-Language.
 *
 * Only 200 answers the route built itself are kept (never errors, files or answers that set a header). When the
 * app checks its answers (tests), a kept answer is not sent: the full read runs and must give the same bytes.
 * At most MAX_ENTRIES answers, the least recently used dropped first; all of them once the data changes.
 */
import { AccountService, Crypto, ReadGeneration, type User } from "@wm/core"
import { type Clock, Effect, Option } from "effect"
import type { Context } from "hono"
import { syncTokenDigest } from "../infra/NodeCrypto.js"
import { tokenOf } from "./auth.js"

const MAX_ENTRIES = 1024

/** What the synchronous path needs from the runtime, taken by a full read. */
export interface MemoSupport {
  readonly clock: Clock.Clock
  readonly hashToken: (token: string) => string
  readonly accounts: AccountService
  readonly generation: ReadGeneration["Type"]
}

interface Entry {
  readonly user: User
  readonly bytes: Uint8Array
}

/** The request as the key of its answer: route, caller, raw query and language. */
export const requestKey = (c: Context, path: string, userId: number): string => {
  const incoming = (c.env as { incoming?: { url?: string; headers?: Record<string, unknown> } } | undefined)?.incoming
  const url = incoming?.url ?? c.req.url
  const at = url.indexOf("?")
  const language = incoming?.headers?.["accept-language"] ?? c.req.header("accept-language") ?? ""
  return `${userId}\n${path}\n${at < 0 ? "" : url.slice(at + 1)}\n${String(language)}`
}

export const makeMemo = () => {
  let support: MemoSupport | undefined
  let asked = false
  let generation = -1
  const entries = new Map<string, Entry>()

  /** The caller of the request as the full path would find it now without writing, if the cache knows it. */
  const cachedCaller = (c: Context): { readonly user: User; readonly now: number } | undefined => {
    if (support === undefined) return undefined
    const token = tokenOf(c)
    if (token === undefined) return undefined
    const now = support.clock.unsafeCurrentTimeMillis()
    const actor = support.accounts.cachedActor(support.hashToken(token), now)
    return actor === undefined || !actor.user.initialized ? undefined : { user: actor.user, now }
  }

  return {
    /** True once: the first full read then hands over what the synchronous path needs (setSupport). */
    supportWanted: () => {
      if (asked) return false
      asked = true
      return true
    },
    setSupport: (s: MemoSupport) => {
      support = s
    },
    /** The data's generation now (before a full read), or undefined when answers cannot be kept. */
    generationNow: () => support?.generation.current(),

    /** The kept answer of this request and its caller's id, if there is one that is still right. */
    answer: (c: Context, path: string): { readonly bytes: Uint8Array; readonly userId: number } | undefined => {
      const caller = cachedCaller(c)
      if (caller === undefined || support!.generation.current() !== generation) return undefined
      const key = requestKey(c, path, caller.user.id)
      const entry = entries.get(key)
      if (entry === undefined || entry.user !== caller.user) return undefined
      entries.delete(key)
      entries.set(key, entry)
      return { bytes: entry.bytes, userId: caller.user.id }
    },

    /** Keeps a full read's answer, if the data did not change since `startedAt` (its generation before it ran). */
    keep: (c: Context, path: string, user: User, startedAt: number | undefined, bytes: Uint8Array) => {
      if (support === undefined || startedAt === undefined || support.generation.current() !== startedAt) return
      if (generation !== startedAt) {
        entries.clear()
        generation = startedAt
      }
      if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!)
      entries.set(requestKey(c, path, user.id), { user, bytes })
    }
  }
}

export type Memo = ReturnType<typeof makeMemo>

/** Gives the memo what its synchronous path needs, once; nothing on a store whose writes it cannot count. */
export const supportMemo = (memo: Memo) =>
  Effect.gen(function* () {
    const generation = yield* Effect.serviceOption(ReadGeneration)
    if (Option.isNone(generation)) return
    const crypto = yield* Crypto
    memo.setSupport({
      clock: yield* Effect.clock,
      hashToken: syncTokenDigest(crypto) ?? ((token) => Effect.runSync(crypto.hashToken(token))),
      accounts: yield* AccountService,
      generation: generation.value
    })
  })
