/**
 * `info` of create_download: the export type's list parameters, as a JSON object or JSON text. They are checked
 * with the list route's own schema (so an export accepts exactly what the list accepts), paging aside; a bad value
 * is an InvalidInput naming `info.<field>`.
 */
import { InvalidInput } from "@wm/core"
import { Effect, type Schema } from "effect"
import { decodeWith } from "../api/validate.js"
import type { ListExport } from "./catalogue.js"

/** `info` as an object: an object as is, JSON text of an object parsed, nothing as {}. */
export const infoObject = (info: unknown): Effect.Effect<Record<string, unknown>, InvalidInput> => {
  const bad = new InvalidInput({ field: "info", reason: "must be a JSON object (or its JSON text)" })
  let value = info
  if (typeof info === "string") {
    if (info.trim() === "") return Effect.succeed({})
    try {
      value = JSON.parse(info)
    } catch {
      return Effect.fail(bad)
    }
  }
  if (value === undefined || value === null) return Effect.succeed({})
  return typeof value === "object" && !Array.isArray(value)
    ? Effect.succeed(value as Record<string, unknown>)
    : Effect.fail(bad)
}

/** `info` decoded with a schema: as query text when `asQuery` (values given as a query string would give them). */
export const decodeInfo = <A, I>(schema: Schema.Schema<A, I>, raw: Record<string, unknown>, asQuery: boolean) => {
  const rename = (e: InvalidInput) => new InvalidInput({ field: `info.${e.field}`, reason: e.reason })
  // Query strings are text: values of a GET list are given as the list would receive them.
  const given = asQuery
    ? Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, typeof v === "string" ? v : JSON.stringify(v)]))
    : raw
  return Effect.mapError(decodeWith(schema, given, "info"), rename)
}

/** The route input of one page: the info without paging, the type's fixed values, then `page` and `count`. */
export const pageInput = (spec: ListExport, info: Record<string, unknown>, page: number, count: number) =>
  Effect.gen(function* () {
    const { page: _p, count: _c, ...rest } = info
    const raw = { ...rest, ...spec.fixed, page, count }
    const isGet = spec.route.method === "get"
    const schema = isGet ? spec.route.query : spec.route.body
    const decoded = schema === undefined ? undefined : yield* decodeInfo(schema, raw, isGet)
    return isGet ? { query: decoded, body: undefined } : { query: undefined, body: decoded }
  })
