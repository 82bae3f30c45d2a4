/**
 * Serves route definitions on a Hono app: authenticate, validate, run the handler on the Effect
 * runtime, encode the answer, and map every failure through the code table.
 */
import { AccountService, type Actor, isDomainError, NotSignedIn } from "@wm/core"
import { Cause, Effect, Exit, type ManagedRuntime, Option, Schema } from "effect"
import type { Context, Hono } from "hono"
import type { Logger } from "../infra/logger.js"
import { tokenOf } from "./auth.js"
import { Codes, describeError } from "./codes.js"
import { fail, ok } from "./envelope.js"
import type { RouteDef } from "./route.js"
import { decodeWith, rawBody, rawQuery } from "./validate.js"

export type AppEnv = { Variables: { userId?: number } }

const authenticate = (c: Context, access: RouteDef["access"]) =>
  Effect.gen(function* () {
    if (access === "public") return undefined
    const token = tokenOf(c)
    if (token === undefined) return yield* new NotSignedIn()
    const accounts = yield* AccountService
    const actor: Actor = yield* accounts.authenticate(token)
    c.set("userId", actor.user.id)
    if (access === "user") yield* accounts.requireInitialized(actor)
    return actor
  })

const program = <R>(def: RouteDef<R>, c: Context) =>
  Effect.gen(function* () {
    const actor = yield* authenticate(c, def.access)
    const query = def.query === undefined ? undefined : yield* decodeWith(def.query, rawQuery(c), "query")
    const body =
      def.body === undefined
        ? undefined
        : yield* Effect.flatMap(rawBody(c), (raw) => decodeWith(def.body!, raw, "body"))
    const data = yield* def.handle({ query, body, actor, c })
    if (def.file !== undefined && data instanceof Response) return data
    return yield* Schema.encode(def.response)(data).pipe(Effect.orDie)
  })

export const mountRoutes = <R>(
  app: Hono<AppEnv>,
  routes: ReadonlyArray<RouteDef<R>>,
  runtime: ManagedRuntime.ManagedRuntime<R | AccountService, unknown>,
  logger: Logger
) => {
  for (const def of routes) {
    app.on(def.method.toUpperCase(), def.path, async (c) => {
      const exit = await runtime.runPromiseExit(program(def, c))
      if (Exit.isSuccess(exit)) return exit.value instanceof Response ? exit.value : ok(c, exit.value ?? null)
      const failure = Cause.failureOption(exit.cause).pipe(Option.filter(isDomainError))
      if (Option.isSome(failure)) {
        const { entry, msg, field } = describeError(failure.value)
        if (entry === Codes.storageUnavailable || entry === Codes.internal) {
          logger.error("storage_failure", { path: def.path, tag: failure.value._tag, cause: Cause.pretty(exit.cause) })
        }
        return fail(c, entry, msg, field === undefined ? null : { field })
      }
      logger.error("defect", { path: def.path, cause: Cause.pretty(exit.cause) })
      return fail(c, Codes.internal, "internal error")
    })
  }
}
