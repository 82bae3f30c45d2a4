/**
 * ContactRepo on MongoDB: one document per customer in `contactEdits`, keyed by the customer code as _id, so a
 * lookup is by the primary key and a new edit replaces the previous one in one write. The collection is apart
 * from `companies`, whose snapshots every customer upload replaces.
 */
import type { ContactRepo } from "@wm/core"
import { Effect, Schema } from "effect"
import type { Db } from "mongodb"
import { decodeOption } from "./documents.js"
import { attempt } from "./errors.js"

/** The collection; no index beyond _id is needed. */
export const CONTACT_EDITS_COLLECTION = "contactEdits"

interface ContactEditDoc {
  _id: string
  linkman: string
  contact: string
  uploadedLinkman: string
  uploadedContact: string
  updatedAt: number
  updatedBy: number | null
}

const ContactOverride = Schema.Struct({
  companyCode: Schema.String,
  linkman: Schema.String,
  contact: Schema.String,
  uploadedLinkman: Schema.String,
  uploadedContact: Schema.String,
  updatedAt: Schema.Number,
  updatedBy: Schema.NullOr(Schema.Number)
})

export const makeContactRepo = (db: Db): ContactRepo["Type"] => {
  const edits = db.collection<ContactEditDoc>(CONTACT_EDITS_COLLECTION)
  return {
    find: (companyCode) =>
      Effect.flatMap(
        attempt(`find the contact edit of ${companyCode}`, () => edits.findOne({ _id: companyCode })),
        decodeOption(ContactOverride, "read a contact edit", ({ _id, ...fields }: ContactEditDoc) => ({
          companyCode: _id,
          ...fields
        }))
      ),
    save: ({ companyCode, ...fields }) =>
      Effect.asVoid(
        attempt(`save the contact edit of ${companyCode}`, () =>
          edits.replaceOne({ _id: companyCode }, fields, { upsert: true })
        )
      )
  }
}
