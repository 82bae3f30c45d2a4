/**
 * Validates answers against the OpenAPI document with ajv (JSON Schema 2020-12, as OpenAPI 3.1 writes
 * it): the schema of an operation's answer for a status, `$ref`s resolved inside the document.
 */
import Ajv2020, { type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js"
import addFormats from "ajv-formats"

/** The document, read loosely. */
export type OpenApiDocument = { paths: Record<string, Record<string, any>>; [key: string]: unknown }

const pointer = (...parts: string[]) => parts.map((p) => p.replaceAll("~", "~0").replaceAll("/", "~1")).join("/")

export const operationsOf = (doc: OpenApiDocument): string[] =>
  Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.keys(item)
      .filter((m) => ["get", "post", "put", "patch", "delete"].includes(m))
      .map((m) => `${m.toUpperCase()} ${path}`)
  )

export const makeValidator = (doc: OpenApiDocument) => {
  const ajv = new Ajv2020({ allErrors: true, strict: true })
  addFormats(ajv)
  // The document is added whole so `#/components/…` refs resolve; its own top-level keys are declared as
  // inert keywords, and only the response schemas inside are compiled (strictly).
  ajv.addVocabulary(Object.keys(doc))
  ajv.addSchema(doc, "openapi.json")
  const cache = new Map<string, ValidateFunction | undefined>()
  const validatorFor = (method: string, path: string, status: number) => {
    const ref = `openapi.json#/${pointer("paths", path, method.toLowerCase(), "responses", String(status), "content", "application/json", "schema")}`
    if (!cache.has(ref)) {
      const documented = doc.paths[path]?.[method.toLowerCase()]?.responses?.[status]?.content?.["application/json"]
      cache.set(ref, documented === undefined ? undefined : ajv.getSchema(ref))
    }
    return cache.get(ref)
  }
  /** Problems of `body` as the answer of `method path` with `status`; empty when it conforms. */
  return (method: string, path: string, status: number, body: unknown): string[] => {
    const content = doc.paths[path]?.[method.toLowerCase()]?.responses?.[status]?.content ?? {}
    // A documented file answer (get_download) is bytes, not JSON: the client test checks the bytes.
    if (body === "<not JSON>" && Object.keys(content).some((t) => t !== "application/json")) return []
    const validate = validatorFor(method, path, status)
    if (validate === undefined) return [`${method} ${path}: status ${status} is not documented`]
    if (validate(body)) return []
    return (validate.errors ?? []).map(
      (e: ErrorObject) =>
        `${method} ${path} ${status}: ${e.instancePath || "/"} ${e.message} ${JSON.stringify(e.params)}`
    )
  }
}
