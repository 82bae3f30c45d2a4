/**
 * Where a session token comes from: the HttpOnly cookie set at sign-in, or `Authorization: Bearer`.
 */
import type { Context } from "hono"
import { deleteCookie, getCookie, setCookie } from "hono/cookie"

export const SESSION_COOKIE = "wm_session"

/** The Node request under Hono, when served by @hono/node-server: its headers are already parsed. */
const nodeHeaders = (c: Context): Record<string, string | Array<string> | undefined> | undefined =>
  (c.env as { incoming?: { headers?: Record<string, string | Array<string> | undefined> } } | undefined)?.incoming
    ?.headers

export const tokenOf = (c: Context): string | undefined => {
  const node = nodeHeaders(c)
  const header = node === undefined ? c.req.header("authorization") : (node.authorization as string | undefined)
  const bearer = header?.match(/^Bearer\s+(\S+)$/i)?.[1]
  return bearer ?? getCookie(c, SESSION_COOKIE) ?? undefined
}

/** `secure` when configured so or the request came over HTTPS: a Secure cookie is never sent over plain HTTP. */
export const setSessionCookie = (c: Context, token: string, maxAgeSeconds: number, secure: boolean) =>
  setCookie(c, SESSION_COOKIE, token, { httpOnly: true, sameSite: "Lax", path: "/", maxAge: maxAgeSeconds, secure })

export const clearSessionCookie = (c: Context) => deleteCookie(c, SESSION_COOKIE, { path: "/" })
