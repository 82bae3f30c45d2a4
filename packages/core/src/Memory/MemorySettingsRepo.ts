/**
 * The embedded store's SettingsRepo, over a RecordBacking (one record per setting): the reference behaviour.
 */
import { Effect, Option } from "effect"
import type { SettingsRepo, StoredAnalysisSettings, StoredWarningWindow } from "../Ports/SettingsRepo.js"
import { plainCodec, RecordTable } from "../Records/RecordTable.js"

const WARNING_WINDOW = "warningWindow"
const ANALYSIS = "analysis"

type Setting = StoredWarningWindow | StoredAnalysisSettings

export const makeMemorySettingsRepo = Effect.gen(function* () {
  const settings = yield* RecordTable.load("settings", plainCodec<Setting>())
  return {
    warningWindow: () =>
      Effect.sync(() => Option.fromNullable(settings.get(WARNING_WINDOW) as StoredWarningWindow | undefined)),
    saveWarningWindow: (next) =>
      // A copy: a caller mutating its object later must not change what was saved.
      settings.put(WARNING_WINDOW, {
        start: next.start,
        end: next.end,
        updatedAt: next.updatedAt,
        updatedBy: next.updatedBy
      }),
    analysisSettings: () =>
      Effect.sync(() => Option.fromNullable(settings.get(ANALYSIS) as StoredAnalysisSettings | undefined)),
    saveAnalysisSettings: (next) =>
      settings.put(ANALYSIS, {
        analysisDate: next.analysisDate,
        lowThreshold: next.lowThreshold,
        mediumThreshold: next.mediumThreshold,
        ourBankCodes: [...next.ourBankCodes],
        updatedAt: next.updatedAt,
        updatedBy: next.updatedBy
      })
  } satisfies SettingsRepo["Type"]
})
