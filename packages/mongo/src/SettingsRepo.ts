/**
 * SettingsRepo on MongoDB: one document per setting in the `settings` collection (`warningWindow`, `analysis`),
 * each replaced in one write (an upsert by _id), so readers see the previous value or the new one, never a mix.
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

interface AnalysisDoc {
  _id: "analysis"
  analysisDate: string | null
  lowThreshold: number
  mediumThreshold: number
  ourBankCodes: Array<string>
  updatedAt: number
  updatedBy: number | null
}

const StoredAnalysisSettings = Schema.Struct({
  analysisDate: Schema.NullOr(Schema.String),
  lowThreshold: Schema.Number,
  mediumThreshold: Schema.Number,
  ourBankCodes: Schema.Array(Schema.String),
  updatedAt: Schema.Number,
  updatedBy: Schema.NullOr(Schema.Number)
})

const StoredWarningWindow = Schema.Struct({
  start: Schema.Int,
  end: Schema.Int,
  updatedAt: Schema.Number,
  updatedBy: Schema.NullOr(Schema.Number)
})

export const makeSettingsRepo = (db: Db): SettingsRepo["Type"] => {
  const settings = db.collection<WarningWindowDoc>(SETTINGS_COLLECTION)
  const analysis = db.collection<AnalysisDoc>(SETTINGS_COLLECTION)
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
      ),
    analysisSettings: () =>
      Effect.flatMap(
        attempt("read the analysis settings", () => analysis.findOne({ _id: "analysis" })),
        decodeOption(StoredAnalysisSettings, "read the analysis settings", ({ _id, ...fields }: AnalysisDoc) => fields)
      ),
    saveAnalysisSettings: (s) =>
      Effect.asVoid(
        attempt("save the analysis settings", () =>
          analysis.replaceOne(
            { _id: "analysis" },
            {
              analysisDate: s.analysisDate,
              lowThreshold: s.lowThreshold,
              mediumThreshold: s.mediumThreshold,
              ourBankCodes: [...s.ourBankCodes],
              updatedAt: s.updatedAt,
              updatedBy: s.updatedBy
            },
            { upsert: true }
          )
        )
      )
  }
}
