/**
 * Storage port for the bank's own settings that users change at run time (not deployment configuration).
 * Today it holds one setting: the maturity warning window (到期预警时间, DOMAIN.md §6).
 */
import { Context, type Effect, type Option } from "effect"
import type { StorageError } from "../Errors.js"

/** Holdings maturing in [today − start days, today + end days] are warned about (前 start 天, 后 end 天). */
export interface WarningWindow {
  readonly start: number
  readonly end: number
}

/** The window as last saved, with who saved it and when (epoch ms), for the record. */
export interface StoredWarningWindow extends WarningWindow {
  readonly updatedAt: number
  readonly updatedBy: number | null
}

export class SettingsRepo extends Context.Tag("@wm/core/SettingsRepo")<
  SettingsRepo,
  {
    /** The saved window; none until a bank admin first sets one (callers then use the configured default). */
    readonly warningWindow: () => Effect.Effect<Option.Option<StoredWarningWindow>, StorageError>
    /** Replaces the saved window in one write: readers see the old window or the new, never a mix. */
    readonly saveWarningWindow: (window: StoredWarningWindow) => Effect.Effect<void, StorageError>
  }
>() {}
