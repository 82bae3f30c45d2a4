/**
 * The portrait analysis settings (DOMAIN.md §3): analysis date D (the latest trade date, or a fixed date), the
 * fluctuation thresholds and our bank's counterparty codes. The deployment configuration gives the defaults; a
 * bank admin may save others, which the next recompute (an update or 计算并更新) applies. The figures already
 * served keep the settings they were computed with (`AnalysisBasis` beside each portrait).
 */
import { Clock, Effect, Option } from "effect"
import type { Actor } from "../Accounts/Actor.js"
import { Forbidden, InvalidInput } from "../Errors.js"
import { parseDay } from "../Portrait/Calendar.js"
import { defaultFluctuationThresholds } from "../Portrait/PortraitTypes.js"
import { type AnalysisSettings, SettingsRepo } from "../Ports/SettingsRepo.js"
import { UpdateConfig, type UpdateConfigShape } from "./UpdateConfig.js"

/** A threshold is a CV: 0–10 with at most 4 decimals, so it is exactly the decimal the admin wrote. */
export const MAX_THRESHOLD = 10
export const MAX_BANK_CODES = 20
export const MAX_BANK_CODE_LENGTH = 64

export const defaultAnalysisSettings = (config: UpdateConfigShape): AnalysisSettings => ({
  analysisDate: config.analysisDate ?? null,
  lowThreshold: defaultFluctuationThresholds.low,
  mediumThreshold: defaultFluctuationThresholds.medium,
  ourBankCodes: config.ourBankCodes
})

const thresholdProblem = (x: number, min: number): string | undefined =>
  Number.isFinite(x) && x >= min && x <= MAX_THRESHOLD && Number(x.toFixed(4)) === x
    ? undefined
    : `must be a number from ${min} to ${MAX_THRESHOLD} with at most 4 decimals`

const invalid = (field: string, reason: string) => Effect.fail(new InvalidInput({ field, reason }))

/** Checks every field; the first bad one fails naming it. Bank codes are trimmed and de-duplicated. */
export const checkAnalysisSettings = (s: AnalysisSettings): Effect.Effect<AnalysisSettings, InvalidInput> => {
  if (s.analysisDate !== null && Number.isNaN(parseDay(s.analysisDate))) {
    return invalid("analysisDate", "must be null (the latest trade date) or a real date YYYY-MM-DD")
  }
  const low = thresholdProblem(s.lowThreshold, 0)
  if (low !== undefined) return invalid("lowThreshold", low)
  const medium = thresholdProblem(s.mediumThreshold, s.lowThreshold)
  if (medium !== undefined) return invalid("mediumThreshold", `${medium}, and at least lowThreshold`)
  const codes = [...new Set(s.ourBankCodes.map((c) => c.trim()))]
  if (codes.length > MAX_BANK_CODES) return invalid("ourBankCodes", `at most ${MAX_BANK_CODES} codes`)
  if (codes.some((c) => c === "" || c.length > MAX_BANK_CODE_LENGTH)) {
    return invalid(
      "ourBankCodes",
      `each code must be 1 to ${MAX_BANK_CODE_LENGTH} characters (an empty bank is in-bank anyway)`
    )
  }
  return Effect.succeed({ ...s, ourBankCodes: codes })
}

/** The settings the next recompute applies: the saved ones, else the configured defaults. */
export const currentAnalysisSettings = Effect.gen(function* () {
  const saved = yield* Effect.flatMap(SettingsRepo, (repo) => repo.analysisSettings())
  const defaults = defaultAnalysisSettings(yield* UpdateConfig)
  return Option.match(saved, {
    onNone: () => ({ ...defaults, updatedAt: null, updatedBy: null }),
    onSome: (s) => ({
      analysisDate: s.analysisDate,
      lowThreshold: s.lowThreshold,
      mediumThreshold: s.mediumThreshold,
      ourBankCodes: s.ourBankCodes,
      updatedAt: s.updatedAt as number | null,
      updatedBy: s.updatedBy
    })
  })
})

/** Saves new settings: bank admins only (DOMAIN.md §1); answers the settings saved. */
export const changeAnalysisSettings = (actor: Actor, settings: AnalysisSettings) =>
  Effect.gen(function* () {
    if (actor.user.role !== 1) return yield* new Forbidden({ action: "change the analysis settings" })
    const checked = yield* checkAnalysisSettings(settings)
    const updatedAt = yield* Clock.currentTimeMillis
    yield* Effect.flatMap(SettingsRepo, (repo) =>
      repo.saveAnalysisSettings({ ...checked, updatedAt, updatedBy: actor.user.id })
    )
    return { ...checked, updatedAt: updatedAt as number | null, updatedBy: actor.user.id as number | null }
  })
