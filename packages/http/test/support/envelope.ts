/**
 * Checks an answer against the contract: the `{code, msg, data}` envelope, the code table's
 * HTTP status for the code, and for successes the 200 schema /openapi.json documents for the route.
 */
import Ajv2020 from "ajv/dist/2020.js"
import { expect } from "vitest"
import { Codes } from "../../src/api/codes.js"
import { openApiDocument } from "../../src/app.js"

const ajv = new Ajv2020({ strict: false, allErrors: true })
const doc = openApiDocument() as unknown as {
  paths: Record<string, Record<string, { responses: Record<string, { content: Record<string, { schema: object }> }> }>>
  components: { schemas: Record<string, object> }
}
// Answers refer to named components ($ref "#/components/schemas/User"): register each under that address.
for (const [name, schema] of Object.entries(doc.components.schemas)) {
  ajv.addSchema(schema, `#/components/schemas/${name}`)
}

const statusOfCode = new Map<number, number>(Object.values(Codes).map((e) => [e.code, e.status]))

const successValidators = new Map<string, ReturnType<typeof ajv.compile>>()
/** The validator of the documented 200 answer of a route. */
export const successSchemaOf = (method: string, path: string) => {
  const key = `${method.toLowerCase()} ${path}`
  let validate = successValidators.get(key)
  if (validate === undefined) {
    const schema = doc.paths[path]?.[method.toLowerCase()]?.responses["200"]?.content["application/json"]?.schema
    if (schema === undefined) throw new Error(`no documented 200 answer for ${key}`)
    validate = ajv.compile(schema)
    successValidators.set(key, validate)
  }
  return validate
}

export const errorEnvelopeValidator = ajv.compile(doc.components.schemas.ErrorEnvelope!)

export interface Answer {
  readonly status: number
  readonly contentType: string | null
  readonly text: string
}

export const answerOf = async (res: Response): Promise<Answer> => ({
  status: res.status,
  contentType: res.headers.get("content-type"),
  text: await res.text()
})

/**
 * Asserts the answer is a well-formed envelope whose code matches its HTTP status, never a 5xx,
 * and, for a documented route, matches the documented success or error schema.
 */
export const expectContract = (answer: Answer, route?: { method: string; path: string }) => {
  const where = `${route?.method ?? ""} ${route?.path ?? ""} → ${answer.status} ${answer.text.slice(0, 300)}`
  expect(answer.status, where).toBeLessThan(500)
  // A file route's success is the file in its documented media type, not the envelope.
  const fileType =
    route === undefined
      ? undefined
      : Object.keys(doc.paths[route.path]?.[route.method.toLowerCase()]?.responses["200"]?.content ?? {}).find(
          (t) => t !== "application/json"
        )
  if (answer.status === 200 && fileType !== undefined) {
    expect(answer.contentType, where).toBe(fileType)
    return undefined
  }
  expect(answer.contentType, where).toMatch(/^application\/json/)
  const json = JSON.parse(answer.text) as { code: unknown; msg: unknown; data: unknown }
  expect(Object.keys(json).sort(), where).toEqual(["code", "data", "msg"])
  expect(typeof json.code, where).toBe("number")
  expect(typeof json.msg, where).toBe("string")
  expect(statusOfCode.get(json.code as number), where).toBe(answer.status)
  if (route === undefined) return json
  if (answer.status === 200) {
    const validate = successSchemaOf(route.method, route.path)
    expect(validate(json), `${where}\n${JSON.stringify(validate.errors)}`).toBe(true)
  } else {
    expect(errorEnvelopeValidator(json), `${where}\n${JSON.stringify(errorEnvelopeValidator.errors)}`).toBe(true)
  }
  return json
}
