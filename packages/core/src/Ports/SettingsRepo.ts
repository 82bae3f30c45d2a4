/**
 * Storage port for the bank's own settings that users change at run time (not deployment configuration):
 * the maturity warning window (到期预警时间, DOMAIN.md §6) and the portrait analysis settings (DOMAIN.md §3).
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

/** The portrait analysis settings (DOMAIN.md §3), applied at the next recompute. */
export interface AnalysisSettings {
  /** A fixed analysis date D (YYYY-MM-DD), or null for the latest trade date in the data. */
  readonly analysisDate: string | null
  /** 波动程度: a coefficient of variation below `lowThreshold` is 低, below `mediumThreshold` 中, else 高. */
  readonly lowThreshold: number
  readonly mediumThreshold: number
  /** counterpartyBank values that mean our own bank (行内), besides an empty one. */
  readonly ourBankCodes: ReadonlyArray<string>
}

/** The analysis settings as last saved, with who saved them and when (epoch ms). */
export interface StoredAnalysisSettings extends AnalysisSettings {
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
    /** The saved analysis settings; none until a bank admin first saves them (the configured defaults apply). */
    readonly analysisSettings: () => Effect.Effect<Option.Option<StoredAnalysisSettings>, StorageError>
    /** Replaces the saved analysis settings in one write: readers see the old ones or the new, never a mix. */
    readonly saveAnalysisSettings: (settings: StoredAnalysisSettings) => Effect.Effect<void, StorageError>
  }
>() {}
