/**
 * Builds the OpenAPI 3.1 document from the route definitions: the same schemas that validate
 * requests and encode answers describe them here.
 */
import { Codes } from "./codes.js"
import { type Json, makeSchemaRegistry } from "./jsonSchema.js"
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

/** The failures a route can answer: every route can be invalid or fail; guarded ones can also refuse or miss. */
const errorStatusesOf = (def: RouteDef<unknown>): ReadonlyArray<number> => {
  const always = [Codes.invalidParameter, Codes.internal, Codes.storageUnavailable]
  const guarded = [Codes.notSignedIn, Codes.forbidden, Codes.notFound, Codes.conflict, Codes.updateRunning]
  const signIn = [Codes.invalidCredentials, Codes.accountLocked]
  const entries = def.access === "public" ? [...always, ...signIn] : [...always, ...guarded]
  return [...new Set(entries.map((e) => e.status))].sort()
}

export const buildOpenApi = (routes: ReadonlyArray<RouteDef<unknown>>, info: { title: string; version: string }) => {
  const registry = makeSchemaRegistry()
  const toJson = (schema: RouteDef<unknown>["response"], side: "request" | "response") => registry.toJson(schema, side)

  const paths: Record<string, Json> = {}
  for (const def of routes) {
    const query = def.query === undefined ? undefined : toJson(def.query, "request")
    const required = new Set((query?.required as Array<string> | undefined) ?? [])
    const parameters = Object.entries((query?.properties as Record<string, Json> | undefined) ?? {}).map(
      ([name, schema]) => ({ name, in: "query", required: required.has(name), schema, description: schema.description })
    )
    const body = def.body === undefined ? undefined : toJson(def.body, "request")
    const operation: Json = {
      operationId: `${def.method}${def.path.replace(/^\/api/, "").replace(/[/_](\w)/g, (_, ch: string) => ch.toUpperCase())}`,
      tags: [def.tag],
      summary: def.summary,
      ...(def.description === undefined ? {} : { description: def.description }),
      ...(def.deprecated ? { deprecated: true } : {}),
      security: def.access === "public" ? [] : [{ bearer: [] }, { cookie: [] }],
      ...(parameters.length === 0 ? {} : { parameters }),
      ...(body === undefined
        ? {}
        : {
            requestBody: {
              required: true,
              content: def.multipart
                ? { "multipart/form-data": { schema: body } }
                : {
                    "application/json": { schema: body },
                    "application/x-www-form-urlencoded": { schema: body },
                    "multipart/form-data": { schema: body }
                  }
            }
          }),
      responses: {
        200:
          def.file !== undefined
            ? { description: "the file", content: { [def.file]: { schema: { type: "string", format: "binary" } } } }
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
              content: { "application/json": { schema: { $ref: "#/components/schemas/ErrorEnvelope" } } }
            }
          ])
        )
      }
    }
    paths[def.path] = { ...(paths[def.path] ?? {}), [def.method]: operation }
  }

  return {
    openapi: "3.1.0",
    info: {
      ...info,
      description: `Corporate wealth-management precision marketing API.\n\nEvery /api route answers \`{code, msg, data}\`.\n\n| code | HTTP | meaning |\n|---|---|---|\n${codeTable}`
    },
    paths,
    components: {
      schemas: { ...registry.components(), ErrorEnvelope },
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer", description: "the token answered by /api/sign_in" },
        cookie: { type: "apiKey", in: "cookie", name: "wm_session" }
      }
    }
  }
}
