/**
 * Settings of the update pipeline (configuration defaults, not constants in code).
 */
import { Context, Layer } from "effect"

export interface UpdateConfigShape {
  /** counterpartyBank values that mean our own bank; an empty one always does. */
  readonly ourBankCodes: ReadonlyArray<string>
  /** A fixed analysis date D (YYYY-MM-DD); by default the latest trade date. */
  readonly analysisDate?: string | undefined
}

export class UpdateConfig extends Context.Tag("@wm/core/UpdateConfig")<UpdateConfig, UpdateConfigShape>() {
  static readonly layer = (config: UpdateConfigShape) => Layer.succeed(UpdateConfig, config)
}
