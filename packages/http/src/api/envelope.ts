/**
 * The `{code, msg, data}` envelope every /api route answers with.
 */
import { Buffer } from "node:buffer"
import type { Context } from "hono"
import type { CodeEntry } from "./codes.js"
import { Codes } from "./codes.js"
import { type Localized, languageOfRequest } from "./language.js"

export interface Envelope<D> {
  readonly code: number
  readonly msg: string
  readonly data: D
}

/** The success envelope around `data`. */
export const okEnvelope = <D>(data: D): Envelope<D> => ({ code: Codes.ok.code, msg: "success", data })

export const ok = <D>(c: Context, data: D): Response => c.json(okEnvelope(data), 200)

/**
 * A success already checked against its schema and serialised, envelope included (a read model cached per
 * data version): sent as bytes, with no encoding or JSON.stringify per request. `D` ties it to the route's
 * answer type.
 */
export class EncodedAnswer<out D = unknown> {
  declare readonly _answer: D
  constructor(readonly bytes: Uint8Array) {}
}

const OK_HEAD = Buffer.from(`{"code":${Codes.ok.code},"msg":"success","data":`)
const OK_TAIL = Buffer.from("}")

/** The success envelope around `data` given as serialised parts. */
export const encodedOk = <D>(data: ReadonlyArray<Uint8Array>): EncodedAnswer<D> =>
  new EncodedAnswer(Buffer.concat([OK_HEAD, ...data, OK_TAIL]))

export const okEncoded = (c: Context, answer: EncodedAnswer): Response =>
  c.body(answer.bytes as Uint8Array<ArrayBuffer>, 200, { "content-type": "application/json" })

export const fail = (c: Context, entry: CodeEntry, msg: string, data: unknown = null): Response =>
  c.json({ code: entry.code, msg, data } satisfies Envelope<unknown>, entry.status)

/** A failure whose message is given in both languages: the request's Accept-Language picks one. */
export const failIn = (c: Context, entry: CodeEntry, message: Localized, data: unknown = null): Response =>
  fail(c, entry, message[languageOfRequest(c)], data)
