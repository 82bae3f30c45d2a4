/**
 * Where a session token comes from: the HttpOnly cookie set at sign-in, or `Authorization: Bearer`.
 */
import type { Context } from "hono"
import { deleteCookie, setCookie } from "hono/cookie"
import { parse } from "hono/utils/cookie"

export const SESSION_COOKIE = "wm_session"

/** The Node request under Hono, when served by @hono/node-server: its headers are already parsed. */
const nodeHeaders = (c: Context): Record<string, string | Array<string> | undefined> | undefined =>
  (c.env as { incoming?: { headers?: Record<string, string | Array<string> | undefined> } } | undefined)?.incoming
    ?.headers

const BEARER = /^Bearer\s+(\S+)$/i

/**
 * The token of a request from its Authorization header, else from its Cookie header (asked only then): the one
 * rule for the Hono path and the Node entry's kept answers alike.
 */
export const tokenFrom = (
  authorization: string | undefined,
  cookie: () => string | null | undefined
): string | undefined => {
  const bearer = authorization === undefined ? undefined : BEARER.exec(authorization)?.[1]
  if (bearer !== undefined) return bearer
  const header = cookie()
  return header ? (parse(header, SESSION_COOKIE)[SESSION_COOKIE] ?? undefined) : undefined
}

export const tokenOf = (c: Context): string | undefined => {
  const node = nodeHeaders(c)
  const header = node === undefined ? c.req.header("authorization") : (node.authorization as string | undefined)
  return tokenFrom(header, () => c.req.raw.headers.get("Cookie"))
}

/** `secure` when configured so or the request came over HTTPS: a Secure cookie is never sent over plain HTTP. */
export const setSessionCookie = (c: Context, token: string, maxAgeSeconds: number, secure: boolean) =>
  setCookie(c, SESSION_COOKIE, token, { httpOnly: true, sameSite: "Lax", path: "/", maxAge: maxAgeSeconds, secure })

export const clearSessionCookie = (c: Context) => deleteCookie(c, SESSION_COOKIE, { path: "/" })
