/**
 * How a mocked route answers: an override's answer when it gives one; otherwise the route's example
 * (with request values echoed into same-named fields), or 10001 naming a missing required parameter.
 */
import { HttpResponse } from "msw"
import { ApiError } from "../errors.js"
import type { RouteData, RouteKey } from "../routes.js"
import { type MockOperation, operation, resolveRef } from "./document.js"
import { exampleOf } from "./examples.js"
import type { JsonSchema } from "./schema.js"
import type { MockAnswer, MockRequest, MockResolver } from "./types.js"

const dataSchema = (op: MockOperation): JsonSchema | undefined => {
  const data = op.success.properties?.data
  return data?.$ref === undefined ? data : resolveRef(data.$ref)
}

/** The route's default `data`: the same value on every call. */
export const exampleData = <K extends RouteKey>(key: K): RouteData<K> =>
  (exampleOf(operation(key).success, resolveRef, key) as { data: RouteData<K> }).data

/** The example with request values copied into same-named top-level fields (e.g. sign-in's username). */
const echoed = (op: MockOperation, sent: Record<string, unknown>): unknown => {
  const example = exampleData(op.key) as unknown
  const props = dataSchema(op)?.properties
  if (typeof example !== "object" || example === null || props === undefined) return example
  const out = { ...(example as Record<string, unknown>) }
  for (const [field, raw] of Object.entries(sent)) {
    const prop = props[field]
    const current = out[field]
    const value = typeof current === "number" && typeof raw === "string" && /^-?\d+$/.test(raw) ? Number(raw) : raw
    if (
      prop === undefined ||
      typeof value !== typeof current ||
      (typeof value !== "string" && typeof value !== "number")
    )
      continue
    if (prop.enum !== undefined && !prop.enum.includes(value)) continue
    out[field] = value
  }
  return out
}

const readBody = async (request: Request): Promise<Record<string, unknown> | "invalid"> => {
  const text = await request.clone().text()
  if ((request.headers.get("content-type") ?? "").includes("application/x-www-form-urlencoded")) {
    return Object.fromEntries(new URLSearchParams(text))
  }
  try {
    const body: unknown = text.trim() === "" ? {} : JSON.parse(text)
    return typeof body === "object" && body !== null && !Array.isArray(body)
      ? (body as Record<string, unknown>)
      : "invalid"
  } catch {
    return "invalid"
  }
}

const failure = (error: ApiError) => HttpResponse.json(error.toEnvelope(), { status: error.status })
const invalid = (field: string, reason: string) =>
  failure(new ApiError({ code: 10001, msg: `${field}: ${reason}`, field }))

export const respond = async (op: MockOperation, request: Request, resolver: MockResolver<RouteKey> | undefined) => {
  const query = new URL(request.url).searchParams
  const body = op.method === "get" ? {} : await readBody(request)
  let answer: MockAnswer<RouteKey>
  try {
    const example =
      body === "invalid" || op.file !== undefined ? undefined : echoed(op, { ...Object.fromEntries(query), ...body })
    const input = { request, query, body: op.method !== "get" && body !== "invalid" ? body : undefined, example }
    // A resolver's `void` is `undefined` at run time: the default answer.
    answer = (
      resolver === undefined ? undefined : await resolver(input as MockRequest<RouteKey>)
    ) as MockAnswer<RouteKey>
    if (answer === undefined) {
      if (body === "invalid") return invalid("body", "must be a JSON object")
      const missing =
        op.requiredQuery.find((q) => !query.get(q)?.trim()) ?? op.requiredBody.find((f) => body[f] === undefined)
      if (missing !== undefined) return invalid(missing, "is required")
      answer = example as MockAnswer<RouteKey>
    }
  } catch (error) {
    if (!(error instanceof ApiError)) throw error
    answer = error
  }
  if (answer instanceof Response) return answer
  if (answer instanceof ApiError) return failure(answer)
  // A file route answers its bytes: an empty file of its media type unless an override answered a Response.
  if (op.file !== undefined) return new HttpResponse(new Uint8Array(), { headers: { "content-type": op.file } })
  return HttpResponse.json({ code: 10000, msg: "success", data: answer ?? null })
}
