/**
 * CompanyRepo on MongoDB. A customer upload replaces every customer, and readers must never see half of it
 * (DOMAIN.md §2). Without a multi-document transaction the switch is made atomic with snapshot generations: the
 * new customers are written to a collection of their own, `companies.g<generation>` (one document per customer,
 * `_id` its code, indexed by outlet), then one single-document write in `snapshots` makes it current. Reads follow
 * the current generation; the one it replaced stays readable until the next replacement drops it, so a reader
 * that looked up the generation just before the switch still finds complete data. Old generations are dropped,
 * never deleted document by document.
 */
import { Company, type CompanyRepo } from "@wm/core"
import { Effect } from "effect"
import type { Db } from "mongodb"
import { Collections } from "./collections.js"
import { nextId } from "./counters.js"
import { byCodeUnits, decodeAll, decodeOption } from "./documents.js"
import { attempt, isDuplicateKey, storageError } from "./errors.js"
import { dropAll } from "./versionedCollections.js"

interface CompanyDoc {
  _id: string
  name: string
  outletCode: string
  linkman: string
  contact: string
  riskRating: string | null
  listedCompanyId: string | null
}

interface SnapshotDoc {
  _id: "companies"
  generation: number
}

const toDoc = (c: Company): CompanyDoc => ({
  _id: c.code,
  name: c.name,
  outletCode: c.outletCode,
  linkman: c.linkman,
  contact: c.contact,
  riskRating: c.riskRating,
  listedCompanyId: c.listedCompanyId
})

const fieldsOf = ({ _id, ...fields }: CompanyDoc) => ({ code: _id, ...fields })

const generationName = (generation: number) => `companies.g${generation}`
const generationOf = (name: string) => {
  const found = /^companies\.g(\d+)$/.exec(name)
  return found === null ? undefined : Number(found[1])
}

const WRITE_CHUNK = 10_000

export const makeCompanyRepo = (db: Db): CompanyRepo["Type"] => {
  const snapshots = db.collection<SnapshotDoc>(Collections.snapshots)
  const companiesOf = (generation: number) => db.collection<CompanyDoc>(generationName(generation))

  /** 0 until the first upload: no customer is ever stored under it. */
  const current = Effect.map(
    attempt("read the current customer snapshot", () => snapshots.findOne({ _id: "companies" })),
    (doc) => doc?.generation ?? 0
  )

  /**
   * Makes `next` current only if `previous` still is: a concurrent replacement that switched first shows as a
   * duplicate key of the upsert (the filter no longer matches, and _id "companies" exists).
   */
  const switchTo = (previous: number, next: number) =>
    attempt("switch to the new customer snapshot", () =>
      snapshots
        .updateOne({ _id: "companies", generation: previous }, { $set: { generation: next } }, { upsert: true })
        .then(
          () => true,
          (error: unknown) => (isDuplicateKey(error) ? false : Promise.reject(error))
        )
    )

  /** Generations below `keep` (replaced, or abandoned before their switch). Those above may be being written. */
  const dropBelow = (keep: number, operation: string) =>
    Effect.flatMap(
      attempt(operation, () =>
        db.listCollections({ name: { $regex: "^companies\\.g\\d+$" } }, { nameOnly: true }).toArray()
      ),
      (all) =>
        dropAll(
          db,
          operation,
          all.filter((c) => (generationOf(c.name) ?? keep) < keep)
        )
    )

  return {
    countByOutlet: (outletCode) =>
      Effect.flatMap(current, (generation) =>
        attempt(`count the customers of outlet ${outletCode}`, () =>
          companiesOf(generation).countDocuments({ outletCode })
        )
      ),
    moveOutlet: (from, to) =>
      Effect.flatMap(current, (generation) =>
        attempt(`move the customers of outlet ${from}`, () =>
          companiesOf(generation).updateMany({ outletCode: from }, { $set: { outletCode: to } })
        )
      ).pipe(Effect.map((result) => result.matchedCount)),
    list: () =>
      Effect.flatMap(current, (generation) =>
        attempt("list the customers", () => companiesOf(generation).find({}).sort({ _id: 1 }).toArray())
      ).pipe(
        // Sorted again here: the port's order is by UTF-16 code units, which a server's UTF-8 byte order only
        // matches for characters below U+E000 (customer codes may hold any non-space character).
        Effect.flatMap((docs) => decodeAll(Company, "read a customer", docs.map(fieldsOf))),
        Effect.map((list) => list.sort((a, b) => byCodeUnits(a.code, b.code)))
      ),
    findByCode: (code) =>
      Effect.flatMap(current, (generation) =>
        Effect.flatMap(
          attempt(`find customer ${code}`, () => companiesOf(generation).findOne({ _id: code })),
          decodeOption(Company, "read a customer", fieldsOf)
        )
      ),
    replaceAll: (list) =>
      Effect.gen(function* () {
        const operation = "write the customer snapshot"
        const previous = yield* current
        yield* dropBelow(previous, "drop old customer snapshots")
        const generation = yield* nextId(db, "companies-snapshot")
        // One customer per code, the last one listed winning, as when the reference store fills its map.
        const docs = [...new Map(list.map((c) => [c.code, toDoc(c)])).values()]
        yield* attempt(operation, async () => {
          await companiesOf(generation).createIndexes([{ key: { outletCode: 1 }, name: "outletCode" }])
          for (let from = 0; from < docs.length; from += WRITE_CHUNK) {
            await companiesOf(generation).insertMany(docs.slice(from, from + WRITE_CHUNK), { ordered: false })
          }
        })
        if (!(yield* switchTo(previous, generation))) {
          yield* dropAll(db, "drop an abandoned customer snapshot", [{ name: generationName(generation) }])
          const reason = "another customer upload replaced the customers at the same time; nothing was changed"
          return yield* storageError("replace all customers", reason, false)
        }
      })
  }
}
