/**
 * MarketingRepo on MongoDB: one document per marketing record in `marketingRecords`, keyed by the record id as _id
 * (unique on every server), with indexes for a customer's list and for periods, created on first use.
 */
import { type MarketingRecord, type MarketingRepo, MarketingType } from "@wm/core"
import { Effect, Schema } from "effect"
import type { Db, Filter } from "mongodb"
import { decodeAll, decodeOption } from "./documents.js"
import { attempt, attemptUnique } from "./errors.js"

export const MARKETING_COLLECTION = "marketingRecords"

type MarketingDoc = Omit<MarketingRecord, "id"> & { _id: string }

const Record = Schema.Struct({
  id: Schema.String,
  companyCode: Schema.String,
  type: MarketingType,
  remark: Schema.String,
  createTime: Schema.Number,
  authorId: Schema.Number,
  authorName: Schema.String,
  createdAt: Schema.Number,
  updatedAt: Schema.Number,
  updatedBy: Schema.Number
})

const fieldsOf = ({ _id, ...fields }: MarketingDoc) => ({ id: _id, ...fields })
const docOf = ({ id, ...fields }: MarketingRecord): MarketingDoc => ({ _id: id, ...fields })

export const makeMarketingRepo = (db: Db): MarketingRepo["Type"] => {
  const records = db.collection<MarketingDoc>(MARKETING_COLLECTION)
  let indexed: Promise<unknown> | undefined
  const ready = () => {
    indexed ??= records
      .createIndexes([
        { key: { companyCode: 1, createTime: -1 }, name: "by_company" },
        { key: { createTime: 1 }, name: "by_time" }
      ])
      .catch((error: unknown) => {
        indexed = undefined
        throw error
      })
    return indexed
  }
  return {
    insert: (record) =>
      attemptUnique(`insert marketing record ${record.id}`, `marketing record ${record.id} exists`, async () => {
        await ready()
        await records.insertOne(docOf(record))
      }),
    find: (id) =>
      Effect.flatMap(
        attempt(`find marketing record ${id}`, () => records.findOne({ _id: id })),
        decodeOption(Record, "read a marketing record", fieldsOf)
      ),
    update: (record) =>
      Effect.asVoid(
        attempt(`update marketing record ${record.id}`, () => {
          const { _id, ...fields } = docOf(record)
          return records.replaceOne({ _id }, fields)
        })
      ),
    delete: (id) => Effect.asVoid(attempt(`delete marketing record ${id}`, () => records.deleteOne({ _id: id }))),
    listByCompany: ({ companyCode, authorId }, { page, count }) =>
      Effect.gen(function* () {
        const filter: Filter<MarketingDoc> = authorId === undefined ? { companyCode } : { companyCode, authorId }
        const [total, docs] = yield* attempt(`list marketing records of ${companyCode}`, async () => {
          await ready()
          return Promise.all([
            records.countDocuments(filter),
            records
              .find(filter)
              .sort({ createTime: -1, _id: -1 })
              .skip((page - 1) * count)
              .limit(count)
              .toArray()
          ])
        })
        return { total, items: yield* decodeAll(Record, "read a marketing record", docs.map(fieldsOf)) }
      }),
    between: (from, to) =>
      Effect.flatMap(
        attempt("list marketing records of a period", async () => {
          await ready()
          return records
            .find({ createTime: { $gte: from, $lte: to } })
            .sort({ createTime: 1, _id: 1 })
            .toArray()
        }),
        (docs) => decodeAll(Record, "read a marketing record", docs.map(fieldsOf))
      )
  }
}
