/**
 * ThrottleStore on MongoDB: one small document per key in `signInThrottle`, `{_id: key, count, lastAt,
 * blockedUntil, expiresAt: Date}`, removed by a TTL index on `expiresAt` once its window passed (reads ignore an
 * expired document the TTL monitor has not removed yet). Counting is an `$inc` the server applies atomically, so
 * failures on several instances at once are all counted; a stale count is first restarted by a conditional update.
 */
import type { ThrottleEntry, ThrottleStore } from "@wm/core"
import { Effect } from "effect"
import type { Db } from "mongodb"
import { Collections } from "./collections.js"
import { attempt, isDuplicateKey } from "./errors.js"

interface ThrottleDoc {
  _id: string
  count: number
  lastAt: number
  blockedUntil: number
  expiresAt: Date
}

const entryOf = (doc: ThrottleDoc): ThrottleEntry => ({
  count: doc.count,
  lastAt: doc.lastAt,
  blockedUntil: doc.blockedUntil
})

export const makeThrottleStore = (db: Db): ThrottleStore["Type"] => {
  const entries = db.collection<ThrottleDoc>(Collections.signInThrottle)
  /** An upsert racing another's first insert of the key: the loser's insert collides, and its retry updates. */
  const upsert = <A>(run: () => Promise<A>) =>
    run().catch((error: unknown) => (isDuplicateKey(error) ? run() : Promise.reject(error)))

  return {
    read: (keys, now) =>
      attempt("read the sign-in throttle", async () => {
        const docs = await entries.find({ _id: { $in: [...keys] } }).toArray()
        const byKey = new Map(docs.map((d) => [d._id, d]))
        return keys.map((key) => {
          const doc = byKey.get(key)
          return doc === undefined || doc.expiresAt.getTime() <= now ? undefined : entryOf(doc)
        })
      }),

    hit: (key, now, windowMs) =>
      attempt("count a sign-in failure", async () => {
        // A window that passed (or an expired document) starts the count again.
        await entries.updateOne(
          { _id: key, $or: [{ lastAt: { $lte: now - windowMs } }, { expiresAt: { $lte: new Date(now) } }] },
          { $set: { count: 0, blockedUntil: 0 } }
        )
        // The key's document first, by a plain insert (a racing insert fails on the key and changes nothing),
        // then the count: an upsert that carries the $inc can lose hits when first inserts race on some servers.
        const increment = () =>
          entries.findOneAndUpdate(
            { _id: key },
            { $inc: { count: 1 }, $max: { lastAt: now, expiresAt: new Date(now + windowMs) } },
            { returnDocument: "after" }
          )
        let doc: ThrottleDoc | null = null
        for (let round = 0; doc === null && round < 3; round++) {
          await entries
            .insertOne({ _id: key, count: 0, lastAt: now, blockedUntil: 0, expiresAt: new Date(now + windowMs) })
            .catch((error: unknown) => (isDuplicateKey(error) ? undefined : Promise.reject(error)))
          // Null only when the entry expired and was removed in between: insert it again.
          doc = await increment()
        }
        if (doc === null) throw new Error(`throttle entry ${key} vanished three times while it was counted`)
        return entryOf(doc)
      }),

    block: (key, until) =>
      attempt("block a sign-in address", () =>
        upsert(() =>
          entries.updateOne(
            { _id: key },
            { $max: { blockedUntil: until, expiresAt: new Date(until) }, $setOnInsert: { count: 0, lastAt: 0 } },
            { upsert: true }
          )
        ).then(() => undefined)
      ),

    clear: (key) => Effect.asVoid(attempt("clear a sign-in throttle entry", () => entries.deleteOne({ _id: key })))
  }
}
