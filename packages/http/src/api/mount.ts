/**
 * Serves route definitions on a Hono app: authenticate, validate, run the handler on the Effect
 * runtime, encode the answer, and map every failure through the code table.
 */
import { Buffer } from "node:buffer"
import {
  AccountService,
  type Actor,
  type Crypto,
  isDomainError,
  NotSignedIn,
  type User,
  withAuditOrigin
} from "@wm/core"
import { Cause, Effect, Exit, type ManagedRuntime, Option, Schema } from "effect"
import type { Context, Hono } from "hono"
import { HttpConfig } from "../HttpConfig.js"
import { answerWith, completeAnswer } from "../infra/answerHeaders.js"
import { clientOrigin } from "../infra/clientOrigin.js"
import type { Logger } from "../infra/logger.js"
import { tokenOf } from "./auth.js"
import { type CodeEntry, Codes, describeError, plainStatusOf } from "./codes.js"
import { EncodedAnswer, fail, ok, okEncoded, okEnvelope } from "./envelope.js"
import { type Localized, languageOfRequest } from "./language.js"
import { keptRequestOf, type Memo, makeMemo, type ReadStamp, supportMemo } from "./memo.js"
import type { RouteDef } from "./route.js"
import { staffOf } from "./staff.js"
import { decodeWith, rawBody, rawQuery } from "./validate.js"

/** `checkAnswers`: build and encode cached answers on every request too, and compare (tests; see versionedAnswer). */
export type AppEnv = { Variables: { userId?: number; checkAnswers?: boolean } }

/** The user each request was answered for (the key of a kept answer). */
const callers = new WeakMap<Context, User>()

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
interface Run {
  startedAt: ReadStamp | undefined
  until: number
}

const program = <R>(def: RouteDef<R>, c: Context, memo: Memo | undefined, run: Run) =>
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

/** Whether the handler set a header on `c` (setCookie and deleteCookie go through `c.header` too). */
const trackHeaders = (c: Context) => {
  const set = c.header
  let touched = false
  c.header = (name, value, options) => {
    touched = true
    set(name, value, options)
  }
  return () => touched
}

/** The advisor zone's error body: Spring's fields plus our code and the field at fault. */
const plainFail = (c: Context, entry: CodeEntry, msg: string, field?: string) => {
  const status = plainStatusOf(entry)
  return c.json(
    { code: entry.code, msg, status, message: msg, path: c.req.path, timestamp: Date.now(), field: field ?? null },
    status
  )
}

export const mountRoutes = <R>(
  app: Hono<AppEnv>,
  routes: ReadonlyArray<RouteDef<R>>,
  runtime: ManagedRuntime.ManagedRuntime<R | AccountService | HttpConfig | Crypto, unknown>,
  logger: Logger,
  keepAnswers = true
) => {
  const memos = makeMemo()
  for (const def of routes) {
    const memo =
      keepAnswers &&
      def.memo !== undefined &&
      def.memo !== false &&
      def.method === "get" &&
      def.access === "user" &&
      !def.path.includes(":")
        ? memos
        : undefined
    memo?.serve(def.path, def.memo === "daily" || def.memo === "exports" ? def.memo : "data")
    app.on(def.method.toUpperCase(), def.path, async (c) => {
      // A kept answer is sent as it is; when the app checks its answers, the full read must give the same bytes.
      let kept: Uint8Array | undefined
      if (memo !== undefined) {
        const found = memo.answer(keptRequestOf(c, def.path))
        if (found !== undefined) {
          c.set("userId", found.userId)
          if (c.get("checkAnswers") === false) return answerWith(found.bytes, 200, found.headers)
          kept = found.bytes
        }
      }
      const run: Run = { startedAt: undefined, until: Number.POSITIVE_INFINITY }
      const headersSet = trackHeaders(c)
      const exit = await runtime.runPromiseExit(program(def, c, memo, run))
      if (kept !== undefined) {
        const value = Exit.isSuccess(exit) ? exit.value : undefined
        const bytes = value instanceof EncodedAnswer ? value.bytes : Buffer.from(JSON.stringify(okEnvelope(value)))
        if (value === undefined || headersSet() || !Buffer.from(bytes).equals(kept)) {
          throw new Error(`${def.path}: the kept answer differs from the answer built now`)
        }
      }
      const plain = def.style === "plain"
      const answer = (entry: CodeEntry, message: Localized, field?: string) => {
        const msg = message[languageOfRequest(c)]
        return plain ? plainFail(c, entry, msg, field) : fail(c, entry, msg, field === undefined ? null : { field })
      }
      if (Exit.isSuccess(exit)) {
        const value = exit.value
        if (value instanceof Response) return value
        // A handler that set a header (a cookie) answers through Hono, which adds it; the others are sent complete.
        if (headersSet()) {
          if (value instanceof EncodedAnswer) return okEncoded(c, value)
          return plain ? c.json(value, 200) : ok(c, value ?? null)
        }
        if (memo !== undefined) {
          const bytes =
            value instanceof EncodedAnswer ? value.bytes : Buffer.from(JSON.stringify(okEnvelope(value ?? null)))
          const user = callers.get(c)
          if (user !== undefined) memo.keep(keptRequestOf(c, def.path), user, run.startedAt, bytes, run.until)
          return completeAnswer(c.req.path, bytes, 200)
        }
        if (value instanceof EncodedAnswer) return completeAnswer(c.req.path, value.bytes, 200)
        return completeAnswer(c.req.path, JSON.stringify(plain ? value : okEnvelope(value ?? null)), 200)
      }
      const failure = Cause.failureOption(exit.cause).pipe(Option.filter(isDomainError))
      if (Option.isSome(failure)) {
        const { entry, msg, field } = describeError(failure.value)
        if (entry === Codes.storageUnavailable || entry === Codes.internal) {
          logger.error("storage_failure", { path: def.path, tag: failure.value._tag, cause: Cause.pretty(exit.cause) })
        }
        return answer(entry, msg, field)
      }
      logger.error("defect", { path: def.path, cause: Cause.pretty(exit.cause) })
      return answer(Codes.internal, Codes.internal.message)
    })
  }
  /** The kept answers, which the Node entry may send before Hono (infra/keptAnswers.ts). */
  return memos
}
