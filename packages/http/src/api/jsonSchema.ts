/**
 * Effect schema → OpenAPI 3.1 JSON Schema, tidied for people and code generators: named structs become
 * components; Effect's built-in identifiers (Int, NonNegativeInt…) are inlined; its default titles and
 * descriptions ("int", "an integer", "a string at most 64 character(s) long") are dropped, since the
 * constraints themselves are in the schema.
 */
import { JSONSchema, type Schema } from "effect"

export type Json = Record<string, unknown>

const defaultDescription =
  /^(an? (integer|number|string|finite number|positive number|negative number|non-negative number|non-positive number|non empty string)|a (string|number|non empty string) .*|an integer .*)$/

export interface SchemaRegistry {
  /** `request` schemas accept unknown properties, as the server ignores them. */
  readonly toJson: (schema: Schema.Schema<unknown, unknown>, side: "request" | "response") => Json
  readonly components: () => Record<string, Json>
}

export const makeSchemaRegistry = (): SchemaRegistry => {
  const definitions: Record<string, JSONSchema.JsonSchema7> = {}
  const prefix = "#/components/schemas/"

  const tidy = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(tidy)
    if (typeof node !== "object" || node === null) return node
    const json = node as Json
    const ref =
      typeof json.$ref === "string" && json.$ref.startsWith(prefix) ? json.$ref.slice(prefix.length) : undefined
    const target = ref === undefined ? undefined : (definitions[ref] as unknown as Json | undefined)
    if (target !== undefined && target.type !== "object") return tidy(target)
    const out: Json = {}
    for (const [key, value] of Object.entries(json)) {
      if (key === "title") continue
      // Effect marks Unknown and Any with `$id: "/schemas/unknown"`, a relative id that resolves nowhere.
      if (key === "$id" && typeof value === "string" && value.startsWith("/schemas/")) continue
      if (key === "description" && typeof value === "string" && defaultDescription.test(value)) continue
      out[key] =
        key === "properties"
          ? Object.fromEntries(Object.entries(value as Json).map(([k, v]) => [k, tidy(v)]))
          : tidy(value)
    }
    return out
  }

  return {
    toJson: (schema, side) =>
      tidy(
        JSONSchema.fromAST(schema.ast, {
          definitions,
          definitionPath: prefix,
          target: "openApi3.1",
          additionalPropertiesStrategy: side === "request" ? "allow" : "strict"
        })
      ) as Json,
    components: () =>
      Object.fromEntries(
        Object.entries(definitions)
          .filter(([, schema]) => (schema as unknown as Json).type === "object")
          .map(([name, schema]) => [name, tidy(schema) as Json])
      )
  }
}
