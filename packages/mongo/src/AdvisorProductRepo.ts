/**
 * AdvisorProductRepo on MongoDB: one document per advisor-zone product in `advisorProducts`, the product id as _id
 * and a unique index on `code`, so the code rule holds even between two processes writing at once.
 */
import {
  AdvisorProduct,
  type AdvisorProductRepo,
  Conflict,
  codeTaken,
  NotFound,
  type AdvisorProduct as Product
} from "@wm/core"
import { Effect } from "effect"
import type { Db } from "mongodb"
import { Collections } from "./collections.js"
import { decodeAll, decodeOption } from "./documents.js"
import { attempt, attemptUnique } from "./errors.js"

type ProductDoc = Omit<Product, "id"> & { _id: string }

/** JSON-safe fields only: the driver would store an undefined field as null. */
const docOf = ({ id, ...fields }: Product): ProductDoc => ({ _id: id, ...JSON.parse(JSON.stringify(fields)) })
const fieldsOf = ({ _id, ...fields }: ProductDoc) => ({ id: _id, ...fields })

export const makeAdvisorProductRepo = (db: Db): AdvisorProductRepo["Type"] => {
  const products = db.collection<ProductDoc>(Collections.advisorProducts)
  const read = decodeOption(AdvisorProduct, "read an advisor product", fieldsOf)
  return {
    find: (id) =>
      Effect.flatMap(
        attempt(`find advisor product ${id}`, () => products.findOne({ _id: id })),
        read
      ),
    findByCode: (code) =>
      Effect.flatMap(
        attempt(`find advisor product with code ${code}`, () => products.findOne({ code })),
        read
      ),
    insert: (product) =>
      Effect.asVoid(
        attemptUnique(`insert advisor product ${product.id}`, codeTaken(product.code), () =>
          products.insertOne(docOf(product))
        )
      ),
    replace: (product) =>
      Effect.flatMap(
        // FerretDB v1 reports a unique-index violation of a replace as a plain write error, not a duplicate key:
        // look for another product with the code first (the index still guards against a race on MongoDB).
        attempt(`check the code of advisor product ${product.id}`, () =>
          products.findOne({ code: product.code, _id: { $ne: product.id } }, { projection: { _id: 1 } })
        ),
        (other) => (other === null ? Effect.void : Effect.fail(new Conflict({ reason: codeTaken(product.code) })))
      ).pipe(
        Effect.zipRight(
          attemptUnique(`replace advisor product ${product.id}`, codeTaken(product.code), () => {
            const { _id, ...fields } = docOf(product)
            return products.replaceOne({ _id }, fields)
          })
        ),
        Effect.flatMap((result) =>
          result.matchedCount === 0
            ? Effect.fail(new NotFound({ entity: "advisor product", key: product.id }))
            : Effect.void
        )
      ),
    page: (offset, limit) =>
      Effect.gen(function* () {
        const total = yield* attempt("count advisor products", () => products.countDocuments({}))
        const docs = yield* attempt("page advisor products", () =>
          products.find({}).sort({ createAt: -1, _id: 1 }).skip(offset).limit(limit).toArray()
        )
        return { total, items: yield* decodeAll(AdvisorProduct, "read advisor products", docs.map(fieldsOf)) }
      })
  }
}
