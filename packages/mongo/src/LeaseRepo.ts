/**
 * Leases on MongoDB: one document per lease in `leases`, `{_id: name, holder, expiresAt: Date}`. Taking a lease is
 * one conditional upsert: it matches when the lease is expired or already the caller's; otherwise the upsert's
 * insert collides with the existing _id, so of several instances trying at once exactly one succeeds, without a
 * transaction. Used by every app instance on the database (UpdateService's update lease, export task claims).
 */
import type { Lease, Leases } from "@wm/core"
import { Effect, Option } from "effect"
import type { Db } from "mongodb"
import { Collections } from "./collections.js"
import { attempt, isDuplicateKey } from "./errors.js"

interface LeaseDoc {
  _id: string
  holder: string
  expiresAt: Date
}

export const makeLeases = (db: Db): Leases["Type"] => {
  const leases = db.collection<LeaseDoc>(Collections.leases)
  return {
    acquire: (name, holder, now, ttlMs) =>
      attempt(`take the lease ${name}`, () =>
        leases
          .updateOne(
            { _id: name, $or: [{ expiresAt: { $lte: new Date(now) } }, { holder }] },
            { $set: { holder, expiresAt: new Date(now + ttlMs) } },
            { upsert: true }
          )
          .then(
            () => true,
            (error: unknown) => (isDuplicateKey(error) ? false : Promise.reject(error))
          )
      ),
    renew: (name, holder, now, ttlMs) =>
      Effect.map(
        attempt(`renew the lease ${name}`, () =>
          leases.updateOne({ _id: name, holder }, { $set: { expiresAt: new Date(now + ttlMs) } })
        ),
        (result) => result.matchedCount === 1
      ),
    release: (name, holder) =>
      Effect.asVoid(attempt(`release the lease ${name}`, () => leases.deleteOne({ _id: name, holder }))),
    find: (name) =>
      Effect.map(
        attempt(`read the lease ${name}`, () => leases.findOne({ _id: name })),
        (doc) =>
          Option.map(
            Option.fromNullable(doc),
            (d): Lease => ({ name, holder: d.holder, expiresAt: d.expiresAt.getTime() })
          )
      )
  }
}
