/**
 * Builds the OpenAPI 3.1 document from the route definitions: the same schemas that validate
 * requests and encode answers describe them here.
 */
import { Codes, plainStatusOf } from "./codes.js"
import { type Json, makeSchemaRegistry } from "./jsonSchema.js"
import { blankPattern } from "./params.js"
import type { RouteDef } from "./route.js"

const codeTable = Object.values(Codes)
  .map((e) => `| ${e.code} | ${e.status} | ${e.meaning} |`)
  .join("\n")

const ErrorEnvelope: Json = {
  type: "object",
  required: ["code", "msg", "data"],
  properties: {
    code: {
      type: "integer",
      enum: Object.values(Codes)
        .map((e) => e.code)
        .filter((c) => c !== Codes.ok.code),
      description: "envelope code, see the table in the API description"
    },
    msg: { type: "string" },
    data: {
      anyOf: [
        { type: "null" },
        { type: "object", required: ["field"], properties: { field: { type: "string" } }, additionalProperties: false }
      ]
    }
  },
  additionalProperties: false
}

/** The advisor zone's error body (plain style): Spring's fields plus the envelope code. */
const PlainError: Json = {
  type: "object",
  required: ["code", "msg", "status", "message", "path", "timestamp", "field"],
  properties: {
    code: { type: "integer", description: "envelope code, see the table in the API description" },
    msg: { type: "string" },
    status: { type: "integer" },
    message: { type: "string" },
    path: { type: "string" },
    timestamp: { type: "number" },
    field: { type: ["string", "null"], description: "the parameter at fault, if any" }
  },
  additionalProperties: false
}

/** The failures a route can answer: every route can be invalid or fail; guarded ones can also refuse or miss. */
const errorStatusesOf = (def: RouteDef<unknown>): ReadonlyArray<number> => {
  if (def.style === "plain") {
    const plain = [Codes.invalidParameter, Codes.notSignedIn, Codes.notFound, Codes.internal, Codes.storageUnavailable]
    return [...new Set(plain.map(plainStatusOf))].sort()
  }
  const always = [Codes.invalidParameter, Codes.internal, Codes.storageUnavailable]
  const guarded = [Codes.notSignedIn, Codes.forbidden, Codes.notFound, Codes.conflict, Codes.updateRunning]
  const signIn = [Codes.invalidCredentials]
  const entries = def.access === "public" ? [...always, ...signIn] : [...always, ...guarded]
  return [...new Set(entries.map((e) => e.status))].sort()
}

export const buildOpenApi = (routes: ReadonlyArray<RouteDef<unknown>>, info: { title: string; version: string }) => {
  const registry = makeSchemaRegistry()
  const toJson = (schema: RouteDef<unknown>["response"], side: "request" | "response") => registry.toJson(schema, side)

  const paths: Record<string, Json> = {}
  /** A named struct's component for its `$ref` (request bodies are often named structs). */
  const resolve = (schema: Json): Json =>
    typeof schema.$ref === "string"
      ? (registry.components()[schema.$ref.replace("#/components/schemas/", "")] ?? schema)
      : schema
  for (const def of routes) {
    const query = def.query === undefined ? undefined : toJson(def.query, "request")
    const required = new Set((query?.required as Array<string> | undefined) ?? [])
    // A blank query value counts as absent (rawQuery drops it): allowed for optional parameters, refused for required.
    const parameters = Object.entries((query?.properties as Record<string, Json> | undefined) ?? {}).map(
      ([name, schema]) => ({
        name,
        in: "query",
        required: required.has(name),
        schema: (required.has(name)
          ? { allOf: [schema, { not: { type: "string", pattern: blankPattern } }] }
          : { anyOf: [schema, { type: "string", pattern: blankPattern }] }) as Json,
        description: schema.description
      })
    )
    const pathSchema = def.params === undefined ? undefined : toJson(def.params, "request")
    for (const [name, schema] of Object.entries((pathSchema?.properties as Record<string, Json> | undefined) ?? {})) {
      parameters.push({ name, in: "path", required: true, schema, description: schema.description })
    }
    if (def.access === "staff") {
      parameters.push({
        name: "X-Consumer-Custom-ID",
        in: "header",
        required: true,
        schema: { type: "string", minLength: 1, maxLength: 200, pattern: "\\S" },
        description: "the staff identity from the bank's gateway, e.g. @staff_super:im.finogeeks.com"
      })
    }
    const openApiPath = def.path.replace(/:(\w+)/g, "{$1}")
    const body = def.body === undefined ? undefined : toJson(def.body, "request")
    const operation: Json = {
      operationId: `${def.method}${def.path
        .replace(/^\/api/, "")
        .replace(/:/g, "")
        .replace(/[/_](\w)/g, (_, ch: string) => ch.toUpperCase())}`,
      tags: [def.tag],
      summary: def.summary,
      ...(def.description === undefined ? {} : { description: def.description }),
      ...(def.deprecated ? { deprecated: true } : {}),
      security:
        def.access === "public"
          ? []
          : def.access === "staff"
            ? [{}, { advisorZoneSecret: [] }]
            : [{ bearer: [] }, { cookie: [] }],
      ...(parameters.length === 0 ? {} : { parameters }),
      ...(body === undefined
        ? {}
        : {
            requestBody: {
              // An absent body reads as {}: it is required only when some field is.
              required: ((resolve(body).required as Array<string> | undefined) ?? []).length > 0,
              // Form bodies (urlencoded, multipart) are accepted too, their values as text and lists as repeated
              // keys; they are described in the route's description, not as a schema the text would not fit.
              content: def.multipart
                ? { "multipart/form-data": { schema: body } }
                : { "application/json": { schema: body } }
            }
          }),
      responses: {
        200:
          def.file !== undefined
            ? { description: "the file", content: { [def.file]: { schema: { type: "string", format: "binary" } } } }
            : def.style === "plain"
              ? {
                  description: "success",
                  content: { "application/json": { schema: toJson(def.response, "response") } }
                }
              : {
                  description: "success (code 10000)",
                  content: {
                    "application/json": {
                      schema: {
                        type: "object",
                        required: ["code", "msg", "data"],
                        properties: {
                          code: { type: "integer", const: 10000 },
                          msg: { type: "string" },
                          data: toJson(def.response, "response")
                        },
                        additionalProperties: false
                      }
                    }
                  }
                },
        ...Object.fromEntries(
          errorStatusesOf(def).map((s) => [
            s,
            {
              description: "failure, see the code table",
              content: {
                "application/json": {
                  schema: { $ref: `#/components/schemas/${def.style === "plain" ? "PlainError" : "ErrorEnvelope"}` }
                }
              }
            }
          ])
        )
      }
    }
    paths[openApiPath] = { ...(paths[openApiPath] ?? {}), [def.method]: operation }
  }

  const hasPlain = routes.some((r) => r.style === "plain")
  return {
    openapi: "3.1.0",
    info: {
      ...info,
      description: `Corporate wealth-management precision marketing API.\n\nEvery /api route answers \`{code, msg, data}\`. \`msg\` is Chinese, or English when the request's Accept-Language prefers \`en\`; codes and statuses never depend on it.\n\n| code | HTTP | meaning |\n|---|---|---|\n${codeTable}`
    },
    paths,
    components: {
      schemas: { ...registry.components(), ErrorEnvelope, ...(hasPlain ? { PlainError } : {}) },
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer", description: "the token answered by /api/sign_in" },
        cookie: { type: "apiKey", in: "cookie", name: "wm_session" },
        ...(hasPlain
          ? {
              advisorZoneSecret: {
                type: "apiKey",
                in: "header",
                name: "X-Advisor-Zone-Secret",
                description: "the advisor zone's shared secret, required when the server sets ADVISOR_ZONE_SECRET"
              }
            }
          : {})
      }
    }
  }
}
