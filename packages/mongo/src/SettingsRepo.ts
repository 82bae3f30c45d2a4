/**
 * SettingsRepo on MongoDB: one document per setting in the `settings` collection, replaced in one write (an upsert
 * by _id), so readers see the previous window or the new one, never a mix.
 */
import type { SettingsRepo } from "@wm/core"
import { Effect, Schema } from "effect"
import type { Db } from "mongodb"
import { decodeOption } from "./documents.js"
import { attempt } from "./errors.js"

/** The collection; no index beyond _id is needed (one document per setting). */
export const SETTINGS_COLLECTION = "settings"

interface WarningWindowDoc {
  _id: "warningWindow"
  start: number
  end: number
  updatedAt: number
  updatedBy: number | null
}

const StoredWarningWindow = Schema.Struct({
  start: Schema.Int,
  end: Schema.Int,
  updatedAt: Schema.Number,
  updatedBy: Schema.NullOr(Schema.Number)
})

export const makeSettingsRepo = (db: Db): SettingsRepo["Type"] => {
  const settings = db.collection<WarningWindowDoc>(SETTINGS_COLLECTION)
  return {
    warningWindow: () =>
      Effect.flatMap(
        attempt("read the warning window", () => settings.findOne({ _id: "warningWindow" })),
        decodeOption(StoredWarningWindow, "read the warning window", ({ _id, ...fields }: WarningWindowDoc) => fields)
      ),
    saveWarningWindow: ({ start, end, updatedAt, updatedBy }) =>
      Effect.asVoid(
        attempt("save the warning window", () =>
          settings.replaceOne({ _id: "warningWindow" }, { start, end, updatedAt, updatedBy }, { upsert: true })
        )
      )
  }
}
