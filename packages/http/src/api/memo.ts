/**
 * Kept answers of hot reads (routes declared with `memo`): a read answered in full on the Effect runtime leaves
 * its bytes here, and the same request (api/keptRequest.ts) is then answered synchronously, without the runtime,
 * for as long as nothing it was built from can have changed:
 *
 * - the caller: `AccountService.cachedActor` answers the same user object from the session cache alone, under the
 *   very expiry rules `authenticate` applies, and only when `authenticate` would write nothing (no touch due);
 *   anything else (no cached session, expired, signed out, a password changed, the cache's 2 s passed) goes the
 *   full way, which decides, writes and answers as it always did;
 * - the data: core's ReadGeneration has not moved since before the full read began (a store written by this
 *   process alone; none on a shared database, where nothing is kept), nor, for a route declared `"exports"`, its
 *   count of export task writes;
 * - the clock: the answer is sent before the instant its read named (`changesAt`: a lock-out's end), never at it;
 * - for a route declared `"daily"`, the bank's date: kept for the day it was built on, and only if that day did
 *   not end while it was built.
 *
 * Only 200 answers the route built itself are kept (never errors, files or answers that set a header). When the
 * app checks its answers (tests), a kept answer is not sent: the full read runs and must give the same bytes.
 * At most MAX_ENTRIES answers, the least recently used dropped first; all of them once the data changes.
 * `answer` is the one check: the routes call it under Hono, the Node entry before Hono (infra/keptAnswers.ts).
 */
import type { User } from "@wm/core"
import { type KeptRequest, makeBankDay, requestKey } from "./keptRequest.js"
import {
  type Entry,
  type KeptAnswer,
  keptEntry,
  leastRecentlyUsed,
  type MemoKind,
  type ReadStamp
} from "./memoEntry.js"
import type { MemoSupport } from "./memoSupport.js"

export { type KeptRequest, keptRequestOf } from "./keptRequest.js"
export type { KeptAnswer, MemoKind, ReadStamp } from "./memoEntry.js"
export { supportMemo } from "./memoSupport.js"

const MAX_ENTRIES = 1024

export const makeMemo = () => {
  let support: MemoSupport | undefined
  let asked = false
  let generation = -1
  let tick = 0
  const entries = new Map<string, Entry>()
  /** The paths of the routes whose answers are kept, with what else each depends on. */
  const paths = new Map<string, MemoKind>()
  const bankDay = makeBankDay()

  /** The kept answer of this request, if there is one that is still right. */
  const answer = (req: KeptRequest): KeptAnswer | undefined => {
    if (support === undefined || req.token === undefined) return undefined
    const now = support.clock.unsafeCurrentTimeMillis()
    // The caller as the full path would find it now without writing, if the cache knows it.
    const actor = support.accounts.cachedActor(support.hashToken(req.token), now)
    if (actor === undefined || !actor.user.initialized || support.generation.current() !== generation) return undefined
    const key = requestKey(req, actor.user.id, paths.get(req.path) === "daily" ? bankDay(now) : "")
    const entry = entries.get(key)
    if (entry === undefined || entry.user !== actor.user || now >= entry.until) return undefined
    if (entry.exportTasks >= 0 && entry.exportTasks !== support.generation.exportTasks()) return undefined
    entry.used = ++tick
    return entry
  }

  return {
    /** Declares a route whose answers are kept (its path, as requests name it: no path parameters). */
    serve: (path: string, kind: MemoKind) => {
      paths.set(path, kind)
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
    /** The data's generations and the bank's date now (before a full read); undefined when nothing is kept. */
    stampNow: (): ReadStamp | undefined =>
      support === undefined
        ? undefined
        : {
            generation: support.generation.current(),
            exportTasks: support.generation.exportTasks(),
            day: bankDay(support.clock.unsafeCurrentTimeMillis())
          },

    answer,
    /** Whether answers of requests to `path` are kept. */
    serves: (path: string) => paths.has(path),
    /** Whether any answer is kept now (none: nothing to look up). */
    holds: () => support !== undefined && entries.size > 0,

    /**
     * Keeps a full read's answer, if nothing it was built from changed since `started` (before it ran) and the
     * instant `until` it named (the clock alone changes it then) has not come.
     */
    keep: (req: KeptRequest, user: User, started: ReadStamp | undefined, bytes: Uint8Array, until: number) => {
      if (support === undefined || started === undefined || support.generation.current() !== started.generation) return
      const kind = paths.get(req.path)
      const now = support.clock.unsafeCurrentTimeMillis()
      const day = kind === "daily" ? bankDay(now) : ""
      if (now >= until || day !== (kind === "daily" ? started.day : "")) return
      const exportTasks = kind === "exports" ? started.exportTasks : -1
      if (kind === "exports" && support.generation.exportTasks() !== exportTasks) return
      if (generation !== started.generation) {
        entries.clear()
        generation = started.generation
      }
      const key = requestKey(req, user.id, day)
      if (entries.size >= MAX_ENTRIES && !entries.has(key)) entries.delete(leastRecentlyUsed(entries))
      entries.set(key, keptEntry(req.path, bytes, user, until, exportTasks, ++tick))
    }
  }
}
export type Memo = ReturnType<typeof makeMemo>
