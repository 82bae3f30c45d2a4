/**
 * One request's work as an Effect: authenticate the caller, validate path, query and body against the route's
 * schemas, run the handler with the audit origin set, and encode its answer (mount.ts serves it).
 */
import { AccountService, type Actor, NotSignedIn, type User, withAuditOrigin } from "@wm/core"
import { Effect, Schema } from "effect"
import type { Context } from "hono"
import { HttpConfig } from "../HttpConfig.js"
import { clientOrigin } from "../infra/clientOrigin.js"
import { tokenOf } from "./auth.js"
import { EncodedAnswer } from "./envelope.js"
import { type Memo, type ReadStamp, supportMemo } from "./memo.js"
import type { RouteDef } from "./route.js"
import { staffOf } from "./staff.js"
import { decodeWith, rawBody, rawQuery } from "./validate.js"

/** The user each request was answered for (the key of a kept answer). */
export const callers = new WeakMap<Context, User>()

const authenticate = (c: Context, access: RouteDef["access"]) =>
  Effect.gen(function* () {
    if (access === "public" || access === "staff") return undefined
    const token = tokenOf(c)
    if (token === undefined) return yield* new NotSignedIn()
    const accounts = yield* AccountService
    const actor: Actor = yield* accounts.authenticate(token)
    c.set("userId", actor.user.id)
    callers.set(c, actor.user)
    if (access === "user") yield* accounts.requireInitialized(actor)
    return actor
  })

/** A read that may be kept: the data's generation before it read anything, and when the clock changes it. */
export interface Run {
  startedAt: ReadStamp | undefined
  until: number
}

export const program = <R>(def: RouteDef<R>, c: Context, memo: Memo | undefined, run: Run) =>
  Effect.gen(function* () {
    if (memo !== undefined) {
      if (memo.supportWanted()) yield* supportMemo(memo)
      run.startedAt = memo.stampNow()
    }
    const origin = clientOrigin(c, (yield* HttpConfig).trustedProxies)
    const staff = def.access === "staff" ? yield* staffOf(c) : undefined
    const actor = yield* authenticate(c, def.access)
    const params = def.params === undefined ? undefined : yield* decodeWith(def.params, c.req.param(), "path")
    const query = def.query === undefined ? undefined : yield* decodeWith(def.query, rawQuery(c), "query")
    const body =
      def.body === undefined
        ? undefined
        : yield* Effect.flatMap(rawBody(c), (raw) => decodeWith(def.body!, raw, "body"))
    // Audit events recorded while handling name this caller and address without being told.
    const changesAt = (instant: number) => {
      run.until = Math.min(run.until, instant)
    }
    const data = yield* withAuditOrigin({ user: actor?.user ?? null, address: origin.address })(
      def.handle({ query, body, actor, origin, staff, params, c, changesAt })
    )
    if (data instanceof EncodedAnswer) return data
    if (def.file !== undefined && data instanceof Response) return data
    return yield* Schema.encode(def.response)(data).pipe(Effect.orDie)
  })
