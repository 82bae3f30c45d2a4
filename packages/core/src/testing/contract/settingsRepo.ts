/**
 * Contract for SettingsRepo: the warning window and the analysis settings are each absent until saved, then the
 * last saved one, every field kept, independently of each other.
 */
import { Effect, Option } from "effect"
import { describe, expect } from "vitest"
import { SettingsRepo } from "../../Ports/SettingsRepo.js"
import { T0 } from "./fixtures.js"
import type { ContractTest } from "./harness.js"

export const settingsRepo = (test: ContractTest) =>
  describe("SettingsRepo", () => {
    test(
      "warningWindow answers none before any window was saved",
      Effect.gen(function* () {
        const repo = yield* SettingsRepo
        expect(Option.isNone(yield* repo.warningWindow())).toBe(true)
      })
    )

    test(
      "saveWarningWindow stores every field and warningWindow answers it",
      Effect.gen(function* () {
        const repo = yield* SettingsRepo
        yield* repo.saveWarningWindow({ start: 3, end: 366, updatedAt: T0, updatedBy: 7 })
        expect(yield* repo.warningWindow()).toEqual(Option.some({ start: 3, end: 366, updatedAt: T0, updatedBy: 7 }))
      })
    )

    test(
      "a later save replaces the earlier window entirely, including a null author and a zero start",
      Effect.gen(function* () {
        const repo = yield* SettingsRepo
        yield* repo.saveWarningWindow({ start: 10, end: 20, updatedAt: T0, updatedBy: 1 })
        yield* repo.saveWarningWindow({ start: 0, end: 1, updatedAt: T0 + 1, updatedBy: null })
        expect(yield* repo.warningWindow()).toEqual(
          Option.some({ start: 0, end: 1, updatedAt: T0 + 1, updatedBy: null })
        )
      })
    )

    test(
      "analysisSettings answers none before any were saved, and a saved warning window does not create them",
      Effect.gen(function* () {
        const repo = yield* SettingsRepo
        yield* repo.saveWarningWindow({ start: 3, end: 30, updatedAt: T0, updatedBy: 7 })
        expect(Option.isNone(yield* repo.analysisSettings())).toBe(true)
      })
    )

    test(
      "saveAnalysisSettings stores every field, a fixed date and the bank codes in order",
      Effect.gen(function* () {
        const repo = yield* SettingsRepo
        const saved = {
          analysisDate: "2025-06-30",
          lowThreshold: 0.15,
          mediumThreshold: 0.45,
          ourBankCodes: ["OURBANK", "本行", "001"],
          updatedAt: T0,
          updatedBy: 7
        }
        yield* repo.saveAnalysisSettings(saved)
        expect(yield* repo.analysisSettings()).toEqual(Option.some(saved))
        expect(yield* repo.warningWindow()).toEqual(Option.none())
      })
    )

    test(
      "a later save replaces the analysis settings entirely: latest trade date (null), no bank codes, null author",
      Effect.gen(function* () {
        const repo = yield* SettingsRepo
        const first = { analysisDate: "2025-06-30", lowThreshold: 0.1, mediumThreshold: 0.3, ourBankCodes: ["A"] }
        yield* repo.saveAnalysisSettings({ ...first, updatedAt: T0, updatedBy: 1 })
        yield* repo.saveWarningWindow({ start: 1, end: 2, updatedAt: T0, updatedBy: 1 })
        const next = { analysisDate: null, lowThreshold: 0, mediumThreshold: 0, ourBankCodes: [] }
        yield* repo.saveAnalysisSettings({ ...next, updatedAt: T0 + 1, updatedBy: null })
        expect(yield* repo.analysisSettings()).toEqual(Option.some({ ...next, updatedAt: T0 + 1, updatedBy: null }))
        expect(yield* repo.warningWindow()).toEqual(Option.some({ start: 1, end: 2, updatedAt: T0, updatedBy: 1 }))
      })
    )
  })
