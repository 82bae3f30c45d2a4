/**
 * Helpers for mapping documents to core records: decoding through the core schemas (so a stored document that
 * no longer fits the domain is reported, not passed on), and the keyword filter shared by the repos.
 */
import type { StorageError } from "@wm/core"
import { Effect, type Option, Schema } from "effect"
import { invalidDocument } from "./errors.js"

/** Decodes documents already stripped of storage-only fields (_id, lowercased keys…) into core records. */
export const decodeWith =
  <A, I>(schema: Schema.Schema<A, I, never>, operation: string) =>
  (fields: unknown): Effect.Effect<A, StorageError> =>
    Effect.mapError(Schema.decodeUnknown(schema)(fields), (error) => invalidDocument(operation, error))

/** A lookup's answer: none when nothing was found, else the decoded record. */
export const decodeOption =
  <A, I, D>(schema: Schema.Schema<A, I, never>, operation: string, fieldsOf: (doc: D) => unknown) =>
  (doc: D | null): Effect.Effect<Option.Option<A>, StorageError> =>
    doc === null ? Effect.succeedNone : Effect.asSome(decodeWith(schema, operation)(fieldsOf(doc)))

export const decodeAll = <A, I>(schema: Schema.Schema<A, I, never>, operation: string, all: ReadonlyArray<unknown>) =>
  Effect.forEach(all, decodeWith(schema, operation))

/** The keyword as the reference store reads it: trimmed, and a blank keyword filters nothing. */
export const normalizeKeyword = (keyword: string | undefined): string | undefined => {
  const trimmed = keyword?.trim()
  return trimmed === undefined || trimmed === "" ? undefined : trimmed
}

/**
 * "Contains, ignoring case" as a $regex condition. The input is escaped, so it matches literally ("a.b" finds
 * "A.B Plaza" but not "AxB"); the escapes are valid in PCRE (MongoDB) and RE2 alike.
 */
export const containsIgnoringCase = (keyword: string) => ({
  $regex: keyword.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"),
  $options: "i"
})

/** The same test in memory, for records the adapter has already loaded. */
export const includesIgnoringCase = (keyword: string, ...values: ReadonlyArray<string>): boolean =>
  values.some((v) => v.toLowerCase().includes(keyword.toLowerCase()))

/**
 * Binary (UTF-16 code unit) order, as the reference store sorts codes; for the ASCII characters a code usually
 * holds it equals MongoDB's byte order. localeCompare would differ ("a1" < "B1").
 */
export const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
