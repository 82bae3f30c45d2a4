/**
 * createClient: openapi-fetch over the generated types, with the `{code, msg, data}` envelope
 * unwrapped. Calls resolve to `data` and reject with ApiError. Auth is a bearer token when one is
 * set (`token` or `setToken`), otherwise the session cookie (`credentials: "include"`).
 */
import openapiFetch, { type Client } from "openapi-fetch"
import { ApiError } from "./errors.js"
import type { AllOptional, BodyOf, DataOf, Method, PathsOf, paths, QueryOf } from "./routes.js"

// In the CJS build, Node-style interop hands over openapi-fetch's module object rather than its default export.
const createFetchClient: typeof openapiFetch =
  typeof openapiFetch === "function"
    ? openapiFetch
    : (openapiFetch as unknown as { default: typeof openapiFetch }).default

export interface ClientOptions {
  /** Origin (and prefix) of the API, e.g. `https://wm.example.com`; `""` for same-origin. */
  readonly baseUrl: string
  /** Bearer token (from `/api/sign_in`); without one the session cookie authenticates. */
  readonly token?: string | undefined
  /** Replaces `globalThis.fetch` (looked up at call time, so msw and test doubles apply). */
  readonly fetch?: ((request: Request) => Promise<Response>) | undefined
  /** Defaults to `"include"`, so the HttpOnly session cookie travels cross-origin too. */
  readonly credentials?: RequestInit["credentials"] | undefined
}

type QueryArg<P extends PathsOf<"get">> =
  AllOptional<QueryOf<"get", P>> extends true
    ? [options?: { query?: QueryOf<"get", P> }]
    : [options: { query: QueryOf<"get", P> }]
type BodyArg<M extends "post" | "put" | "delete", P extends PathsOf<M>> = [BodyOf<M, P>] extends [never]
  ? []
  : [body: BodyOf<M, P>]

export interface WmClient {
  /** `GET path?query` → the envelope's `data`. */
  get<P extends PathsOf<"get">>(path: P, ...options: QueryArg<P>): Promise<DataOf<"get", P>>
  /** `POST path` with a JSON body → the envelope's `data`. */
  post<P extends PathsOf<"post">>(path: P, ...body: BodyArg<"post", P>): Promise<DataOf<"post", P>>
  /** `PUT path` with a JSON body → the envelope's `data`. */
  put<P extends PathsOf<"put">>(path: P, ...body: BodyArg<"put", P>): Promise<DataOf<"put", P>>
  /** `DELETE path` with a JSON body → the envelope's `data`. */
  delete<P extends PathsOf<"delete">>(path: P, ...body: BodyArg<"delete", P>): Promise<DataOf<"delete", P>>
  /** Any route by method and path. */
  request<M extends Method, P extends PathsOf<M>>(
    method: M,
    path: P,
    init?: { query?: QueryOf<M, P>; body?: BodyOf<M, P> }
  ): Promise<DataOf<M, P>>
  /** A file route (`/api/download/get_download`): the file's bytes, or ApiError when it answers the envelope. */
  file<P extends PathsOf<"get">>(path: P, ...options: QueryArg<P>): Promise<Blob>
  /** Sets (or with `undefined` clears) the bearer token of later calls. */
  setToken(token: string | undefined): void
  readonly token: string | undefined
  /** The underlying openapi-fetch client (same auth), answering `{data, error, response}` untouched. */
  readonly raw: Client<paths>
}

type LooseRequest = (
  method: string,
  path: string,
  init: object
) => Promise<{ data?: unknown; error?: unknown; response: Response }>

const parsed = (payload: unknown): unknown => {
  if (typeof payload !== "string") return payload
  try {
    return JSON.parse(payload)
  } catch {
    return undefined
  }
}

const isEnvelope = (v: unknown): v is { code: number; msg: string; data: unknown } =>
  typeof v === "object" && v !== null && typeof (v as { code?: unknown }).code === "number" && "data" in v

/** The envelope's `data` on success; otherwise throws ApiError. */
export const unwrap = (payload: unknown, response: Response): unknown => {
  const body = parsed(payload)
  if (!isEnvelope(body)) {
    throw new ApiError({ code: 0, msg: `not an API envelope (HTTP ${response.status})`, status: response.status })
  }
  if (response.ok && body.code === 10000) return body.data
  const field = (body.data as { field?: unknown } | null)?.field
  const msg = typeof body.msg === "string" ? body.msg : ""
  throw new ApiError({
    code: body.code,
    msg,
    status: response.status,
    field: typeof field === "string" ? field : undefined
  })
}

export const createClient = (options: ClientOptions): WmClient => {
  let token = options.token
  const raw = createFetchClient<paths>({
    baseUrl: options.baseUrl,
    fetch: options.fetch ?? ((request) => globalThis.fetch(request)),
    credentials: options.credentials ?? "include"
  })
  raw.use({
    onRequest: ({ request }) => {
      if (token !== undefined) request.headers.set("authorization", `Bearer ${token}`)
      return request
    }
  })
  const call = async (method: Method, path: string, init: { query?: unknown; body?: unknown } = {}) => {
    const fetchInit = { params: { query: init.query }, body: init.body, parseAs: "text" }
    const { data, error, response } = await (raw.request as unknown as LooseRequest)(method, path, fetchInit)
    return unwrap(data ?? error, response)
  }
  const file = async (path: string, options?: { query?: unknown }) => {
    const init = { params: { query: options?.query }, parseAs: "stream" }
    const { data, error, response } = await (raw.request as unknown as LooseRequest)("get", path, init)
    if (!response.ok) return unwrap(error, response) as never
    const type = response.headers.get("content-type") ?? ""
    const body = new Response(data as ReadableStream<Uint8Array> | null, { headers: { "content-type": type } })
    // A success envelope where a file was expected is not a file: unwrap reports it.
    if (type.startsWith("application/json")) {
      return unwrap(await body.text(), response) as never
    }
    return await body.blob()
  }
  const client = {
    file,
    get: (path: string, options?: { query?: unknown }) => call("get", path, options),
    post: (path: string, body?: unknown) => call("post", path, { body }),
    put: (path: string, body?: unknown) => call("put", path, { body }),
    delete: (path: string, body?: unknown) => call("delete", path, { body }),
    request: (method: Method, path: string, init?: { query?: unknown; body?: unknown }) => call(method, path, init),
    setToken: (next: string | undefined) => {
      token = next
    },
    get token() {
      return token
    },
    raw
  }
  // WmClient's generic signatures type every call; the implementation itself is path-agnostic.
  return client as unknown as WmClient
}
