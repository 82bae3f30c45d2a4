/**
 * CompanyRepo on MongoDB. A customer upload replaces every customer, and readers must never see half of it
 * (DOMAIN.md §2). Without transactions, and with FerretDB v1 refusing renameCollection's dropTarget, the switch
 * is made atomic with snapshot generations: the new snapshot is written under a fresh generation number, then one
 * single-document write makes it current. Reads follow the current generation; the one it replaced stays
 * readable until the next replacement deletes it, so a reader that looked up the generation just before the
 * switch still finds complete data, and a snapshot abandoned half-written is never current.
 */
import { Company, type CompanyRepo } from "@wm/core"
import { Effect } from "effect"
import type { Db } from "mongodb"
import { Collections } from "./collections.js"
import { nextId } from "./counters.js"
import { byCodeUnits, decodeAll, decodeOption } from "./documents.js"
import { attempt, isDuplicateKey, storageError } from "./errors.js"

interface CompanyDoc {
  generation: number
  code: string
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

const toDoc = (generation: number, c: Company): CompanyDoc => ({
  generation,
  code: c.code,
  name: c.name,
  outletCode: c.outletCode,
  linkman: c.linkman,
  contact: c.contact,
  riskRating: c.riskRating,
  listedCompanyId: c.listedCompanyId
})

const fieldsOf = ({ code, name, outletCode, linkman, contact, riskRating, listedCompanyId }: CompanyDoc) => ({
  code,
  name,
  outletCode,
  linkman,
  contact,
  riskRating,
  listedCompanyId
})

export const makeCompanyRepo = (db: Db): CompanyRepo["Type"] => {
  const companies = db.collection<CompanyDoc>(Collections.companies)
  const snapshots = db.collection<SnapshotDoc>(Collections.snapshots)

  /** 0 until the first upload: no customer is ever stored under it. */
  const current = Effect.map(
    attempt("read the current customer snapshot", () => snapshots.findOne({ _id: "companies" })),
    (doc) => doc?.generation ?? 0
  )

  /**
   * Makes `next` current only if `previous` still is: on MongoDB a concurrent replacement that switched first
   * shows as a duplicate key of the upsert. FerretDB v1 does not run this check-and-set atomically, so there two
   * racing replacements may both succeed; either way the current generation is one complete snapshot.
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

  return {
    countByOutlet: (outletCode) =>
      Effect.flatMap(current, (generation) =>
        attempt(`count the customers of outlet ${outletCode}`, () =>
          companies.countDocuments({ generation, outletCode })
        )
      ),
    moveOutlet: (from, to) =>
      Effect.flatMap(current, (generation) =>
        attempt(`move the customers of outlet ${from}`, () =>
          companies.updateMany({ generation, outletCode: from }, { $set: { outletCode: to } })
        )
      ).pipe(Effect.map((result) => result.matchedCount)),
    list: () =>
      Effect.flatMap(current, (generation) =>
        attempt("list the customers", () => companies.find({ generation }).sort({ code: 1 }).toArray())
      ).pipe(
        // Sorted again here: the port's order is by UTF-16 code units, which a server's UTF-8 byte order only
        // matches for characters below U+E000 (customer codes may hold any non-space character).
        Effect.flatMap((docs) => decodeAll(Company, "read a customer", docs.map(fieldsOf))),
        Effect.map((list) => list.sort((a, b) => byCodeUnits(a.code, b.code)))
      ),
    findByCode: (code) =>
      Effect.flatMap(current, (generation) =>
        Effect.flatMap(
          attempt(`find customer ${code}`, () => companies.findOne({ generation, code })),
          decodeOption(Company, "read a customer", fieldsOf)
        )
      ),
    replaceAll: (list) =>
      Effect.gen(function* () {
        const previous = yield* current
        // Older generations: the one `previous` replaced, and any snapshot abandoned before its switch.
        yield* attempt("delete old customer snapshots", () => companies.deleteMany({ generation: { $lt: previous } }))
        const generation = yield* nextId(db, "companies-snapshot")
        // One customer per code, the last one listed winning, as when the reference store fills its map.
        const docs = [...new Map(list.map((c) => [c.code, toDoc(generation, c)])).values()]
        if (docs.length > 0) yield* attempt("write the customer snapshot", () => companies.insertMany(docs))
        if (!(yield* switchTo(previous, generation))) {
          yield* attempt("delete an abandoned customer snapshot", () => companies.deleteMany({ generation }))
          const reason = "another customer upload replaced the customers at the same time; nothing was changed"
          return yield* storageError("replace all customers", reason, false)
        }
      })
  }
}
