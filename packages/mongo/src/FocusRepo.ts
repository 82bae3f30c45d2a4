/**
 * FocusRepo on MongoDB: one document per (user, customer) in `focusLists`, keyed `<userId>:<code>` as _id, so a
 * second add is a duplicate key (ignored: the first time stays) and a remove is one delete by _id.
 */
import type { FocusEntry, FocusRepo } from "@wm/core"
import { Effect, Schema } from "effect"
import type { Db } from "mongodb"
import { decodeAll } from "./documents.js"
import { attempt, isDuplicateKey } from "./errors.js"

export const FOCUS_COLLECTION = "focusLists"

type FocusDoc = FocusEntry & { _id: string }

const Entry = Schema.Struct({ userId: Schema.Number, companyCode: Schema.String, createdAt: Schema.Number })

const keyOf = (userId: number, companyCode: string) => `${userId}:${companyCode}`

export const makeFocusRepo = (db: Db): FocusRepo["Type"] => {
  const focus = db.collection<FocusDoc>(FOCUS_COLLECTION)
  return {
    add: ({ userId, companyCode, createdAt }) =>
      Effect.asVoid(
        attempt(`add ${companyCode} to the focus list of ${userId}`, () =>
          focus
            .insertOne({ _id: keyOf(userId, companyCode), userId, companyCode, createdAt })
            .catch((error: unknown) => (isDuplicateKey(error) ? undefined : Promise.reject(error)))
        )
      ),
    remove: (userId, companyCode) =>
      Effect.asVoid(
        attempt(`remove ${companyCode} from the focus list of ${userId}`, () =>
          focus.deleteOne({ _id: keyOf(userId, companyCode) })
        )
      ),
    list: (userId) =>
      Effect.flatMap(
        attempt(`read the focus list of ${userId}`, () =>
          focus.find({ userId }).sort({ createdAt: -1, companyCode: 1 }).toArray()
        ),
        (docs) =>
          decodeAll(
            Entry,
            "read a focus entry",
            docs.map(({ _id, ...fields }) => fields)
          )
      )
  }
}
