/**
 * The portrait read model of one version: `portraits.<version>.<shard>` holds `{_id: code, z}` with `z` the
 * portrait packed (packed.ts), so a lookup is one _id read in a shard of ~200 portraits (see
 * versionedCollections.ts for why a lookup costs its collection's size). `portraitKeys.<version>` holds the
 * shard count and what the search filters and sorts on, as packed lists of `[code, name, outletCode,
 * branchCode]` of up to 20,000 customers per document: a search reads those few documents, filters and orders
 * in memory as the reference store does, then reads the page's portraits by _id.
 */
import { type PortraitFilter, paginate, type StorageError, type StoredPortrait } from "@wm/core"
import { Effect, Option, Schema } from "effect"
import type { Binary, Db } from "mongodb"
import { byCodeUnits, decodeWith, includesIgnoringCase, normalizeKeyword } from "./documents.js"
import { attempt, storageError } from "./errors.js"
import { pack, unpack } from "./packed.js"
import { maxShards, portraitKeysCollection, portraitsCollection } from "./versionedCollections.js"

interface PortraitDoc {
  _id: string
  /** The portrait (or a list of keys), packed (packed.ts). */
  z: Binary
}

/** In portraitKeys: the version's number of portrait shards. */
interface ShardsDoc {
  _id: "shards"
  n: number
}

type Keys = readonly [code: string, name: string, outletCode: string, branchCode: string]

const keysPerDocument = 20_000

/** A portrait holds nested objects, arrays and nulls; only its identifying fields are checked. */
const StoredPortraitShape = Schema.Struct({
  code: Schema.String,
  name: Schema.String,
  outletCode: Schema.String,
  branchCode: Schema.String,
  portrait: Schema.Object
})

const parsed = (operation: string, text: unknown): Effect.Effect<unknown, StorageError> =>
  Effect.try({
    try: () => unpack(text),
    catch: () => storageError(operation, `${operation}: a stored document is invalid`, false)
  })

const decodePortrait = (doc: PortraitDoc) =>
  Effect.flatMap(parsed("read a portrait", doc.z), (p) =>
    Effect.as(decodeWith(StoredPortraitShape, "read a portrait")(p), p as StoredPortrait)
  )

/** A version's shard count is chosen by its first write: about 200 portraits a shard, at most maxShards. */
const portraitsPerShard = 200

export const makePortraitStore = (db: Db) => {
  const keysOf = (version: number) => db.collection<PortraitDoc | ShardsDoc>(portraitKeysCollection(version))
  /**
   * Shard counts of the versions seen: fixed once written, so they are kept; a lookup that finds nothing checks
   * the stored count again (a reset database reuses version numbers).
   */
  const shardCounts = new Map<number, number>()

  const shardsOf = (version: number) => {
    const known = shardCounts.get(version)
    if (known !== undefined) return Effect.succeed(known)
    return Effect.map(
      attempt("read the portrait shard count", () => keysOf(version).findOne({ _id: "shards" })),
      (doc) => {
        const n = doc !== null && "n" in doc && typeof doc.n === "number" ? doc.n : undefined
        if (n !== undefined) shardCounts.set(version, n)
        return n
      }
    )
  }

  const readKeys = (version: number) =>
    attempt("read the portrait keys", () => keysOf(version).find({}).toArray()).pipe(
      Effect.flatMap((docs) =>
        Effect.forEach(
          docs.filter((doc): doc is PortraitDoc => doc._id !== "shards"),
          (doc) => parsed("read the portrait keys", doc.z)
        )
      ),
      Effect.map((lists) => (lists as Array<Array<Keys>>).flat())
    )

  const lookup = (version: number, code: string, shards: number) =>
    attempt(`find the portrait of ${code}`, () =>
      db.collection<PortraitDoc>(portraitsCollection(version, code, shards)).findOne({ _id: code })
    )

  const readPortrait = (version: number, code: string) =>
    Effect.gen(function* () {
      const shards = yield* shardsOf(version)
      if (shards === undefined) return Option.none()
      let doc = yield* lookup(version, code, shards)
      if (doc === null) {
        // The count kept may be stale (the database was reset or restored): read it again before answering none.
        shardCounts.delete(version)
        const stored = yield* shardsOf(version)
        if (stored !== undefined && stored !== shards) doc = yield* lookup(version, code, stored)
      }
      return doc === null ? Option.none() : Option.some(yield* decodePortrait(doc))
    })

  const writePortraits = (version: number, list: ReadonlyArray<StoredPortrait>) =>
    Effect.gen(function* () {
      const operation = `write portraits of version ${version}`
      // One portrait per code, the last one listed winning, as the reference store fills its map.
      const byCode = new Map(list.map((p) => [p.code, p]))
      // The stored count, never the one kept: another writer may have started this version.
      shardCounts.delete(version)
      const count =
        (yield* shardsOf(version)) ?? Math.min(maxShards, Math.max(1, Math.ceil(byCode.size / portraitsPerShard)))
      const shards = new Map<string, Array<PortraitDoc>>()
      for (const p of byCode.values()) {
        const name = portraitsCollection(version, p.code, count)
        const shard = shards.get(name) ?? []
        shard.push({ _id: p.code, z: pack(p) })
        shards.set(name, shard)
      }
      for (const [name, docs] of shards) {
        const portraits = db.collection<PortraitDoc>(name)
        yield* attempt(operation, async () => {
          // A code written before in this version (a second call) is replaced; each replace is one _id write.
          const failed = await portraits.insertMany(docs, { ordered: false }).then(
            () => [],
            (error: unknown) => {
              const errors = (error as { writeErrors?: ReadonlyArray<{ index: number; code: number }> }).writeErrors
              if (errors === undefined || !errors.every((e) => e.code === 11000)) throw error
              return errors.map((e) => docs[e.index]!)
            }
          )
          for (const doc of failed) await portraits.replaceOne({ _id: doc._id }, { z: doc.z })
        })
      }
      const keys = new Map((yield* readKeys(version)).map((k) => [k[0], k]))
      for (const p of byCode.values()) keys.set(p.code, [p.code, p.name, p.outletCode, p.branchCode])
      const all = [...keys.values()]
      const keyDocs: Array<PortraitDoc | ShardsDoc> = [{ _id: "shards", n: count }]
      for (let n = 0; n * keysPerDocument < all.length; n++) {
        keyDocs.push({ _id: `keys:${n}`, z: pack(all.slice(n * keysPerDocument, (n + 1) * keysPerDocument)) })
      }
      // Written last: a version's portraits are found through its shard count.
      yield* attempt(operation, async () => {
        await keysOf(version).deleteMany({})
        await keysOf(version).insertMany(keyDocs)
      })
    })

  const searchPortraits = (version: number, filter: PortraitFilter, page: { page: number; count: number }) =>
    Effect.gen(function* () {
      const keyword = normalizeKeyword(filter.keyword)
      const matching = (yield* readKeys(version))
        .filter(
          ([code, name, outletCode, branchCode]) =>
            (filter.branchCode === undefined || branchCode === filter.branchCode) &&
            (filter.outletCode === undefined || outletCode === filter.outletCode) &&
            (keyword === undefined || includesIgnoringCase(keyword, code, name))
        )
        .sort((a, b) => byCodeUnits(a[0], b[0]))
      const { total, items } = paginate(matching, page)
      const portraits = yield* Effect.forEach(items, ([code]) => readPortrait(version, code), { concurrency: 8 })
      // A key without its portrait (written by something else) is skipped rather than failing the whole page.
      return { total, items: portraits.flatMap(Option.toArray) }
    })

  return { readPortrait, writePortraits, searchPortraits }
}
