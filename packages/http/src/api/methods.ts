/**
 * Telling a wrong method from an unknown route: a path served with other methods answers 405 with `Allow`,
 * anything else 404 with its own code (not "record not found", which a front end shows as a missing customer).
 */
import type { Context } from "hono"
import { Codes } from "./codes.js"
import { fail } from "./envelope.js"
import { languageOfRequest } from "./language.js"

const patternOf = (path: string) =>
  new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/:[A-Za-z_]\w*/g, "[^/]+")}/?$`)

export const makeNotFound = (served: ReadonlyArray<{ readonly method: string; readonly path: string }>) => {
  const routes = served.map((r) => ({ method: r.method.toUpperCase(), pattern: patternOf(r.path) }))
  return (c: Context) => {
    const allowed = [...new Set(routes.filter((r) => r.pattern.test(c.req.path)).map((r) => r.method))]
    const en = languageOfRequest(c) === "en"
    if (allowed.length === 0) {
      return fail(
        c,
        Codes.noRoute,
        en ? `no route ${c.req.method} ${c.req.path}` : `接口不存在：${c.req.method} ${c.req.path}`
      )
    }
    if (allowed.includes("GET")) allowed.push("HEAD")
    c.header("Allow", allowed.join(", "))
    const use = allowed.join(", ")
    return fail(
      c,
      Codes.methodNotAllowed,
      en
        ? `${c.req.method} is not allowed on ${c.req.path}; use ${use}`
        : `${c.req.path} 不支持 ${c.req.method} 方法，请使用 ${use}`
    )
  }
}
