/**
 * The portrait read model of one version: `portraits.v<version>` holds one document per customer, `_id` its code,
 * then the fields of StoredPortrait as they are (name, outletCode, branchCode, linkman, …, and the nested
 * `portrait` and `preference` objects), so a portrait is one _id lookup and mongosh shows it as it is served.
 * Searches filter on the branch or outlet index and a keyword, ordered by code (_id), one page fetched.
 */
import type { PortraitFilter, StoredPortrait } from "@wm/core"
import { Effect, Schema } from "effect"
import type { Db, Filter } from "mongodb"
import { containsIgnoringCase, decodeWith, normalizeKeyword } from "./documents.js"
import { attempt } from "./errors.js"
import { createWithIndexes, portraitIndexes, portraitsCollection } from "./versionedCollections.js"

type PortraitDoc = { _id: string } & Omit<StoredPortrait, "code">

/** A portrait holds nested objects, arrays and nulls; only its identifying fields are checked. */
const StoredPortraitShape = Schema.Struct({
  code: Schema.String,
  name: Schema.String,
  outletCode: Schema.String,
  branchCode: Schema.String,
  portrait: Schema.Object
})

const WRITE_CHUNK = 2_000

const toDoc = ({ code, ...fields }: StoredPortrait): PortraitDoc => ({ _id: code, ...fields })

const decodePortrait = (operation: string) => (doc: PortraitDoc) => {
  const { _id, ...fields } = doc
  const portrait = { code: _id, ...fields }
  return Effect.as(decodeWith(StoredPortraitShape, operation)(portrait), portrait as unknown as StoredPortrait)
}

export const makePortraitStore = (db: Db) => {
  const portraitsOf = (version: number) => db.collection<PortraitDoc>(portraitsCollection(version))

  const readPortrait = (version: number, code: string) =>
    Effect.flatMap(
      attempt(`find the portrait of ${code}`, () => portraitsOf(version).findOne({ _id: code })),
      (doc) => (doc === null ? Effect.succeedNone : Effect.asSome(decodePortrait("read a portrait")(doc)))
    )

  const writePortraits = (version: number, list: ReadonlyArray<StoredPortrait>) =>
    attempt(`write portraits of version ${version}`, async () => {
      if (list.length === 0) return
      // One portrait per code, the last one listed winning, as the reference store fills its map.
      const docs = [...new Map(list.map((p) => [p.code, toDoc(p)])).values()]
      await createWithIndexes(db, portraitsCollection(version), portraitIndexes)
      const portraits = portraitsOf(version)
      for (let from = 0; from < docs.length; from += WRITE_CHUNK) {
        const chunk = docs.slice(from, from + WRITE_CHUNK)
        // A code written before in this version (a second call) is replaced by its _id.
        const replaced = await portraits.insertMany(chunk, { ordered: false, ignoreUndefined: true }).then(
          () => [],
          (error: unknown) => {
            const errors = (error as { writeErrors?: ReadonlyArray<{ index: number; code: number }> }).writeErrors
            if (errors === undefined || !errors.every((e) => e.code === 11000)) throw error
            return errors.map((e) => chunk[e.index]!)
          }
        )
        for (const doc of replaced) await portraits.replaceOne({ _id: doc._id }, doc, { ignoreUndefined: true })
      }
    })

  const searchPortraits = (version: number, filter: PortraitFilter, page: { page: number; count: number }) =>
    Effect.gen(function* () {
      const operation = "search portraits"
      const keyword = normalizeKeyword(filter.keyword)
      const query: Filter<PortraitDoc> = {
        ...(filter.branchCode !== undefined && { branchCode: filter.branchCode }),
        ...(filter.outletCode !== undefined && { outletCode: filter.outletCode }),
        ...(keyword !== undefined && {
          $or: [{ _id: containsIgnoringCase(keyword) }, { name: containsIgnoringCase(keyword) }]
        })
      }
      const portraits = portraitsOf(version)
      const [total, docs] = yield* attempt(operation, () =>
        Promise.all([
          portraits.countDocuments(query),
          portraits
            .find(query)
            .sort({ _id: 1 })
            .skip((page.page - 1) * page.count)
            .limit(page.count)
            .toArray()
        ])
      )
      return { total, items: yield* Effect.forEach(docs, decodePortrait(operation)) }
    })

  return { readPortrait, writePortraits, searchPortraits }
}
