/**
 * The `{code, msg, data}` envelope every /api route answers with.
 */
import type { Context } from "hono"
import type { CodeEntry } from "./codes.js"
import { Codes } from "./codes.js"

export interface Envelope<D> {
  readonly code: number
  readonly msg: string
  readonly data: D
}

export const ok = <D>(c: Context, data: D): Response =>
  c.json({ code: Codes.ok.code, msg: "success", data } satisfies Envelope<D>, 200)

export const fail = (c: Context, entry: CodeEntry, msg: string, data: unknown = null): Response =>
  c.json({ code: entry.code, msg, data } satisfies Envelope<unknown>, entry.status)
