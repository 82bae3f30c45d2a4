/**
 * The committed OpenAPI document as the mocks read it: one entry per operation with its route key,
 * the schema of its success envelope and what it requires of a request.
 */
import document from "../../openapi.json" with { type: "json" }
import type { Method, RouteKey } from "../routes.js"
import type { JsonSchema, RefResolver } from "./schema.js"

interface OpenApiOperation {
  readonly parameters?: ReadonlyArray<{ readonly name: string; readonly in: string; readonly required?: boolean }>
  readonly requestBody?: { readonly content: Readonly<Record<string, { readonly schema: JsonSchema }>> }
  readonly responses: Readonly<Record<string, { readonly content?: Record<string, { readonly schema: JsonSchema }> }>>
}

export interface MockOperation {
  readonly key: RouteKey
  readonly method: Method
  readonly path: string
  /** Schema of the 200 answer: the whole `{code, msg, data}` envelope (empty for a file route). */
  readonly success: JsonSchema
  /** Media type of a route that answers a file (get_download) instead of the envelope. */
  readonly file?: string
  /** Required query parameters and required top-level JSON body fields. */
  readonly requiredQuery: ReadonlyArray<string>
  readonly requiredBody: ReadonlyArray<string>
}

const doc = document as unknown as {
  readonly paths: Readonly<Record<string, Readonly<Record<string, OpenApiOperation>>>>
}

/** Follows a local `#/a/b/c` reference into the document. */
export const resolveRef: RefResolver = (ref) => {
  const target = ref
    .replace(/^#\//, "")
    .split("/")
    .map((part) => part.replaceAll("~1", "/").replaceAll("~0", "~"))
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], document)
  if (target === undefined) throw new Error(`unresolvable $ref ${ref}`)
  return target as JsonSchema
}

export const mockOperations: ReadonlyArray<MockOperation> = Object.entries(doc.paths).flatMap(([path, item]) =>
  (["get", "post", "put", "delete"] as const).flatMap((method) => {
    const op = item[method]
    if (op === undefined) return []
    const content = op.responses["200"]?.content ?? {}
    const file = Object.keys(content).find((t) => t !== "application/json")
    const success = content["application/json"]?.schema ?? (file === undefined ? undefined : {})
    if (success === undefined) throw new Error(`${method} ${path}: no application/json 200 answer`)
    const body = op.requestBody?.content["application/json"]?.schema
    const bodySchema = body?.$ref === undefined ? body : resolveRef(body.$ref)
    return [
      {
        key: `${method.toUpperCase()} ${path}` as RouteKey,
        method,
        path,
        success,
        ...(file === undefined ? {} : { file }),
        requiredQuery: (op.parameters ?? []).filter((p) => p.in === "query" && p.required).map((p) => p.name),
        requiredBody: bodySchema?.required ?? []
      }
    ]
  })
)

/** The operation of a route key; throws for a route the document lacks. */
export const operation = (key: RouteKey): MockOperation => {
  const op = mockOperations.find((o) => o.key === key)
  if (op === undefined) throw new Error(`no route ${key} in the OpenAPI document`)
  return op
}
