/**
 * A request as kept answers (api/memo.ts) see it, whether Hono or the Node entry read it, and what keys its
 * answer: the route, the caller, the raw query, the language and, for a daily route, the bank's date.
 */
import { dateInZone } from "@wm/core"
import type { Context } from "hono"
import { tokenOf } from "./auth.js"
import { bankTimeZone } from "./time.js"

/** Nothing else decides which kept answer a request gets. */
export interface KeptRequest {
  /** The route's path. */
  readonly path: string
  /** The raw query string (after `?`), "" without one. */
  readonly query: string
  readonly language: string
  readonly token: string | undefined
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

/** The request as the key of its answer: route, caller, raw query, language and, for a daily route, the day. */
export const requestKey = (req: KeptRequest, userId: number, day: string): string =>
  `${userId}\n${req.path}\n${req.query}\n${req.language}\n${day}`

/** The bank's date at `ms`, formatted once a minute (no time zone changes its date inside a minute). */
export const makeBankDay = () => {
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
