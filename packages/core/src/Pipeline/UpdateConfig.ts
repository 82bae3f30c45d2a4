/**
 * Settings of the update pipeline (configuration defaults, not constants in code).
 */
import { Context, Layer } from "effect"

export interface UpdateConfigShape {
  /** counterpartyBank values that mean our own bank; an empty one always does. */
  readonly ourBankCodes: ReadonlyArray<string>
  /** A fixed analysis date D (YYYY-MM-DD); by default the latest trade date. */
  readonly analysisDate?: string | undefined
  /**
   * How long the update lease lasts without renewal (renewed every third of it while an update runs): how soon
   * another instance may update after the one updating crashed. Default DEFAULT_LEASE_TTL_MS.
   */
  readonly leaseTtlMs?: number | undefined
}

export const DEFAULT_LEASE_TTL_MS = 30_000

export class UpdateConfig extends Context.Tag("@wm/core/UpdateConfig")<UpdateConfig, UpdateConfigShape>() {
  static readonly layer = (config: UpdateConfigShape) => Layer.succeed(UpdateConfig, config)
}
