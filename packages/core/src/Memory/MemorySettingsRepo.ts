/**
 * In-memory SettingsRepo: the reference behaviour for the port.
 */
import { Effect, Option } from "effect"
import type { SettingsRepo, StoredWarningWindow } from "../Ports/SettingsRepo.js"

export const makeMemorySettingsRepo = (): SettingsRepo["Type"] => {
  let window: StoredWarningWindow | undefined
  return {
    warningWindow: () => Effect.sync(() => Option.fromNullable(window)),
    saveWarningWindow: (next) =>
      Effect.sync(() => {
        // A copy: a caller mutating its object later must not change what was saved.
        window = { start: next.start, end: next.end, updatedAt: next.updatedAt, updatedBy: next.updatedBy }
      })
  }
}
