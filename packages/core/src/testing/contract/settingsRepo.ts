/** Contract for SettingsRepo: the warning window is absent until saved, then the last saved one, every field kept. */
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
  })
