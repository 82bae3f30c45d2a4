/**
 * Types of every route, read from the generated OpenAPI types: which paths answer which method, what
 * each takes (query, JSON body) and what its envelope's `data` is. Nothing here exists at run time.
 */
import type { paths } from "./generated/api.js"

export type { paths }

/** The HTTP methods the API uses. */
export type Method = "get" | "post" | "put" | "delete"

/** Paths that answer `M`. */
export type PathsOf<M extends Method> = {
  [P in keyof paths]: paths[P][M] extends { responses: unknown } ? P : never
}[keyof paths]

/** The OpenAPI operation of `M P`. */
export type Operation<M extends Method, P extends PathsOf<M>> = paths[P][M]

type DataIn<O> = O extends { responses: { 200: { content: { "application/json": { data: infer D } } } } } ? D : never
type QueryIn<O> = O extends { parameters: { query?: infer Q } } ? Q : never
// A body whose fields are all optional is itself optional in the document (`requestBody?`).
type BodyIn<O> = O extends { requestBody?: infer R }
  ? [NonNullable<R>] extends [never]
    ? never
    : NonNullable<R> extends { content: { "application/json": infer B } }
      ? B
      : never
  : never

/** `data` of the success envelope of `M P`. */
export type DataOf<M extends Method, P extends PathsOf<M>> = DataIn<Operation<M, P>>
/** Query parameters of `M P` (`never` when it takes none). */
export type QueryOf<M extends Method, P extends PathsOf<M>> = QueryIn<Operation<M, P>>
/** JSON body of `M P` (`never` when it takes none). */
export type BodyOf<M extends Method, P extends PathsOf<M>> = BodyIn<Operation<M, P>>

/** Every route as one string: `"GET /api/logout"`, `"POST /api/sign_in"`, … */
export type RouteKey = { [M in Method]: `${Uppercase<M>} ${PathsOf<M>}` }[Method]

/** The method and path of a route key. */
export type Route<K extends RouteKey> = K extends `GET ${infer P extends PathsOf<"get">}`
  ? { method: "get"; path: P; operation: Operation<"get", P> }
  : K extends `POST ${infer P extends PathsOf<"post">}`
    ? { method: "post"; path: P; operation: Operation<"post", P> }
    : K extends `PUT ${infer P extends PathsOf<"put">}`
      ? { method: "put"; path: P; operation: Operation<"put", P> }
      : K extends `DELETE ${infer P extends PathsOf<"delete">}`
        ? { method: "delete"; path: P; operation: Operation<"delete", P> }
        : never

/** `data`, query and body of a route key. */
export type RouteData<K extends RouteKey> = DataIn<Route<K>["operation"]>
export type RouteQuery<K extends RouteKey> = QueryIn<Route<K>["operation"]>
export type RouteBody<K extends RouteKey> = BodyIn<Route<K>["operation"]>

/** `true` when `T` has no required key (the argument carrying it may be left out). */
export type AllOptional<T> = [T] extends [never] ? true : Partial<T> extends T ? true : false
