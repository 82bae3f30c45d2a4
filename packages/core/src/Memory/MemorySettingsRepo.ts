/**
 * The embedded store's SettingsRepo, over a RecordBacking (one record per setting): the reference behaviour.
 */
import { Effect, Option } from "effect"
import type { SettingsRepo, StoredWarningWindow } from "../Ports/SettingsRepo.js"
import { plainCodec, RecordTable } from "../Records/RecordTable.js"

const WARNING_WINDOW = "warningWindow"

export const makeMemorySettingsRepo = Effect.gen(function* () {
  const settings = yield* RecordTable.load("settings", plainCodec<StoredWarningWindow>())
  return {
    warningWindow: () => Effect.sync(() => Option.fromNullable(settings.get(WARNING_WINDOW))),
    saveWarningWindow: (next) =>
      // A copy: a caller mutating its object later must not change what was saved.
      settings.put(WARNING_WINDOW, {
        start: next.start,
        end: next.end,
        updatedAt: next.updatedAt,
        updatedBy: next.updatedBy
      })
  } satisfies SettingsRepo["Type"]
})
