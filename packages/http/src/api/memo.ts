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
 * `answer` is the one check: the routes call it under Hono, the Node entry before Hono (infra/keptAnswers.ts).
 */
import { AccountService, Crypto, ReadGeneration, type User } from "@wm/core"
import { type Clock, Effect, Option } from "effect"
import type { Context } from "hono"
import { answerHeaderRecord } from "../infra/answerHeaders.js"
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
  readonly headers: Readonly<Record<string, string>>
}

/** A request as kept answers see it, whether Hono or the Node entry read it: nothing else decides. */
export interface KeptRequest {
  /** The route's path. */
  readonly path: string
  /** The raw query string (after `?`), "" without one. */
  readonly query: string
  readonly language: string
  readonly token: string | undefined
}

/** A kept answer: 200, these bytes, this header record (as `completeAnswer` builds it), for this caller. */
export interface KeptAnswer {
  readonly bytes: Uint8Array
  readonly headers: Readonly<Record<string, string>>
  readonly userId: number
}

const queryOf = (url: string) => {
  const at = url.indexOf("?")
  return at < 0 ? "" : url.slice(at + 1)
}

/** A request under Hono (served by the Node adapter or through `app.request`) as a kept answer's request. */
export const keptRequestOf = (c: Context, path: string): KeptRequest => {
  const incoming = (c.env as { incoming?: { url?: string; headers?: Record<string, unknown> } } | undefined)?.incoming
  const language = incoming?.headers?.["accept-language"] ?? c.req.header("accept-language") ?? ""
  return { path, query: queryOf(incoming?.url ?? c.req.url), language: String(language), token: tokenOf(c) }
}

/** The request as the key of its answer: route, caller, raw query and language. */
const requestKey = (req: KeptRequest, userId: number): string => `${userId}\n${req.path}\n${req.query}\n${req.language}`

export const makeMemo = () => {
  let support: MemoSupport | undefined
  let asked = false
  let generation = -1
  const entries = new Map<string, Entry>()
  /** The paths of the routes whose answers are kept. */
  const paths = new Set<string>()

  /** The caller of the request as the full path would find it now without writing, if the cache knows it. */
  const cachedCaller = (token: string | undefined): User | undefined => {
    if (support === undefined || token === undefined) return undefined
    const now = support.clock.unsafeCurrentTimeMillis()
    const actor = support.accounts.cachedActor(support.hashToken(token), now)
    return actor === undefined || !actor.user.initialized ? undefined : actor.user
  }

  /** The kept answer of this request, if there is one that is still right. */
  const answer = (req: KeptRequest): KeptAnswer | undefined => {
    const caller = cachedCaller(req.token)
    if (caller === undefined || support!.generation.current() !== generation) return undefined
    const key = requestKey(req, caller.id)
    const entry = entries.get(key)
    if (entry === undefined || entry.user !== caller) return undefined
    entries.delete(key)
    entries.set(key, entry)
    return { bytes: entry.bytes, headers: entry.headers, userId: caller.id }
  }

  return {
    /** Declares a route whose answers are kept (its path, as requests name it: no path parameters). */
    serve: (path: string) => {
      paths.add(path)
    },
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

    answer,
    /** Whether answers of requests to `path` are kept. */
    serves: (path: string) => paths.has(path),
    /** Whether any answer is kept now (none: nothing to look up). */
    holds: () => support !== undefined && entries.size > 0,

    /** Keeps a full read's answer, if the data did not change since `startedAt` (its generation before it ran). */
    keep: (req: KeptRequest, user: User, startedAt: number | undefined, bytes: Uint8Array) => {
      if (support === undefined || startedAt === undefined || support.generation.current() !== startedAt) return
      if (generation !== startedAt) {
        entries.clear()
        generation = startedAt
      }
      if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!)
      entries.set(requestKey(req, user.id), { user, bytes, headers: answerHeaderRecord(req.path, bytes.byteLength) })
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
