/**
 * Deterministic example values from JSON Schema (as the OpenAPI document writes them): every
 * required property, consts and enums, anyOf/oneOf (now and then the null branch), $refs, length and
 * range bounds, and realistic texts and numbers chosen by property name (names, codes, ids, times).
 */
import { coherent } from "./coherence.js"
import type { JsonSchema, RefResolver } from "./schema.js"
import * as vocab from "./vocab.js"

const typeOf = (s: JsonSchema): string | undefined =>
  typeof s.type === "string" ? s.type : s.type?.find((t) => t !== "null")

const merge = (parts: ReadonlyArray<JsonSchema>): JsonSchema => ({
  ...Object.assign({}, ...parts),
  properties: Object.assign({}, ...parts.map((p) => p.properties)),
  required: parts.flatMap((p) => p.required ?? [])
})

/** `name`, `code` and `id` inside `outlets[…]`, `branches[…]` or `companies[…]` are those of an outlet, … */
const qualified = (name: string, at: string): string => {
  const container = (at.split(".").slice(-2, -1)[0] ?? "").toLowerCase()
  const kind = ["outlet", "branch", "company"].find((k) => container.includes(k.slice(0, 6)))
  return kind !== undefined && ["name", "code", "id"].includes(name)
    ? kind + name[0]!.toUpperCase() + name.slice(1)
    : name
}

/** A realistic text for a property, by its camelCase name as the API spells it. */
const text = (name: string, h: number): string => {
  if (name === "token") return vocab.token(h)
  if (name === "msg") return "success"
  if (/^(username|createUser|updateUser)$|Username$/.test(name)) return vocab.username(h)
  if (/(^t|T)ime$|(^d|D)ate$|At$/.test(name)) return vocab.dateTimeText(vocab.epochMs(h))
  if (name === "branchCode") return vocab.branchCode(h)
  if (/(^o|O)utletCode$|^code$/.test(name)) return vocab.outletCode(h)
  if (/^compan|Company/.test(name) && name.endsWith("Code")) return vocab.companyCode(h)
  if (name === "branchName") return vocab.branchName(h)
  if (name === "outletName" || name === "organ") return vocab.outletName(h)
  if (/^compan|Company/.test(name) && name.endsWith("Name")) return vocab.companyName(h)
  if (/(^n|N)ame$/.test(name) || name === "linkman") return vocab.personName(h)
  if (/^contact$|phone|mobile/i.test(name)) return vocab.mobile(h)
  if (name === "address") return `10.${h % 256}.${(h >> 8) % 256}.${1 + ((h >> 16) % 254)}`
  if (name === "target") return `user:${1 + (h % 9000)}`
  // Ids and codes differ between the rows of a list: front ends key their rows by them.
  if (/(^i|I)d$|(^c|C)ode$/.test(name)) return `示例${name}${h % 100_000}`
  return `示例${name}`
}

const fitText = (s: JsonSchema, value: string, h: number): string => {
  let out = value
  if (s.pattern !== undefined && !new RegExp(s.pattern, "u").test(out)) {
    out = [String(h % 1000), `a${h % 1000}`, "A1"].find((c) => new RegExp(s.pattern!, "u").test(c)) ?? out
  }
  if (s.format === "date-time") out = new Date(vocab.epochMs(h)).toISOString()
  if (s.format === "date") out = vocab.dateTimeText(vocab.epochMs(h)).slice(0, 10)
  if (s.maxLength !== undefined) out = [...out].slice(0, s.maxLength).join("")
  while (s.minLength !== undefined && [...out].length < s.minLength) out += "0"
  return out
}

/** Integers, except money and rates (amount, balance, rate, …) of a `number` schema, which get cents. */
const number = (s: JsonSchema, name: string, h: number, integer: boolean): number => {
  const n = name.toLowerCase()
  let v = h % 20
  if (n.includes("time") || n === "at") v = vocab.epochMs(h)
  else if (n.endsWith("id")) v = 1 + (h % 9000)
  else if (n === "total") v = 20 + (h % 200)
  if (!integer && /amount|balance|rate|ratio|percent|price|yield/.test(n)) v = (h % 10_000_000) / 100
  const low = Math.max(s.minimum ?? -Infinity, s.exclusiveMinimum === undefined ? -Infinity : s.exclusiveMinimum + 1)
  const high = Math.min(s.maximum ?? Infinity, s.exclusiveMaximum === undefined ? Infinity : s.exclusiveMaximum - 1)
  return Math.min(Math.max(v, low), high)
}

/** An example of `schema`; `at` names the value (its property path) and seeds every choice. */
export const exampleOf = (schema: JsonSchema, resolve: RefResolver, at = "", name = ""): unknown => {
  const h = vocab.hash(at)
  const n = qualified(name, at)
  if (schema.$ref !== undefined) return exampleOf(resolve(schema.$ref), resolve, at, name)
  if ("const" in schema) return schema.const
  if (schema.enum !== undefined) {
    // Two-valued flags (0/1, false/true) are mostly set, like real users' status and initialized.
    const flag = schema.enum.length === 2 && schema.enum.every((v) => v === 0 || v === 1 || typeof v === "boolean")
    if (flag) return schema.enum.find((v) => (h % 5 === 0 ? !v : v))
    return schema.enum[h % schema.enum.length]
  }
  if (schema.allOf !== undefined) return exampleOf(merge(schema.allOf), resolve, at, name)
  const options = schema.anyOf ?? schema.oneOf
  if (options !== undefined) {
    const nonNull = options.filter((o) => typeOf(o) !== "null" || "const" in o || o.$ref !== undefined)
    const nullable = nonNull.length < options.length
    if (nonNull.length === 0 || (nullable && h % 4 === 0)) return null
    return exampleOf(nonNull[0]!, resolve, at, name)
  }
  if (Array.isArray(schema.type) && schema.type.includes("null") && h % 4 === 0) return null
  switch (typeOf(schema)) {
    case "object": {
      const props = schema.properties ?? {}
      const record = Object.fromEntries(
        Object.entries(props).map(([key, s]) => [key, exampleOf(s, resolve, `${at}.${key}`, key)])
      )
      return coherent(record, props, resolve, h)
    }
    case "array": {
      const length = Math.min(Math.max(3, schema.minItems ?? 0), schema.maxItems ?? Infinity)
      return Array.from({ length }, (_, i) => exampleOf(schema.items ?? {}, resolve, `${at}[${i}]`, name))
    }
    case "string":
      return fitText(schema, text(n, h), h)
    case "integer":
      return Math.round(number(schema, n, h, true))
    case "number":
      return number(schema, n, h, false)
    case "boolean":
      return h % 2 === 0
    case "null":
      return null
    default:
      return schema.properties === undefined ? null : exampleOf({ ...schema, type: "object" }, resolve, at, name)
  }
}
