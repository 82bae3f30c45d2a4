/**
 * Account rules that are configuration, not code (DOMAIN.md: every threshold is a default).
 */
import { Context, Layer } from "effect"
import { defaultPasswordPolicy, type PasswordPolicyShape } from "./PasswordPolicy.js"
import { defaultThrottleSettings, type ThrottleSettings } from "./SignInThrottle.js"

export interface AccountConfigShape {
  /** Password given to new and reset accounts; the user must replace it at first sign-in. */
  readonly initialPassword: string
  /** Consecutive failed sign-ins from one address that make the account refuse that address for a while. */
  readonly maxFailedSignIns: number
  /** How long an address stays refused after maxFailedSignIns failures. */
  readonly lockoutMs: number
  /** A session unused this long expires. */
  readonly sessionIdleMs: number
  /** A session expires this long after sign-in, however busy. */
  readonly sessionAbsoluteMs: number
  /** What users may choose as password; default: defaultPasswordPolicy, no common-password list. */
  readonly passwordPolicy?: Partial<PasswordPolicyShape> | undefined
  /** The account-wide slow-down of guesses; default: defaultThrottleSettings. */
  readonly throttle?: Partial<typeof defaultThrottleSettings> | undefined
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

/** The password policy of a configuration, defaults filled in. */
export const passwordPolicyOf = (config: AccountConfigShape): PasswordPolicyShape => ({
  ...defaultPasswordPolicy,
  isCommon: () => false,
  published: [],
  ...config.passwordPolicy
})

/** The throttle settings of a configuration, defaults filled in. */
export const throttleSettingsOf = (config: AccountConfigShape): ThrottleSettings => ({
  ...defaultThrottleSettings,
  ...config.throttle,
  maxFailedSignIns: config.maxFailedSignIns,
  lockoutMs: config.lockoutMs
})
