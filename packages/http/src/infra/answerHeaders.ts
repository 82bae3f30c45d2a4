/**
 * The headers every answer carries: the security headers (nosniff, frame deny, a CSP that allows nothing, as
 * hono's secureHeaders sets them with our options), and `Cache-Control: no-store` on /api answers (they carry
 * personal data: never stored by a browser or a shared cache).
 *
 * Route answers are built complete (`completeAnswer`): one plain header record, which the Node adapter writes as
 * it is. Anything else (errors, 404, files, /docs) gets the headers set on its Response after the handler, as
 * secureHeaders did — never with `c.header` on a finished answer, which makes Hono copy it into a new Response
 * with a streamed body (a tenth of a cached read's time).
 */
import { Buffer } from "node:buffer"
import type { MiddlewareHandler } from "hono"

/** What `secureHeaders({ xFrameOptions: "DENY", contentSecurityPolicy: { defaultSrc, frameAncestors: 'none' } })` sets. */
export const SECURITY_HEADERS: ReadonlyArray<readonly [string, string]> = [
  ["Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'"],
  ["Cross-Origin-Opener-Policy", "same-origin"],
  ["Cross-Origin-Resource-Policy", "same-origin"],
  ["Origin-Agent-Cluster", "?1"],
  ["Referrer-Policy", "no-referrer"],
  ["Strict-Transport-Security", "max-age=15552000; includeSubDomains"],
  ["X-Content-Type-Options", "nosniff"],
  ["X-DNS-Prefetch-Control", "off"],
  ["X-Download-Options", "noopen"],
  ["X-Frame-Options", "DENY"],
  ["X-Permitted-Cross-Domain-Policies", "none"],
  ["X-XSS-Protection", "0"]
]

const API_HEADERS: ReadonlyArray<readonly [string, string]> = [...SECURITY_HEADERS, ["Cache-Control", "no-store"]]
const headersOf = (path: string) => (path.startsWith("/api/") ? API_HEADERS : SECURITY_HEADERS)
const API_RECORD: Readonly<Record<string, string>> = Object.fromEntries(API_HEADERS)
const SECURITY_RECORD: Readonly<Record<string, string>> = Object.fromEntries(SECURITY_HEADERS)

/** Answers built with every header already: the middleware leaves them as they are. */
const complete = new WeakSet<Response>()

/** Every header of a route's answer to `path`: one plain record, as the Node adapter (or the Node entry) writes it. */
export const answerHeaderRecord = (
  path: string,
  length: number,
  contentType = "application/json"
): Readonly<Record<string, string>> => ({
  ...(path.startsWith("/api/") ? API_RECORD : SECURITY_RECORD),
  "content-type": contentType,
  "content-length": String(length)
})

/** A route's answer with these headers, left as it is by the middleware. */
export const answerWith = (
  body: Uint8Array | string,
  status: number,
  headers: Readonly<Record<string, string>>
): Response => {
  const res = new Response(body as Uint8Array<ArrayBuffer> | string, { status, headers })
  complete.add(res)
  return res
}

/** A route's answer with its content type, length and every header of `path`'s answers, in one plain record. */
export const completeAnswer = (
  path: string,
  body: Uint8Array | string,
  status: number,
  contentType = "application/json"
): Response =>
  answerWith(
    body,
    status,
    answerHeaderRecord(path, typeof body === "string" ? Buffer.byteLength(body) : body.byteLength, contentType)
  )

export const answerHeaders = (): MiddlewareHandler => async (c, next) => {
  await next()
  if (complete.has(c.res)) return
  const headers = c.res.headers
  for (const [name, value] of headersOf(c.req.path)) headers.set(name, value)
}
