/**
 * The maturity warning window (到期预警时间, DOMAIN.md §6): its bounds, its default, and who may change it.
 * The window is read at every request, so a change shows at the next one.
 */
import { Clock, Effect, Option } from "effect"
import type { Actor } from "../Accounts/Actor.js"
import { Forbidden, InvalidInput } from "../Errors.js"
import { SettingsRepo, type WarningWindow } from "../Ports/SettingsRepo.js"
import { defaultPreferenceConfig } from "../Preferences/PreferenceConfig.js"

/**
 * The most days either side of today. `end` is bounded by the domain (≤ 366); `start` by the same number,
 * because looking back more than a year is history rather than a warning.
 */
export const MAX_WARNING_DAYS = 366

/** Used until a bank admin saves a window: the preference configuration's defaults (0 and 40). */
export const defaultWarningWindow: WarningWindow = {
  start: defaultPreferenceConfig.warningStartDays,
  end: defaultPreferenceConfig.warningEndDays
}

const daysProblem = (value: number, min: number): string | undefined =>
  Number.isInteger(value) && value >= min && value <= MAX_WARNING_DAYS
    ? undefined
    : `must be an integer from ${min} to ${MAX_WARNING_DAYS}`

/** 0 ≤ start ≤ 366 and 0 < end ≤ 366, integers; a bad bound fails naming its field. */
export const checkWarningWindow = (window: WarningWindow): Effect.Effect<WarningWindow, InvalidInput> => {
  const start = daysProblem(window.start, 0)
  if (start !== undefined) return Effect.fail(new InvalidInput({ field: "start", reason: start }))
  const end = daysProblem(window.end, 1)
  if (end !== undefined) return Effect.fail(new InvalidInput({ field: "end", reason: end }))
  return Effect.succeed({ start: window.start, end: window.end })
}

/** The saved window, or `fallback` (the configured default) when none was ever saved. */
export const currentWarningWindow = (fallback: WarningWindow = defaultWarningWindow) =>
  Effect.flatMap(SettingsRepo, (repo) => repo.warningWindow()).pipe(
    Effect.map(
      Option.match({
        onNone: () => fallback,
        onSome: ({ start, end }): WarningWindow => ({ start, end })
      })
    )
  )

/** Saves a new window: bank admins only (DOMAIN.md §1); answers the window saved. */
export const changeWarningWindow = (actor: Actor, window: WarningWindow) =>
  Effect.gen(function* () {
    if (actor.user.role !== 1) return yield* new Forbidden({ action: "set the warning window" })
    const checked = yield* checkWarningWindow(window)
    const repo = yield* SettingsRepo
    const updatedAt = yield* Clock.currentTimeMillis
    yield* repo.saveWarningWindow({ ...checked, updatedAt, updatedBy: actor.user.id })
    return checked
  })
