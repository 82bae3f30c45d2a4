/**
 * GET and POST /api/settings/analysis: the portrait analysis settings (画像分析设置, DOMAIN.md §3) — analysis date D,
 * the fluctuation thresholds and our bank's counterparty codes. Not in the API document: our own route. Everyone
 * signed in reads them; only bank admins change them, and a change applies at the next recompute.
 */
import {
  changeAnalysisSettings,
  currentAnalysisSettings,
  MAX_BANK_CODE_LENGTH,
  MAX_BANK_CODES,
  MAX_THRESHOLD
} from "@wm/core"
import { Effect, Schema } from "effect"
import { defineRoute } from "../api/route.js"

export const tag = "画像分析设置"

const dateText = "analysis date D (YYYY-MM-DD), or null: the latest trade date in the data"
const lowText = `波动程度: a coefficient of variation below this is 低 (0–${MAX_THRESHOLD}, at most 4 decimals; default 0.2)`
const mediumText = `below this (and at least lowThreshold) is 中, otherwise 高 (default 0.5)`
const codesText = `counterpartyBank values meaning our own bank (行内), besides an empty one; at most ${MAX_BANK_CODES}`

const SettingsView = Schema.Struct({
  analysisDate: Schema.NullOr(Schema.String).annotations({ description: dateText }),
  lowThreshold: Schema.Number.annotations({ description: lowText }),
  mediumThreshold: Schema.Number.annotations({ description: mediumText }),
  ourBankCodes: Schema.Array(Schema.String).annotations({ description: codesText }),
  updatedAt: Schema.NullOr(Schema.Number).annotations({
    description: "when a bank admin last saved them (epoch ms); null: the configured defaults"
  }),
  updatedBy: Schema.NullOr(Schema.Number).annotations({ description: "the user id of that bank admin" })
}).annotations({ identifier: "AnalysisSettings" })

export const getAnalysisSettings = defineRoute({
  method: "get",
  path: "/api/settings/analysis",
  tag,
  summary: "画像分析设置 The portrait analysis settings",
  description:
    "The settings the next recompute applies. The portraits served were computed with the settings in force at " +
    "their recompute, shown in each portrait's `analysis` (/api/company/detail).",
  access: "user",
  response: SettingsView,
  handle: () => currentAnalysisSettings
})

export const setAnalysisSettings = defineRoute({
  method: "post",
  path: "/api/settings/analysis",
  tag,
  summary: "设置画像分析 Change the portrait analysis settings",
  description:
    "Bank admins only (others: 10006). Fields left out keep their current value. A bad value answers 10001 naming " +
    "the field, and nothing changes. The settings are saved at once and apply at the next recompute: the next data " +
    "update, or 计算并更新 (POST /api/organ/update). Answers the settings saved.",
  access: "user",
  // The bounds each field states alone; the rest (a real date, at most 4 decimals, mediumThreshold ≥ lowThreshold,
  // which may be the saved one) is checked by checkAnalysisSettings and answered as 10001 naming the field.
  body: Schema.Struct({
    analysisDate: Schema.optional(
      Schema.NullOr(Schema.String.pipe(Schema.pattern(/^\d{4}-\d{2}-\d{2}$/))).annotations({ description: dateText })
    ),
    lowThreshold: Schema.optional(
      Schema.Number.pipe(Schema.between(0, MAX_THRESHOLD)).annotations({ description: lowText })
    ),
    mediumThreshold: Schema.optional(
      Schema.Number.pipe(Schema.between(0, MAX_THRESHOLD)).annotations({ description: mediumText })
    ),
    ourBankCodes: Schema.optional(
      Schema.Array(Schema.String)
        .pipe(
          Schema.maxItems(MAX_BANK_CODES, { message: () => `at most ${MAX_BANK_CODES} codes` }),
          Schema.filter(
            (codes) =>
              codes.every((c) => c.length >= 1 && c.length <= MAX_BANK_CODE_LENGTH) ||
              `each code must be 1 to ${MAX_BANK_CODE_LENGTH} characters (an empty bank is in-bank anyway)`,
            { jsonSchema: { items: { type: "string", minLength: 1, maxLength: MAX_BANK_CODE_LENGTH } } }
          )
        )
        .annotations({ description: codesText })
    )
  }),
  response: SettingsView,
  handle: ({ actor, body }) =>
    Effect.flatMap(currentAnalysisSettings, (current) =>
      changeAnalysisSettings(actor, {
        analysisDate: body.analysisDate === undefined ? current.analysisDate : body.analysisDate,
        lowThreshold: body.lowThreshold ?? current.lowThreshold,
        mediumThreshold: body.mediumThreshold ?? current.mediumThreshold,
        ourBankCodes: body.ourBankCodes ?? current.ourBankCodes
      })
    )
})

export const settingsRoutes = [getAnalysisSettings, setAnalysisSettings]
