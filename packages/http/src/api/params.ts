/**
 * Schemas for request values as they arrive over HTTP: query strings are text, form bodies too,
 * so numeric fields accept a number or its decimal text. Each documents itself for OpenAPI.
 */
import { PageNumber, PageSize, Role } from "@wm/core"
import { Schema } from "effect"

const intText = /^-?\d+$/

export interface IntBounds {
  readonly minimum?: number
  readonly maximum?: number
  readonly enum?: ReadonlyArray<number>
  /** Repeated here because an explicit JSON Schema replaces the generated one, description included. */
  readonly description?: string
}

/**
 * The decimal texts a text form accepts, as a pattern: the lower bound 0 or 1 is written into it (no sign, no
 * zero), and a maximum as a digit count that stays within it (so every text the pattern allows is accepted).
 */
const intTextPattern = ({ minimum, maximum }: IntBounds): string => {
  // One leading digit and at most (digits of maximum − 2) more: every such text is below the maximum.
  const more = maximum === undefined ? "\\d*" : `\\d{0,${Math.max(0, String(Math.trunc(maximum)).length - 2)}}`
  if (minimum !== undefined && minimum >= 1) return `^\\s*0*[1-9]${more}\\s*$`
  if (minimum !== undefined && minimum >= 0) return `^\\s*\\d${more}\\s*$`
  return "^\\s*-?\\d+\\s*$"
}

/** What OpenAPI shows for an integer that may come as text: the bounds apply to both forms. */
const intLikeJsonSchema = ({ description, ...bounds }: IntBounds) => ({
  ...(description === undefined ? {} : { description }),
  anyOf: [
    { type: "integer", ...bounds },
    { type: "string", ...(bounds.enum ? { enum: bounds.enum.map(String) } : { pattern: intTextPattern(bounds) }) }
  ]
})

/** An integer given as a number or as decimal text ("7"); `bounds` documents the target's limits. */
export const IntLike = <A, R>(target: Schema.Schema<A, number, R>, bounds: IntBounds = {}) =>
  Schema.Union(
    Schema.Number,
    Schema.String.pipe(
      Schema.filter((s) => intText.test(s.trim()), { message: () => "must be an integer" }),
      Schema.annotations({ jsonSchema: { type: "string", pattern: "^-?\\d+$" } })
    )
  ).pipe(
    // Without this the first union member speaks: "Expected number, actual "x"", though text is accepted too.
    Schema.annotations({ message: () => ({ message: "must be an integer", override: true }) }),
    Schema.transform(Schema.Number, {
      strict: true,
      decode: (v) => (typeof v === "number" ? v : Number(v.trim())),
      encode: (n) => n
    }),
    Schema.compose(target),
    Schema.annotations({ jsonSchema: intLikeJsonSchema(bounds) })
  )

/**
 * A size limit of at least `minimum`: a larger value than `maximum` is served as `maximum` rather than refused, so a
 * front end asking for more rows than we serve gets the most we serve (the API document sets no maximum).
 */
export const ClampedInt = (minimum: number, maximum: number, description: string) =>
  IntLike(Schema.Int.pipe(Schema.greaterThanOrEqualTo(minimum)), { minimum, description }).pipe(
    Schema.transform(Schema.Int.pipe(Schema.between(minimum, maximum)), {
      strict: true,
      decode: (n) => Math.min(n, maximum),
      encode: (n) => n
    }),
    Schema.annotations({ jsonSchema: intLikeJsonSchema({ minimum, description }) })
  )

/** Paging parameters of every list route (DOMAIN.md §10). */
export const PagingQuery = Schema.Struct({
  page: Schema.optionalWith(IntLike(PageNumber, { minimum: 1, maximum: 1_000_000 }), { default: () => 1 }).annotations({
    description: "page number, from 1"
  }),
  count: Schema.optionalWith(
    ClampedInt(1, 100, "rows per page, at least 1 (default 10); more than 100 is served as 100").pipe(
      Schema.compose(PageSize)
    ),
    { default: () => 10 }
  ).annotations({ description: "rows per page, at least 1 (default 10); more than 100 is served as 100" })
})

/** A free-text search term; blank means no filter. */
export const Keyword = Schema.optional(Schema.String.pipe(Schema.maxLength(100)))

/**
 * A password as sent by the client. Its messages never quote the value (the default ones end in
 * `actual "<value>"`), so a rejected password is not echoed in the answer.
 */
export const PasswordText = (minLength: number) =>
  Schema.String.annotations({ message: () => "must be a string" }).pipe(
    Schema.minLength(minLength, { message: () => "must not be empty" }),
    Schema.maxLength(128, { message: () => "must have at most 128 characters" })
  )

/** The password fields of password_modify and initialize_user. */
export const PasswordChangeBody = Schema.Struct({
  pwd: PasswordText(1),
  newPwd: PasswordText(1),
  newPwdConfirm: PasswordText(0)
})

const roleText = "1 分行管理员, 2 分行客户经理, 3 支行管理员, 4 网点客户经理, 5 支行客户经理"

/** 角色 1–5, as a number or its text. */
export const RoleParam = IntLike(Schema.Int).pipe(
  Schema.compose(Role, { strict: false }),
  Schema.annotations({
    description: roleText,
    jsonSchema: intLikeJsonSchema({ enum: [1, 2, 3, 4, 5], description: roleText }),
    // Otherwise the first literal speaks: "Expected 1, actual 9".
    message: () => ({ message: "must be 1, 2, 3, 4 or 5", override: true })
  })
)

/** "" or null: what HTML forms and JSON front ends send for an unset field. */
const Blank = Schema.Union(Schema.Null, Schema.Literal("")).pipe(
  Schema.transform(Schema.Literal(0), { strict: true, decode: () => 0 as const, encode: () => "" as const })
)

/** An optional organisation id where 0, "", null or absence means "none" (bank-level roles send 0). */
export const OptionalIdParam = <A>(brand: Schema.Schema<A, number>) =>
  Schema.optional(
    Schema.Union(Blank, IntLike(Schema.Int.pipe(Schema.nonNegative()), { minimum: 0 })).pipe(
      Schema.transform(Schema.Union(Schema.Undefined, Schema.Int), {
        strict: true,
        decode: (n) => (n === 0 ? undefined : n),
        encode: (n) => n ?? 0
      }),
      Schema.compose(Schema.Union(Schema.Undefined, brand), { strict: false }),
      Schema.annotations({
        message: () => ({ message: "must be an id (a non-negative integer), 0, empty or null", override: true }),
        jsonSchema: {
          anyOf: [...intLikeJsonSchema({ minimum: 0 }).anyOf, { type: "null" }, { type: "string", enum: [""] }]
        }
      })
    )
  )
