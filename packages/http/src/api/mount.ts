/**
 * Serves route definitions on a Hono app: runs each request's program (routeProgram.ts) on the Effect runtime,
 * sends kept answers, and maps every failure through the code table.
 */
import { Buffer } from "node:buffer"
import { type AccountService, type Crypto, isDomainError } from "@wm/core"
import { Cause, Exit, type ManagedRuntime, Option } from "effect"
import type { Context, Hono } from "hono"
import type { HttpConfig } from "../HttpConfig.js"
import { answerWith, completeAnswer } from "../infra/answerHeaders.js"
import type { Logger } from "../infra/logger.js"
import { type CodeEntry, Codes, describeError, plainStatusOf } from "./codes.js"
import { EncodedAnswer, fail, ok, okEncoded, okEnvelope } from "./envelope.js"
import { type Localized, languageOfRequest } from "./language.js"
import { keptRequestOf, makeMemo } from "./memo.js"
import type { RouteDef } from "./route.js"
import { callers, program, type Run } from "./routeProgram.js"

/** `checkAnswers`: build and encode cached answers on every request too, and compare (tests; see versionedAnswer). */
export type AppEnv = { Variables: { userId?: number; checkAnswers?: boolean } }

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
