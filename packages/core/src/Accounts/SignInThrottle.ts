/**
 * Throttling of password guesses, in place of an account lock anyone could trigger (OWASP ASVS 2.2.1).
 *
 * - Per account and client address: after `maxFailedSignIns` failures in a row from one address, that address is
 *   refused for `lockoutMs`. Other addresses, the owner's among them, are not affected.
 * - Per account, over every address: once `slowdownAfter` failures happened within `slowdownWindowMs`, guesses
 *   from addresses that are not the account's usual ones are let through at most once per interval, the interval
 *   doubling with every further failure up to `maxSlowdownMs`. This slows a guesser with many addresses and never
 *   locks anyone out; an address the account signed in from successfully in the last `usualAddressMs` is exempt.
 *
 * Accounts are keyed by the username as typed (lower-cased), whether or not it exists, so unknown and real
 * usernames are throttled alike. The state is per process and bounded (oldest entries dropped first).
 */

export interface ThrottleSettings {
  readonly maxFailedSignIns: number
  readonly lockoutMs: number
  readonly slowdownAfter: number
  readonly slowdownWindowMs: number
  readonly slowdownMs: number
  readonly maxSlowdownMs: number
  readonly usualAddressMs: number
}

export const defaultThrottleSettings: Omit<ThrottleSettings, "maxFailedSignIns" | "lockoutMs"> = {
  slowdownAfter: 20,
  slowdownWindowMs: 60 * 60_000,
  slowdownMs: 5_000,
  maxSlowdownMs: 5 * 60_000,
  usualAddressMs: 30 * 24 * 60 * 60_000
}

/** Why a guess was refused before its password was looked at. */
export type Throttled = "address" | "account"

interface PairState {
  failures: number
  lockedUntil: number
  lastAt: number
}
interface AccountState {
  failures: number
  lastFailureAt: number
  nextAllowedAt: number
  /** Address → last successful sign-in from it. */
  usual: Map<string, number>
}

const MAX_ENTRIES = 100_000
const MAX_USUAL = 8

/** A Map that forgets its least recently written entries past a bound. */
const touch = <V>(map: Map<string, V>, key: string, value: V) => {
  map.delete(key)
  map.set(key, value)
  if (map.size > MAX_ENTRIES) map.delete(map.keys().next().value!)
}

export class SignInThrottle {
  private readonly pairs = new Map<string, PairState>()
  private readonly accounts = new Map<string, AccountState>()

  constructor(private readonly settings: ThrottleSettings) {}

  /** Whether a guess at `account` from `address` may be checked now; called before the password is verified. */
  check(account: string, address: string, now: number): Throttled | undefined {
    const pair = this.pairs.get(pairKey(account, address))
    if (pair !== undefined && pair.lockedUntil > now) return "address"
    const state = this.current(account, now)
    if (state === undefined || state.failures < this.settings.slowdownAfter) return undefined
    if (this.isUsual(state, address, now)) return undefined
    if (now < state.nextAllowedAt) return "account"
    return undefined
  }

  /** Counts a wrong password; answers whether this failure started a lock of the address. */
  fail(account: string, address: string, now: number): boolean {
    const key = pairKey(account, address)
    const previous = this.pairs.get(key)
    // A lock that ended, or failures older than a lock would last, start the count again.
    const stale =
      previous === undefined || previous.lockedUntil !== 0 || now - previous.lastAt > this.settings.lockoutMs
    const failures = (stale ? 0 : previous.failures) + 1
    const locks = failures >= this.settings.maxFailedSignIns
    touch(this.pairs, key, { failures, lockedUntil: locks ? now + this.settings.lockoutMs : 0, lastAt: now })

    const state = this.current(account, now) ?? { failures: 0, lastFailureAt: now, nextAllowedAt: 0, usual: new Map() }
    state.failures += 1
    state.lastFailureAt = now
    const beyond = state.failures - this.settings.slowdownAfter
    if (beyond >= 0 && !this.isUsual(state, address, now)) {
      const wait = Math.min(this.settings.slowdownMs * 2 ** Math.min(beyond, 30), this.settings.maxSlowdownMs)
      state.nextAllowedAt = now + wait
    }
    touch(this.accounts, account, state)
    return locks
  }

  /** A right password: the address's failures are forgotten and it becomes one of the account's usual ones. */
  succeed(account: string, address: string, now: number): void {
    this.pairs.delete(pairKey(account, address))
    const state = this.accounts.get(account) ?? { failures: 0, lastFailureAt: 0, nextAllowedAt: 0, usual: new Map() }
    state.usual.delete(address)
    state.usual.set(address, now)
    if (state.usual.size > MAX_USUAL) state.usual.delete(state.usual.keys().next().value!)
    // The account-wide count stays: a guesser elsewhere must not get a fresh start from the owner's sign-in.
    touch(this.accounts, account, state)
  }

  /** The account's state with its failure count reset once the window passed without failures. */
  private current(account: string, now: number): AccountState | undefined {
    const state = this.accounts.get(account)
    if (state !== undefined && now - state.lastFailureAt > this.settings.slowdownWindowMs) {
      state.failures = 0
      state.nextAllowedAt = 0
    }
    return state
  }

  private isUsual(state: AccountState, address: string, now: number): boolean {
    const at = state.usual.get(address)
    return at !== undefined && now - at <= this.settings.usualAddressMs
  }
}

const pairKey = (account: string, address: string) => `${account}\u0000${address}`
