/**
 * Numeric ids. Core's ids are small positive integers (the API shows them), so they come from a per-sequence
 * counter document bumped with findOneAndUpdate + $inc (upsert), which the server applies atomically: every
 * instance on the database gets distinct numbers. An id whose record then fails to insert (e.g. a duplicate code)
 * is never reused: ids need not be dense.
 */
import type { Db } from "mongodb"
import { Collections } from "./collections.js"
import { attempt, isDuplicateKey } from "./errors.js"

export type Sequence = "branch" | "outlet" | "user" | "companies-snapshot" | "dataset-version" | "staged-file"

interface CounterDoc {
  _id: Sequence
  seq: number
}

export const nextId = (db: Db, sequence: Sequence) =>
  attempt(`allocate the next ${sequence} id`, async () => {
    const counters = db.collection<CounterDoc>(Collections.counters)
    const bump = () =>
      counters.findOneAndUpdate({ _id: sequence }, { $inc: { seq: 1 } }, { upsert: true, returnDocument: "after" })
    // Two first-ever bumps may both try to insert the counter: the loser sees a duplicate key and bumps again.
    const doc = await bump().catch((error: unknown) => (isDuplicateKey(error) ? bump() : Promise.reject(error)))
    if (doc === null) throw new Error(`counter ${sequence} was not returned after an upsert`)
    return doc.seq
  })
