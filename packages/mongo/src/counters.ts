/**
 * Numeric ids. Core's ids are small positive integers (the API shows them), so they come from a per-sequence
 * counter document bumped with findOneAndUpdate + $inc (upsert).
 *
 * On MongoDB that bump is atomic. On FerretDB v1 it is not: concurrent $inc on one document lose updates and
 * hand out the same number twice. So each number is then claimed by inserting `<sequence>:<n>` into `idClaims`,
 * whose unique _id every server enforces atomically; a number someone else claimed is skipped. On MongoDB the
 * claim always succeeds at the first try, at the cost of one small insert per new record.
 * An id whose record then fails to insert (e.g. a duplicate code) is never reused: ids need not be dense.
 */
import type { Db } from "mongodb"
import { Collections } from "./collections.js"
import { attempt, isDuplicateKey } from "./errors.js"

export type Sequence = "branch" | "outlet" | "user" | "companies-snapshot" | "dataset-version"

interface CounterDoc {
  _id: Sequence
  seq: number
}

interface ClaimDoc {
  _id: string
}

/** More collisions than this in a row mean something else is wrong; fail rather than spin. */
const maxAttempts = 100

const orRetryOnDuplicate = <A>(run: () => Promise<A>, retry: () => Promise<A>) =>
  run().catch((error: unknown) => (isDuplicateKey(error) ? retry() : Promise.reject(error)))

export const nextId = (db: Db, sequence: Sequence) =>
  attempt(`allocate the next ${sequence} id`, async () => {
    const counters = db.collection<CounterDoc>(Collections.counters)
    const claims = db.collection<ClaimDoc>(Collections.idClaims)
    const bump = () =>
      counters.findOneAndUpdate({ _id: sequence }, { $inc: { seq: 1 } }, { upsert: true, returnDocument: "after" })
    for (let i = 0; i < maxAttempts; i++) {
      // Two first-ever bumps may both try to insert the counter: the loser sees a duplicate key and bumps again.
      const doc = await orRetryOnDuplicate(bump, bump)
      if (doc === null) throw new Error(`counter ${sequence} was not returned after an upsert`)
      const claimed = await orRetryOnDuplicate(
        () => claims.insertOne({ _id: `${sequence}:${doc.seq}` }).then(() => true),
        async () => false
      )
      if (claimed) return doc.seq
    }
    throw new Error(`could not claim a fresh ${sequence} id in ${maxAttempts} attempts`)
  })
