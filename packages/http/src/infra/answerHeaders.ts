/**
 * The headers every answer carries: the security headers (nosniff, frame deny, a CSP that allows nothing, as
 * hono's secureHeaders sets them with our options), and `Cache-Control: no-store` on /api answers (they carry
 * personal data: never stored by a browser or a shared cache).
 *
 * Set before the handler runs, so the answer is built with them: setting a header on a finished answer makes
 * Hono copy it into a new Response with a streamed body, which was a tenth of a cached read's time. An answer
 * the handler built itself (a file, a static asset) does not carry them and gets them after, as before.
 */
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

export const answerHeaders = (): MiddlewareHandler => async (c, next) => {
  const headers = c.req.path.startsWith("/api/") ? API_HEADERS : SECURITY_HEADERS
  for (const [name, value] of headers) c.header(name, value)
  await next()
  // Answers made by c.json/c.body carry the prepared headers; a Response the handler made itself does not.
  const res = c.res.headers
  if (
    res.get("x-content-type-options") === "nosniff" &&
    (headers === SECURITY_HEADERS || res.get("cache-control") === "no-store")
  )
    return
  for (const [name, value] of headers) res.set(name, value)
}
