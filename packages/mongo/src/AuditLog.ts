/**
 * AuditLog on MongoDB: one document per event in `auditEvents`, inserted and never updated; the retention purge
 * is the only delete. Ids are the documents' ObjectIds, which increase within a process, so (at, _id) orders
 * events of the same millisecond as they were appended.
 */
import { AuditEvent, type AuditLog, type AuditQuery } from "@wm/core"
import { Effect } from "effect"
import { type Db, type Filter, ObjectId } from "mongodb"
import { Collections } from "./collections.js"
import { decodeAll } from "./documents.js"
import { attempt } from "./errors.js"

type AuditDoc = Omit<AuditEvent, "id"> & { _id: ObjectId }

const filterOf = (q: AuditQuery): Filter<AuditDoc> => ({
  ...((q.from !== undefined || q.to !== undefined) && {
    at: { ...(q.from !== undefined && { $gte: q.from }), ...(q.to !== undefined && { $lte: q.to }) }
  }),
  ...(q.userId !== undefined && { userId: q.userId }),
  ...(q.branchId !== undefined && { branchId: q.branchId }),
  ...(q.kinds !== undefined && q.kinds.length > 0 && { kind: { $in: [...q.kinds] } })
})

const fieldsOf = ({ _id, ...fields }: AuditDoc) => ({ id: _id.toHexString(), ...fields })

export const makeAuditLog = (db: Db): AuditLog["Type"] => {
  const events = db.collection<AuditDoc>(Collections.auditEvents)
  return {
    append: (event) =>
      Effect.suspend(() => {
        const doc: AuditDoc = { _id: new ObjectId(), ...event, details: { ...event.details } }
        return Effect.as(
          attempt("append an audit event", () => events.insertOne(doc)),
          fieldsOf(doc)
        )
      }),
    list: (query, { page, count }) => {
      const filter = filterOf(query)
      return Effect.gen(function* () {
        const [total, docs] = yield* Effect.all([
          attempt("count audit events", () => events.countDocuments(filter)),
          attempt("list audit events", () =>
            events
              .find(filter)
              .sort({ at: -1, _id: -1 })
              .skip((page - 1) * count)
              .limit(count)
              .toArray()
          )
        ])
        return { total, items: yield* decodeAll(AuditEvent, "read an audit event", docs.map(fieldsOf)) }
      })
    },
    purgeBefore: (before) =>
      Effect.map(
        attempt("purge audit events", () => events.deleteMany({ at: { $lt: before } })),
        (r) => r.deletedCount
      )
  }
}
