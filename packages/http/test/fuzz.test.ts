/**
 * Random bodies and query values against every route, as the bank admin: the answer is never a 5xx,
 * always the envelope with the status the code table gives its code, and a success always matches
 * the documented schema.
 */
import fc from "fast-check"
import { afterAll, beforeAll, describe, it } from "vitest"
import { answerOf, expectContract } from "./support/envelope.js"
import { type Harness, makeHarness, PASSWORD } from "./support/harness.js"
import { ROUTES, type RouteSpec } from "./support/routes.js"

/** Raise with FUZZ_RUNS=500 for a longer hunt. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 40)

/** Organisation, customer and product codes the harness's bank and the route table's data know. */
const codes = ["B1", "B1O1", "B1O2", "B2", "B2O1", "C1", "C2", "P1", "P3"]

/** Values that are likely to get past the first checks: ids, codes, roles, blanks and junk. */
const plausible = fc.oneof(
  fc.jsonValue(),
  fc.integer({ min: -3, max: 12 }),
  fc.constantFrom("", " ", "0", "1", "5", "9", ...codes, "admin", PASSWORD, "城东支行"),
  fc.string(),
  fc.string({ unit: "grapheme" })
)

/** A value as text for a query string or a form field (String() throws on `{toString: null}`). */
const text = (value: unknown): string => (typeof value === "string" ? value : (JSON.stringify(value) ?? ""))

const fieldsOf = (route: RouteSpec) => [...route.required, ...route.optional]

/** An object over the route's own field names (some left out) plus the odd stray key. */
const bodyFor = (route: RouteSpec) =>
  fc.dictionary(
    fc.oneof(fc.constantFrom(...fieldsOf(route), "__proto__", "constructor"), fc.string({ maxLength: 8 })),
    plausible,
    { maxKeys: fieldsOf(route).length + 2 }
  )

const queryFor = (route: RouteSpec) =>
  fc.dictionary(
    fc.oneof(fc.constantFrom(...fieldsOf(route), "page", "count", "keyword"), fc.string({ maxLength: 8 })),
    fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.integer().map(String), fc.double().map(String)),
    { maxKeys: 4 }
  )

/** A JSON body: an object over the fields, any JSON value at all, or text that may not be JSON. */
const rawBodyFor = (route: RouteSpec) =>
  fc.oneof(
    bodyFor(route).map((b) => JSON.stringify(b)),
    fc.jsonValue().map((v) => JSON.stringify(v)),
    fc.string(),
    fc.string({ unit: "binary" })
  )

/**
 * One bank per route, so what one route's random input changes (a deleted user, a locked admin, a
 * changed password) cannot hide another route's behaviour.
 */
const fuzzRoute = (route: RouteSpec) => {
  let h: Harness
  let admin: string
  beforeAll(async () => {
    h = await makeHarness()
    // With the data its valid call needs, so random input reaches the code that reads it.
    await route.setup?.(h)
    admin = await h.signIn("admin")
  })
  afterAll(() => h.close())
  /** Logging out ends the session used, so each logout gets a fresh one; sign-in is public. */
  const tokenFor = async () =>
    route.path === "/api/logout" ? h.signIn("admin") : route.path === "/api/sign_in" ? undefined : admin
  return {
    harness: () => h,
    send: async (query: Record<string, string>, body: { text: string; type: string } | undefined) => {
      const token = await tokenFor()
      return sendRaw(h, route, token, query, body)
    }
  }
}

const sendRaw = async (
  h: Harness,
  route: RouteSpec,
  token: string | undefined,
  query: Record<string, string>,
  body: { text: string; type: string } | undefined
) => {
  const qs = new URLSearchParams(Object.entries(query)).toString()
  const res = await h.app.request(`${route.path}${qs === "" ? "" : `?${qs}`}`, {
    method: route.method,
    headers: {
      ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
      ...(body === undefined ? {} : { "content-type": body.type })
    },
    body: body?.text
  })
  expectContract(await answerOf(res), route)
}

describe.each(ROUTES.map((r) => [`${r.method} ${r.path}`, r] as const))("%s under random input", (_, route) => {
  const { harness, send } = fuzzRoute(route)

  it("answers random query strings with a well-formed envelope, never 5xx", async () => {
    await fc.assert(
      fc.asyncProperty(queryFor(route), (query) => send(query, undefined)),
      { numRuns: RUNS }
    )
  })

  if (fieldsOf(route).length > 0) {
    it("answers the valid parameters with one of them replaced by a random value, never 5xx", async () => {
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...fieldsOf(route)), plausible, (field, value) => {
          const params = { ...route.valid(harness()), [field]: value }
          return route.method === "GET"
            ? send(Object.fromEntries(Object.entries(params).map(([k, v]) => [k, text(v)])), undefined)
            : send({}, { text: JSON.stringify(params), type: "application/json" })
        }),
        { numRuns: RUNS * 2 }
      )
    })
  }

  if (route.method !== "GET") {
    it("answers random JSON bodies with a well-formed envelope, never 5xx", async () => {
      await fc.assert(
        fc.asyncProperty(rawBodyFor(route), (text) => send({}, { text, type: "application/json" })),
        { numRuns: RUNS * 2 }
      )
    })

    it("answers random form bodies with a well-formed envelope, never 5xx", async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.dictionary(fc.constantFrom(...fieldsOf(route), "x"), fc.oneof(fc.string(), plausible.map(text))),
          (form) =>
            send(
              {},
              {
                text: new URLSearchParams(Object.entries(form)).toString(),
                type: "application/x-www-form-urlencoded"
              }
            )
        ),
        { numRuns: RUNS }
      )
    })

    it("answers bodies under odd or missing content types with a well-formed envelope, never 5xx", async () => {
      await fc.assert(
        fc.asyncProperty(
          rawBodyFor(route),
          fc.constantFrom(
            "text/plain",
            "multipart/form-data",
            "multipart/form-data; boundary=x",
            "application/xml",
            ""
          ),
          (text, type) => send({}, { text, type })
        ),
        { numRuns: RUNS }
      )
    })
  }
})
