/**
 * What the kept answers (api/memo.ts) hold per request: the answer's bytes and headers in the forms the Node entry
 * writes fastest, with what decides whether it is still right (caller, expiry, export task count).
 */
import { Buffer } from "node:buffer"
import type { User } from "@wm/core"
import { answerHeaderRecord } from "../infra/answerHeaders.js"

/** Up to this many bytes an answer is also kept as text (`latin1`); above, copying it would cost more. */
const SMALL_ANSWER = 2048

/** What a kept answer depends on besides the caller and the data: today's date, or the export tasks too. */
export type MemoKind = "data" | "daily" | "exports"

/** A kept answer: 200, these bytes, this header record (as `completeAnswer` builds it), for this caller. */
export interface KeptAnswer {
  readonly bytes: Uint8Array
  readonly headers: Readonly<Record<string, string>>
  /**
   * The same headers in the same order as one flat list (name, value, name, value…): what the Node entry writes
   * (Node walks a list faster than an object's keys).
   */
  readonly rawHeaders: ReadonlyArray<string>
  /**
   * A small answer's bytes as a latin1 string (one char per byte), which Node sends in one write with the header
   * block (a byte array goes out as a second chunk of a vectored write: ≈ 1 µs more per request).
   */
  readonly latin1: string | undefined
  readonly userId: number
  /** The route's path. */
  readonly path: string
}

export interface Entry extends KeptAnswer {
  readonly user: User
  /** The first instant the clock alone could change the answer. */
  readonly until: number
  /** The count of export task writes it was read at; -1 when it does not read them. */
  readonly exportTasks: number
  /** When it was last sent (a tick of this memo): the least recently sent goes first when the memo is full. */
  used: number
}

/** What a full read started from: the data's generations and the bank's date. */
export interface ReadStamp {
  readonly generation: number
  readonly exportTasks: number
  readonly day: string
}

/** The key of the entry sent longest ago (a scan, on a full read only: the hot path only stamps `used`). */
export const leastRecentlyUsed = (entries: ReadonlyMap<string, Entry>): string => {
  let oldest = ""
  let at = Number.POSITIVE_INFINITY
  for (const [key, entry] of entries) {
    if (entry.used < at) {
      at = entry.used
      oldest = key
    }
  }
  return oldest
}

/** A full read's answer to `path` as kept, stamped `used` now. */
export const keptEntry = (
  path: string,
  bytes: Uint8Array,
  user: User,
  until: number,
  exportTasks: number,
  used: number
): Entry => {
  const headers = answerHeaderRecord(path, bytes.byteLength)
  const rawHeaders = Object.entries(headers).flat()
  const latin1 = bytes.byteLength <= SMALL_ANSWER ? Buffer.from(bytes).toString("latin1") : undefined
  return { bytes, headers, rawHeaders, latin1, userId: user.id, path, user, until, exportTasks, used }
}
