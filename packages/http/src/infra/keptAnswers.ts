/**
 * The Node entry's request listener: a GET that has a kept answer (api/memo.ts) is answered here, before Hono,
 * its Request, its middlewares and the adapter's Response: the very header record and bytes the route would
 * answer, written straight to the Node response, and the same request log line. Everything else goes to
 * @hono/node-server's listener unchanged. The request is read by the same rules as under Hono (the memo's key,
 * `tokenFrom`); nothing here decides whether an answer is still right.
 */
import { createServer, type IncomingHttpHeaders, type RequestListener, type ServerOptions } from "node:http"
import { tokenFrom } from "../api/auth.js"
import type { KeptAnswer, Memo } from "../api/memo.js"
import { type Logger, logRequest } from "./logger.js"

export type NodeKeptAnswer = (
  method: string | undefined,
  url: string | undefined,
  headers: IncomingHttpHeaders,
  rawHeaders: ReadonlyArray<string>
) => KeptAnswer | undefined

/**
 * The Cookie header as Hono reads it (every Cookie header joined by ", ") when Node's parsed header is the same
 * line (one Cookie header at most); null when they could differ.
 */
const singleCookie = (headers: IncomingHttpHeaders, rawHeaders: ReadonlyArray<string>): string | undefined | null => {
  if (headers.cookie === undefined) return undefined
  let count = 0
  for (let i = 0; i < rawHeaders.length; i += 2) if (rawHeaders[i]!.toLowerCase() === "cookie") count++
  return count === 1 ? headers.cookie : null
}

/** Host headers already judged, as the Node adapter judges them (a few per server; bounded all the same). */
const hosts = new Map<string, boolean>()

/**
 * Whether @hono/node-server accepts this Host header for a path like ours (it answers 400 to one it cannot put
 * in a URL, or whose host name the URL would change): a kept answer is sent only where Hono would answer at all.
 */
const hostAccepted = (host: string): boolean => {
  let accepted = hosts.get(host)
  if (accepted !== undefined) return accepted
  try {
    const { hostname } = new URL(`http://${host}/`)
    accepted = hostname.length === host.length || hostname === host.replace(/:\d+$/, "")
  } catch {
    accepted = false
  }
  if (hosts.size >= 64) hosts.clear()
  hosts.set(host, accepted)
  return accepted
}

/** The kept answer of a GET to a kept route's path exactly (raw query aside); undefined for anything else. */
export const nodeKeptAnswer =
  (memo: Memo): NodeKeptAnswer =>
  (method, url, headers, rawHeaders) => {
    if (method !== "GET" || url === undefined || !memo.holds()) return undefined
    if (headers.host === undefined || !hostAccepted(headers.host)) return undefined
    const at = url.indexOf("?")
    const path = at < 0 ? url : url.slice(0, at)
    if (!memo.serves(path)) return undefined
    let cookieDiffers = false
    const token = tokenFrom(headers.authorization, () => {
      const cookie = singleCookie(headers, rawHeaders)
      cookieDiffers = cookie === null
      return cookie
    })
    if (cookieDiffers) return undefined
    const query = at < 0 ? "" : url.slice(at + 1)
    return memo.answer({ path, query, language: headers["accept-language"] ?? "", token })
  }

/** What the app offers the Node entry (`makeApp(…).keptAnswer`). */
export interface KeptAnswers {
  readonly keptAnswer: NodeKeptAnswer
}

/** `listener` (Hono's) behind the app's kept answers. */
export const withKeptAnswers =
  (listener: RequestListener, app: KeptAnswers, logger: Logger): RequestListener =>
  (req, res) => {
    const started = performance.now()
    const kept = app.keptAnswer(req.method, req.url, req.headers, req.rawHeaders)
    if (kept === undefined) return listener(req, res)
    res.writeHead(200, kept.rawHeaders as Array<string>)
    if (kept.latin1 === undefined) res.end(kept.bytes)
    else res.end(kept.latin1, "latin1")
    logRequest(logger, "GET", kept.path, 200, started, kept.userId)
  }

/** A `createServer` for @hono/node-server's `serve` (its `createServer` option): its listener behind kept answers. */
export const keptAnswerServer = (app: KeptAnswers, logger: Logger): typeof createServer =>
  ((options: ServerOptions, listener: RequestListener) =>
    createServer(options, withKeptAnswers(listener, app, logger))) as typeof createServer
