/**
 * Turns raw query strings and bodies into schema values, or an InvalidInput naming the first bad field.
 */
import { InvalidInput } from "@wm/core"
import { Effect, Either, ParseResult, Schema } from "effect"
import type { Context } from "hono"
import { SpoolRefused, spoolMultipart } from "../upload/spool.js"
import { FAST_MULTIPART_BYTES, splitMultipart } from "./multipart.js"
import { trimText } from "./params.js"

const firstIssue = (error: ParseResult.ParseError, root: string): InvalidInput => {
  const [issue] = ParseResult.ArrayFormatter.formatErrorSync(error)
  if (issue === undefined) return new InvalidInput({ field: root, reason: "is invalid" })
  const field = issue.path.length > 0 ? issue.path.join(".") : root
  const reason = issue._tag === "Missing" ? "is required" : issue.message
  return new InvalidInput({ field, reason })
}

const options = { errors: "first", onExcessProperty: "ignore" } as const

/**
 * Decoded synchronously (every request schema is synchronous): a decoder per schema, built once, and no fiber
 * work for the parse itself. A schema with an asynchronous part would fall back to the effectful decoder.
 */
const decoders = new WeakMap<object, (value: unknown) => Either.Either<unknown, ParseResult.ParseError>>()

export const decodeWith = <A, I>(
  schema: Schema.Schema<A, I>,
  value: unknown,
  root: string
): Effect.Effect<A, InvalidInput> => {
  let decode = decoders.get(schema)
  if (decode === undefined) {
    decode = Schema.decodeUnknownEither(schema as Schema.Schema<unknown, unknown>, options)
    decoders.set(schema, decode)
  }
  const result = decode(value)
  if (Either.isRight(result)) return Effect.succeed(result.right as A)
  if (result.left.issue._tag === "Forbidden") {
    return Schema.decodeUnknown(schema, options)(value).pipe(Effect.mapError((e) => firstIssue(e, root)))
  }
  return Effect.fail(firstIssue(result.left, root))
}

/** Query parameters, first value of each; blank values count as absent. */
export const rawQuery = (c: Context): Record<string, string> =>
  Object.fromEntries(Object.entries(c.req.query()).filter(([, v]) => trimText(v) !== ""))

const listKey = /^(.+)\[\d*\]$/

/**
 * Form fields as the schemas read them: a key sent once is its value, a repeated key (`ids=1&ids=2`) or a
 * bracketed one (`ids[]=1`, `ids[0]=1`, as jQuery and qs send lists) is the list of its values in order.
 */
export const formFields = (form: Record<string, unknown>): Record<string, unknown> => {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(form)) {
    const list = listKey.exec(key)
    const name = list?.[1] ?? key
    const values = Array.isArray(value) ? value : [value]
    const previous = out[name]
    if (previous === undefined) out[name] = list !== null || values.length > 1 ? values : values[0]
    else out[name] = [...(Array.isArray(previous) ? previous : [previous]), ...values]
  }
  return out
}

/** A JSON, urlencoded or multipart body; anything unparseable is an InvalidInput on `body`. */
export const rawBody = (c: Context): Effect.Effect<unknown, InvalidInput> =>
  Effect.tryPromise({
    try: async () => {
      const type = c.req.header("content-type") ?? ""
      // A large upload goes to a spool file as it arrives, split by byte search (upload/spool.ts).
      const body = c.req.raw.body
      if (type.includes("multipart/form-data") && Number(c.req.header("content-length")) >= FAST_MULTIPART_BYTES) {
        if (body !== null) return formFields(await spoolMultipart(body, type))
        const fields = splitMultipart(new Uint8Array(await c.req.arrayBuffer()), type)
        if (fields !== undefined) return formFields(fields)
      }
      if (type.includes("application/x-www-form-urlencoded") || type.includes("multipart/form-data")) {
        return formFields(await c.req.parseBody({ all: true }))
      }
      const text = await c.req.text()
      return text.trim() === "" ? {} : JSON.parse(text)
    },
    catch: (error) =>
      new InvalidInput({ field: "body", reason: error instanceof SpoolRefused ? error.message : "is not valid JSON" })
  }).pipe(
    Effect.filterOrFail(
      (body) => typeof body === "object" && body !== null && !Array.isArray(body),
      () => new InvalidInput({ field: "body", reason: "must be a JSON object" })
    )
  )
