/**
 * The documented routes as the tests see them: who calls each, which parameters it requires or
 * accepts, a parameter set that passes validation, and values of the wrong type or shape.
 * validation.test.ts, fuzz.test.ts and openapi.test.ts are all driven from this one table; each route
 * family keeps its entries in its own file here.
 */
import type { Harness } from "../harness.js"
import { accountRoutes } from "./accounts.js"
import { auditRoutes } from "./audit.js"
import { companyRoutes } from "./company.js"
import { dataRoutes } from "./data.js"
import { downloadRoutes } from "./download.js"
import { marketingRoutes } from "./marketing.js"
import { matchingRoutes } from "./matching.js"
import { organisationRoutes } from "./organisations.js"
import { settingsRoutes } from "./settings.js"
import { warningRoutes } from "./warning.js"

export type Caller = "nobody" | "admin" | "newcomer"

export interface RouteSpec {
  readonly method: "GET" | "POST" | "PUT" | "DELETE"
  readonly path: string
  /** Who calls the route in validation tests (the newcomer for the routes open before initialization). */
  readonly caller: Caller
  /** Parameters the schema requires: query parameters for GET, body fields for POST, PUT and DELETE. */
  readonly required: ReadonlyArray<string>
  /** Parameters the schema accepts but does not require. */
  readonly optional: ReadonlyArray<string>
  /** A parameter set that passes validation (the route may still refuse it for other reasons). */
  readonly valid: (h: Harness) => Record<string, unknown>
  /** Values of the wrong type or shape, each with the field it must be reported on. */
  readonly mistyped: ReadonlyArray<readonly [field: string, value: unknown]>
  /** The body is multipart/form-data (a file upload): `request` sends the parameters as a form. */
  readonly multipart?: true
  /** The success answer is a file (get_download), not the envelope. */
  readonly file?: true
  /** Data the valid parameter set needs (uploaded files, applied data), on a fresh harness. */
  readonly setup?: (h: Harness) => Promise<void>
}

export const ROUTES: ReadonlyArray<RouteSpec> = [
  ...accountRoutes,
  ...organisationRoutes,
  ...dataRoutes,
  ...companyRoutes,
  ...matchingRoutes,
  ...warningRoutes,
  ...auditRoutes,
  ...settingsRoutes,
  ...marketingRoutes,
  ...downloadRoutes
]

/** A form of the parameters: files as they are, anything else as text (JSON for arrays and objects). */
export const formOf = (params: Record<string, unknown>): FormData => {
  const form = new FormData()
  for (const [k, v] of Object.entries(params)) {
    form.set(k, v instanceof File ? v : typeof v === "object" && v !== null ? JSON.stringify(v) : String(v))
  }
  return form
}

/** The parameters of a route, as a query string (GET), a JSON body (POST, PUT, DELETE) or a form (multipart POST). */
export const request = (
  route: RouteSpec,
  params: Record<string, unknown>
): { path: string; body?: Record<string, unknown>; form?: FormData } =>
  route.method === "GET"
    ? {
        path: `${route.path}?${new URLSearchParams(Object.entries(params).map(([k, v]): [string, string] => [k, String(v)])).toString()}`
      }
    : route.multipart
      ? { path: route.path, form: formOf(params) }
      : { path: route.path, body: params }

/** Signs in whoever the route's table entry says calls it. */
export const tokenFor = async (h: Harness, caller: Caller) => (caller === "nobody" ? undefined : h.signIn(caller))
