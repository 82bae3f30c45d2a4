/**
 * Account rules that are configuration, not code (DOMAIN.md: every threshold is a default).
 */
import { Context, Layer } from "effect"

export interface AccountConfigShape {
  /** Password given to new and reset accounts; the user must replace it at first sign-in. */
  readonly initialPassword: string
  /** Consecutive failed sign-ins that lock the account. */
  readonly maxFailedSignIns: number
  readonly lockoutMs: number
  /** A session unused this long expires. */
  readonly sessionIdleMs: number
  /** A session expires this long after sign-in, however busy. */
  readonly sessionAbsoluteMs: number
}

export const defaultAccountConfig: Omit<AccountConfigShape, "initialPassword"> = {
  maxFailedSignIns: 5,
  lockoutMs: 15 * 60_000,
  sessionIdleMs: 30 * 60_000,
  sessionAbsoluteMs: 12 * 60 * 60_000
}

export class AccountConfig extends Context.Tag("@wm/core/AccountConfig")<AccountConfig, AccountConfigShape>() {
  static readonly layer = (config: AccountConfigShape) => Layer.succeed(AccountConfig, config)
}

/** Password rule: 8–64 characters with at least one letter and one digit. */
export const passwordProblem = (password: string): string | undefined => {
  if (password.length < 8) return "must have at least 8 characters"
  if (password.length > 64) return "must have at most 64 characters"
  if (!/[A-Za-z]/.test(password) || !/[0-9]/.test(password)) return "must contain a letter and a digit"
  return undefined
}
