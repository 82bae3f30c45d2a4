/**
 * Numeric ids. Core's ids are small positive integers (the API shows them), so they come from a per-sequence
 * counter document bumped with findOneAndUpdate + $inc, which the server applies atomically: every
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
    const bump = () => counters.findOneAndUpdate({ _id: sequence }, { $inc: { seq: 1 } }, { returnDocument: "after" })
    let doc = await bump()
    if (doc === null) {
      // The first id of the sequence: the counter is inserted at 0 (a racing instance's insert wins the same way),
      // then bumped like any other time. An upsert carrying the $inc is not used: racing first upserts have been
      // seen to hand out one number twice on a MongoDB-compatible server.
      await counters.insertOne({ _id: sequence, seq: 0 }).catch((error: unknown) => {
        if (!isDuplicateKey(error)) throw error
      })
      doc = await bump()
    }
    if (doc === null) throw new Error(`counter ${sequence} was not found after it was created`)
    return doc.seq
  })
