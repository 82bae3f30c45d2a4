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
 * - the request: same route, same raw query string, same Accept-Language;
 * - for a route declared `memo: "daily"` (its answer also depends on today's date: the maturity window, the
 *   products on sale today, this month's conversion), the bank's date: kept for the day it was built on, and only
 *   if that day did not end while it was built.
 *
 * Only 200 answers the route built itself are kept (never errors, files or answers that set a header). When the
 * app checks its answers (tests), a kept answer is not sent: the full read runs and must give the same bytes.
 * At most MAX_ENTRIES answers, the least recently used dropped first; all of them once the data changes.
 * `answer` is the one check: the routes call it under Hono, the Node entry before Hono (infra/keptAnswers.ts).
 */
import { AccountService, Crypto, dateInZone, ReadGeneration, type User } from "@wm/core"
import { type Clock, Effect, Option } from "effect"
import type { Context } from "hono"
import { answerHeaderRecord } from "../infra/answerHeaders.js"
import { syncTokenDigest } from "../infra/NodeCrypto.js"
import { tokenOf } from "./auth.js"
import { bankTimeZone } from "./time.js"

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

/** What a full read started from: the data's generation and the bank's date. */
export interface ReadStamp {
  readonly generation: number
  readonly day: string
}

/** The request as the key of its answer: route, caller, raw query, language and, for a daily route, the day. */
const requestKey = (req: KeptRequest, userId: number, day: string): string =>
  `${userId}\n${req.path}\n${req.query}\n${req.language}\n${day}`

/** The bank's date at `ms`, formatted once a minute (no time zone changes its date inside a minute). */
const makeBankDay = () => {
  let minute = Number.NaN
  let day = ""
  return (ms: number) => {
    const at = Math.floor(ms / 60_000)
    if (at !== minute) {
      day = dateInZone(ms, bankTimeZone())
      minute = at
    }
    return day
  }
}

export const makeMemo = () => {
  let support: MemoSupport | undefined
  let asked = false
  let generation = -1
  const entries = new Map<string, Entry>()
  /** The paths of the routes whose answers are kept: whether each depends on the day too. */
  const paths = new Map<string, boolean>()
  const bankDay = makeBankDay()
  const dayOf = (path: string) => (paths.get(path) === true ? bankDay(support!.clock.unsafeCurrentTimeMillis()) : "")

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
    const key = requestKey(req, caller.id, dayOf(req.path))
    const entry = entries.get(key)
    if (entry === undefined || entry.user !== caller) return undefined
    entries.delete(key)
    entries.set(key, entry)
    return { bytes: entry.bytes, headers: entry.headers, userId: caller.id }
  }

  return {
    /** Declares a route whose answers are kept (its path, as requests name it: no path parameters). */
    serve: (path: string, daily: boolean) => {
      paths.set(path, daily)
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
    /** The data's generation and the bank's date now (before a full read); undefined when nothing is kept. */
    stampNow: (): ReadStamp | undefined =>
      support === undefined
        ? undefined
        : { generation: support.generation.current(), day: bankDay(support.clock.unsafeCurrentTimeMillis()) },

    answer,
    /** Whether answers of requests to `path` are kept. */
    serves: (path: string) => paths.has(path),
    /** Whether any answer is kept now (none: nothing to look up). */
    holds: () => support !== undefined && entries.size > 0,

    /** Keeps a full read's answer, if nothing it was built from changed since `started` (before it ran). */
    keep: (req: KeptRequest, user: User, started: ReadStamp | undefined, bytes: Uint8Array) => {
      if (support === undefined || started === undefined || support.generation.current() !== started.generation) return
      const day = dayOf(req.path)
      if (day !== "" && day !== started.day) return
      if (generation !== started.generation) {
        entries.clear()
        generation = started.generation
      }
      if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!)
      entries.set(requestKey(req, user.id, day), {
        user,
        bytes,
        headers: answerHeaderRecord(req.path, bytes.byteLength)
      })
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
