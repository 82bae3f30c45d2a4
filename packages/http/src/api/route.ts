/**
 * One definition per route: method, path, schemas and handler. The same definition validates
 * requests, runs the handler and documents the route in OpenAPI, so the three cannot drift apart.
 */
import type { Actor, DomainError } from "@wm/core"
import type { Effect, Schema } from "effect"
import type { Context } from "hono"

export type Access =
  /** No session needed. */
  | "public"
  /** A session, even with the initial password still set (initialization, sign-out). */
  | "session"
  /** A session of an initialized account: every other route. */
  | "user"

export interface RouteInput<Q, B, A extends Access> {
  readonly query: Q
  readonly body: B
  readonly actor: A extends "public" ? undefined : Actor
  /** The Hono context, for the few routes that set cookies or headers. */
  readonly c: Context
}

export interface RouteDef<R = never> {
  readonly method: "get" | "post" | "put" | "delete"
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
  readonly handle: (input: RouteInput<unknown, unknown, Access>) => Effect.Effect<unknown, DomainError, R>
}

/** Declares a route; the type parameters tie the handler to its schemas. */
export const defineRoute = <Q = undefined, B = undefined, D = null, R = never, A extends Access = Access>(spec: {
  readonly method: "get" | "post" | "put" | "delete"
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
  readonly handle: (input: RouteInput<Q, B, A>) => Effect.Effect<D, DomainError, R>
}): RouteDef<R> => spec as unknown as RouteDef<R>
