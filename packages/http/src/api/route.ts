/**
 * One definition per route: method, path, schemas and handler. The same definition validates
 * requests, runs the handler and documents the route in OpenAPI, so the three cannot drift apart.
 */
import type { Actor, DomainError } from "@wm/core"
import type { Effect, Schema } from "effect"
import type { Context } from "hono"
import type { ClientOrigin } from "../infra/clientOrigin.js"
import type { EncodedAnswer } from "./envelope.js"

export type Access =
  /** No session needed. */
  | "public"
  /** A session, even with the initial password still set (initialization, sign-out). */
  | "session"
  /** A session of an initialized account: every other /api route. */
  | "user"
  /**
   * The advisor zone (理财顾问专区): no session; the staff identity comes in `X-Consumer-Custom-ID` from the bank's
   * gateway (refused without it), plus the shared secret when one is configured.
   */
  | "staff"

/** How answers look: the `{code,msg,data}` envelope, or the advisor zone's plain JSON (errors with `code` too). */
export type Style = "envelope" | "plain"

export type Method = "get" | "post" | "put" | "delete"

export interface RouteInput<Q, B, A extends Access> {
  readonly query: Q
  readonly body: B
  readonly actor: A extends "public" | "staff" ? undefined : Actor
  /** The client's address and whether it came over HTTPS (forwarding headers believed from trusted proxies only). */
  readonly origin: ClientOrigin
  /** The staff identity (X-Consumer-Custom-ID) of "staff" routes. */
  readonly staff: A extends "staff" ? string : undefined
  readonly params: unknown
  /** The Hono context, for the few routes that set cookies or headers. */
  readonly c: Context
  /**
   * Names the first instant (epoch ms, the runtime's clock) at which the clock alone could change this answer (a
   * lock-out's end): a kept answer (`memo`) is sent only before it. The earliest of several calls counts.
   */
  readonly changesAt: (instant: number) => void
}

export interface RouteDef<R = never> {
  readonly method: Method
  readonly style?: Style | undefined
  readonly params?: Schema.Schema<unknown, unknown> | undefined
  readonly path: string
  readonly tag: string
  readonly summary: string
  readonly description?: string | undefined
  readonly deprecated?: boolean | undefined
  readonly access: Access
  readonly query?: Schema.Schema<unknown, unknown> | undefined
  readonly body?: Schema.Schema<unknown, unknown> | undefined
  /** The body is a file upload: OpenAPI documents it as multipart/form-data only. */
  readonly multipart?: boolean | undefined
  /** The success answer is a file of this media type (the handler answers a Response), not the envelope. */
  readonly file?: string | undefined
  readonly response: Schema.Schema<unknown, unknown>
  readonly memo?: boolean | "daily" | "exports" | undefined
  readonly handle: (input: RouteInput<unknown, unknown, Access>) => Effect.Effect<unknown, DomainError, R>
}

/** Declares a route; the type parameters tie the handler to its schemas. */
export const defineRoute = <
  Q = undefined,
  B = undefined,
  D = null,
  R = never,
  A extends Access = Access,
  P = undefined
>(spec: {
  readonly method: Method
  readonly style?: Style
  // biome-ignore lint/suspicious/noExplicitAny: path parameters are text
  readonly params?: Schema.Schema<P, any>
  readonly path: string
  readonly tag: string
  readonly summary: string
  readonly description?: string
  readonly deprecated?: boolean
  readonly access: A
  // biome-ignore lint/suspicious/noExplicitAny: the encoded side is whatever arrives over HTTP
  readonly query?: Schema.Schema<Q, any>
  // biome-ignore lint/suspicious/noExplicitAny: as above
  readonly body?: Schema.Schema<B, any>
  /** The body carries a file: documented as multipart/form-data only (still decoded by `body`). */
  readonly multipart?: boolean
  /** The success answer is a file of this media type: the handler answers a Response. */
  readonly file?: string
  // biome-ignore lint/suspicious/noExplicitAny: responses are plain JSON structs
  readonly response: Schema.Schema<D, any>
  /**
   * The answer may be kept and sent again synchronously (api/memo.ts): only for a GET of "user" access whose
   * success answer depends on nothing but the caller's user record, the query and the store's data ports counted
   * by core's ReadGeneration (dataset, staged uploads, organisations, contacts, users, settings, focus lists,
   * marketing records, sign-ins, an update's run) — never on the session or the request's other headers, nor on
   * the clock unless the handler names when it changes the answer (`changesAt`). Kept only on paths without
   * parameters (the Node entry matches the path exactly, before Hono). Ports not counted (audit, leases) rule it
   * out. "daily": the answer also depends on today's date in the bank's time zone (read through the runtime's
   * Clock), and on nothing finer; it is kept for that day. "exports": it also reads export tasks (counted apart).
   */
  readonly memo?: boolean | "daily" | "exports"
  /** The answer, or the answer already checked and serialised (EncodedAnswer, a cached read model). */
  readonly handle: (
    input: RouteInput<Q, B, A> & { readonly params: P }
  ) => Effect.Effect<D | EncodedAnswer<D>, DomainError, R>
}): RouteDef<R> => spec as unknown as RouteDef<R>
