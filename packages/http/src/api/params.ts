/**
 * Schemas for request values as they arrive over HTTP: query strings are text, form bodies too,
 * so numeric fields accept a number or its decimal text. Each documents itself for OpenAPI.
 */
import { PageNumber, PageSize, Role } from "@wm/core"
import { JSONSchema, Schema } from "effect"

/**
 * The white space a text value may carry around it: ASCII only, so the server (trimText) and the document (the
 * patterns below) agree on every character (JavaScript's trim and `\s` also take Unicode spaces, other tools' `\s`
 * other ones).
 */
export const space = "[ \\t\\n\\v\\f\\r]"
const edgeSpace = /^[ \t\n\v\f\r]+|[ \t\n\v\f\r]+$/g
export const trimText = (s: string): string => s.replace(edgeSpace, "")
/** The pattern of a blank value (absent, for optional query parameters). */
export const blankPattern = `^${space}*$`

const intText = /^-?\d+$/
const SAFE = Number.MAX_SAFE_INTEGER

export interface IntBounds {
  readonly minimum?: number
  readonly maximum?: number
  readonly enum?: ReadonlyArray<number>
  /** Repeated here because an explicit JSON Schema replaces the generated one, description included. */
  readonly description?: string
}

/** Decimal texts without leading zeros of the integers from 1 (0 too with `zero`) to `max`, as one regex group. */
export const upToPattern = (max: number, zero: boolean): string => {
  const digits = String(max)
  const options: Array<string> = zero ? ["0"] : []
  if (digits.length > 1) options.push(`[1-9][0-9]{0,${digits.length - 2}}`)
  for (let i = 0; i < digits.length; i++) {
    const d = Number(digits[i])
    const low = i === 0 ? 1 : 0
    if (d > low)
      options.push(
        `${digits.slice(0, i)}[${low}-${d - 1}]${i < digits.length - 1 ? `[0-9]{${digits.length - i - 1}}` : ""}`
      )
  }
  options.push(digits)
  return `(?:${options.join("|")})`
}

/** Regex alternatives for the equal-length digit strings from `low` to `high` (low ≤ high). */
const sameLength = (low: string, high: string): Array<string> => {
  if (low === high) return [low]
  if (low.length === 1) return [`[${low}-${high}]`]
  if (low[0] === high[0]) return sameLength(low.slice(1), high.slice(1)).map((p) => low[0] + p)
  const rest = low.length - 1
  const out: Array<string> = []
  let first = Number(low[0])
  let last = Number(high[0])
  if (!/^0*$/.test(low.slice(1))) {
    out.push(...sameLength(low.slice(1), "9".repeat(rest)).map((p) => low[0] + p))
    first += 1
  }
  const tail = /^9*$/.test(high.slice(1)) ? [] : sameLength("0".repeat(rest), high.slice(1)).map((p) => high[0] + p)
  if (tail.length > 0) last -= 1
  if (first <= last) out.push(`[${first}-${last}][0-9]{${rest}}`)
  return [...out, ...tail]
}

/** Decimal texts without leading zeros of the integers from `low` to `high` (0 < low ≤ high), as one group. */
export const rangePattern = (low: number, high: number): string => {
  const options: Array<string> = []
  for (let digits = String(low).length; digits <= String(high).length; digits++) {
    const from = Math.max(low, 10 ** (digits - 1))
    const to = Math.min(high, 10 ** digits - 1)
    options.push(...sameLength(String(from), String(to)))
  }
  return `(?:${options.join("|")})`
}

/**
 * The decimal texts a text form accepts, exactly: leading zeros and surrounding white space allowed, a sign only
 * for negative numbers.
 */
export const intTextPattern = (minimum: number, maximum: number): string => {
  if (minimum > maximum || maximum < 0) throw new Error(`IntLike: no text pattern for ${minimum}..${maximum}`)
  if (minimum > 1) return `^${space}*(?:0*${rangePattern(minimum, maximum)})${space}*$`
  const parts = [`0*${upToPattern(maximum, minimum <= 0)}`]
  if (minimum < 0) parts.push(`-0*${upToPattern(-minimum, true)}`)
  return `^${space}*(?:${parts.join("|")})${space}*$`
}

/** The bounds a target schema states (Schema.between, positive, nonNegative…), as inclusive integers. */
const boundsOf = (target: Schema.Schema<unknown, number, unknown>): { minimum?: number; maximum?: number } => {
  try {
    const json = JSONSchema.make(target as Schema.Schema<unknown, number>) as unknown as Record<string, unknown>
    const num = (k: string) => (typeof json[k] === "number" ? (json[k] as number) : undefined)
    const exMin = num("exclusiveMinimum")
    const exMax = num("exclusiveMaximum")
    const minimum = exMin === undefined ? num("minimum") : Math.floor(exMin) + 1
    const maximum = exMax === undefined ? num("maximum") : Math.ceil(exMax) - 1
    return { ...(minimum === undefined ? {} : { minimum }), ...(maximum === undefined ? {} : { maximum }) }
  } catch {
    return {}
  }
}

/**
 * What OpenAPI shows for an integer that may come as text: the bounds apply to both forms, and every integer is
 * within the safe range (a larger one cannot be told from its neighbours once read as a number).
 */
const intLikeJsonSchema = ({ description, enum: values, ...given }: IntBounds) => {
  const minimum = Math.max(given.minimum ?? -SAFE, -SAFE)
  const maximum = Math.min(given.maximum ?? SAFE, SAFE)
  return {
    ...(description === undefined ? {} : { description }),
    anyOf: values
      ? [
          { type: "integer", enum: values },
          { type: "string", pattern: `^${space}*0*(?:${values.map(String).join("|")})${space}*$` }
        ]
      : [
          { type: "integer", minimum, maximum },
          { type: "string", pattern: intTextPattern(minimum, maximum) }
        ]
  }
}

/**
 * An integer given as a number or as decimal text ("7"); the bounds documented are the target's (Schema.between,
 * positive…) unless `bounds` says otherwise, and never beyond the safe integers.
 */
export const IntLike = <A, R>(target: Schema.Schema<A, number, R>, bounds: IntBounds = {}) =>
  Schema.Union(
    Schema.Number,
    Schema.String.pipe(
      Schema.filter((s) => intText.test(trimText(s)), { message: () => "must be an integer" }),
      Schema.annotations({ jsonSchema: { type: "string", pattern: "^-?\\d+$" } })
    )
  ).pipe(
    // Without this the first union member speaks: "Expected number, actual "x"", though text is accepted too.
    Schema.annotations({ message: () => ({ message: "must be an integer", override: true }) }),
    Schema.transform(Schema.Number, {
      strict: true,
      decode: (v) => (typeof v === "number" ? v : Number(trimText(v))),
      encode: (n) => n
    }),
    Schema.compose(target),
    Schema.annotations({
      jsonSchema: intLikeJsonSchema({ ...boundsOf(target as Schema.Schema<unknown, number, unknown>), ...bounds })
    })
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
  newPwdConfirm: PasswordText(0).annotations({ description: "newPwd again: must equal it (10001 otherwise)" })
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
